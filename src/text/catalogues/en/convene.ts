/**
 * English messages of the `convene` area (ICU MessageFormat; ids start with `convene.`).
 *
 * @packageDocumentation
 */
export const CONVENE_EN = {} as const;
