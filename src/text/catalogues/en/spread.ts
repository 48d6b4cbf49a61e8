/**
 * English messages of the `spread` area (ICU MessageFormat; ids start with `spread.`).
 *
 * @packageDocumentation
 */
export const SPREAD_EN = {} as const;
