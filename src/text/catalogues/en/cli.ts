/**
 * English messages of the `cli` area (ICU MessageFormat; ids start with `cli.`).
 *
 * @packageDocumentation
 */
export const CLI_EN = {} as const;
