/**
 * English messages of the `weave` area (ICU MessageFormat; ids start with `weave.`).
 *
 * @packageDocumentation
 */
export const WEAVE_EN = {} as const;
