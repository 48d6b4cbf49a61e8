/**
 * How lists are cut in sentences, shared by the full message writer and the core's English writer of
 * validation issues so both write the same `a, b, c, d, e and 3 more`.
 *
 * @packageDocumentation
 */

/** How many items of a list are written before `and N more`. */
export const LIST_SHOWN = 5;
