/**
 * English messages of the `scenario` area (ICU MessageFormat; ids start with `scenario.`).
 *
 * @packageDocumentation
 */
export const SCENARIO_EN = {} as const;
