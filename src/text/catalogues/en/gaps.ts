/**
 * English messages of the `gaps` area (ICU MessageFormat; ids start with `gaps.`).
 *
 * @packageDocumentation
 */
export const GAPS_EN = {} as const;
