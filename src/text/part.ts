/**
 * The type of a catalogue part in Finnish or Swedish: every key of the English part, each an ICU
 * MessageFormat string, so that a key missing in one language fails the type check.
 *
 * @packageDocumentation
 */

/** The translation of the English catalogue part `English`: the same keys, each a message. */
export type CataloguePart<English> = { readonly [K in keyof English]: string };
