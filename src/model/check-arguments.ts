/**
 * Runtime checks of what public functions are given, for callers without TypeScript (or with `as`):
 * an ecosystem where one is expected, and no option key the function does not know (`{ tpo: 3 }`
 * would otherwise be ignored and `top` silently keep its default).
 *
 * @packageDocumentation
 */
import { didYouMean } from "../internal/closest.js";
import type { Ecosystem } from "./ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "./errors.js";

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
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "object") return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
  const record = value as Record<string, unknown>;
  if (typeof record.forEachNode === "function") {
    return `a graphology graph (type ${String(record.type)}, ${record.multi === true ? "multi" : "simple"}), not one createEcosystem built`;
  }
  if (Array.isArray(record.actors)) return "an ecosystem document; pass it to createEcosystem first";
  return "an object that is not an ecosystem";
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
    throw new InvalidOptionError(`${fn}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new InvalidOptionError(`${fn}: unknown option "${key}"${didYouMean(key, known)}`);
    }
  }
}

/** {@link checkEcosystem} and {@link checkOptionKeys}: the checks at the top of a public measure. */
export function checkArguments(fn: string, eco: unknown, options: unknown, known: ReadonlySet<string>): void {
  checkEcosystem(fn, eco);
  checkOptionKeys(fn, options, known);
}
