/**
 * English messages of the `brokers` area (ICU MessageFormat; ids start with `brokers.`).
 *
 * @packageDocumentation
 */
export const BROKERS_EN = {} as const;
