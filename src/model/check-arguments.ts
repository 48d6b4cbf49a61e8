/**
 * Runtime checks of what public functions are given, for callers without TypeScript (or with `as`):
 * an ecosystem where one is expected, and no option key the function does not know (`{ tpo: 3 }`
 * would otherwise be ignored and `top` silently keep its default).
 *
 * @packageDocumentation
 */
import { OPTION_NOT_OBJECT, OPTION_UNKNOWN_KEY, OPTION_VALUE } from "../text/catalogues/en/options.js";
import type { Message } from "../text/message.js";
import type { Ecosystem } from "./ecosystem.js";
import { EcoweaveError } from "./errors.js";
import { didYouMeanMessage } from "./issue-messages.js";
import { optionError, optionMessage } from "./option-errors.js";

/**
 * Every key of an options type, each mapped to `true`. Being a `Record` over `keyof Required<T>`,
 * the compiler refuses a list that misses a key of `T` or names one `T` lacks, so the runtime check
 * cannot drift from the documented type.
 */
export type OptionKeyList<T> = { readonly [K in keyof Required<T>]: true };

/** The option names of an options type, from its complete key list (see {@link OptionKeyList}). */
export function optionKeys<T>(keys: OptionKeyList<T>): ReadonlySet<string> {
  return new Set(Object.keys(keys));
}

/** A short description of a value for an error message: `a graphology Graph (type undirected)`. */
export function describeValue(value: unknown): string {
  if (value === null || Array.isArray(value) || typeof value !== "object")
    return describeNonObject(value).text;
  const record = value as Record<string, unknown>;
  if (typeof record.forEachNode === "function") {
    return `a graphology graph (type ${String(record.type)}, ${record.multi === true ? "multi" : "simple"}), not one createEcosystem built`;
  }
  if (Array.isArray(record.actors)) return "an ecosystem document; pass it to createEcosystem first";
  return "an object that is not an ecosystem";
}

/**
 * What options that are not an object are, as a message: `null`, an array or a primitive (`a number`),
 * the only values {@link checkOptionKeys} refuses as a whole.
 */
function describeNonObject(value: unknown): Message {
  const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return optionMessage("options.value", OPTION_VALUE, { kind });
}

/** Whether a value is an ecosystem: a graphology multigraph of type `mixed`, as createEcosystem builds. */
export function isEcosystem(value: unknown): value is Ecosystem {
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  return typeof record.forEachNode === "function" && record.multi === true && record.type === "mixed";
}

/**
 * Throws unless `value` is an ecosystem, naming the function and what it got instead (a swapped
 * argument, a document not yet built, a simple graphology graph).
 * @throws {@link EcoweaveError} `invalid_argument`.
 */
export function checkEcosystem(fn: string, value: unknown): asserts value is Ecosystem {
  if (isEcosystem(value)) return;
  throw new EcoweaveError(
    "invalid_argument",
    `${fn}: expected an ecosystem (from createEcosystem), got ${describeValue(value)}`,
  );
}

/**
 * Throws unless `options` is `undefined` or a plain object whose own keys are all in `known`,
 * naming the first unknown key and the closest known one.
 * @throws {@link InvalidOptionError}
 */
export function checkOptionKeys(fn: string, options: unknown, known: ReadonlySet<string>): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw optionError("options.notObject", OPTION_NOT_OBJECT, { fn, got: describeNonObject(options) });
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw optionError("options.unknownKey", OPTION_UNKNOWN_KEY, {
        fn,
        key,
        hint: didYouMeanMessage(key, known),
      });
    }
  }
}

/** {@link checkEcosystem} and {@link checkOptionKeys}: the checks at the top of a public measure. */
export function checkArguments(fn: string, eco: unknown, options: unknown, known: ReadonlySet<string>): void {
  checkEcosystem(fn, eco);
  checkOptionKeys(fn, options, known);
}
