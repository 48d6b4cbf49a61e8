/**
 * Phrases the Finnish catalogue parts share: roles and counts written inside ICU messages.
 *
 * @packageDocumentation
 */

/** A count of actors with its plural form. */
export const ACTORS = (c: string) => `{${c}, plural, one {# toimija} other {# toimijaa}}`;
