/**
 * English messages of the `report` area (ICU MessageFormat; ids start with `report.`).
 *
 * @packageDocumentation
 */
export const REPORT_EN = {} as const;
