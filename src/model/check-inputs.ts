/**
 * Runtime checks of the non-ecosystem arguments of public functions (a file's text, a report, a plan),
 * for callers without TypeScript: a swapped or missing argument gets an ecoweave error naming the
 * function and what it got, not a TypeError from deep inside.
 *
 * @packageDocumentation
 */
import { describeValue, isEcosystem } from "./check-arguments.js";
import { EcoweaveError, InvalidOptionError } from "./errors.js";
import { mustBeGot, ruleBoolean, ruleFunction, ruleObject, ruleString } from "./option-errors.js";

function described(value: unknown): string {
  return isEcosystem(value) ? "an ecosystem" : describeValue(value);
}

/**
 * Throws unless `value` is a string, naming the function and the argument (`fromGexf: text must be
 * a string, got an ecosystem`).
 * @throws {@link EcoweaveError} `invalid_argument`.
 */
export function checkText(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value === "string") return;
  throw new EcoweaveError("invalid_argument", `${fn}: ${name} must be a string, got ${described(value)}`);
}

/**
 * Throws unless `value` is an object whose fields `arrays` are all arrays: the shape of a result
 * another ecoweave function returned (`toHtml: expected a report (from analyzeEcosystem), got an
 * ecosystem`).
 * @param what - what was expected, with its article (`"a report"`).
 * @param from - the function that makes it.
 * @throws {@link EcoweaveError} `invalid_argument`.
 */
export function checkResult(
  fn: string,
  value: unknown,
  what: string,
  from: string,
  arrays: readonly string[],
): void {
  if (
    value !== null &&
    typeof value === "object" &&
    !isEcosystem(value) &&
    arrays.every((field) => Array.isArray((value as Record<string, unknown>)[field]))
  ) {
    return;
  }
  throw new EcoweaveError(
    "invalid_argument",
    `${fn}: expected ${what} (from ${from}), got ${described(value)}`,
  );
}

/**
 * Throws unless the option `name` is absent or of the type `type` (`"string"`, `"boolean"`,
 * `"function"`), naming the function and the option.
 * @throws {@link InvalidOptionError}
 */
export function checkOptionType(
  fn: string,
  name: string,
  value: unknown,
  type: "string" | "boolean" | "function" | "object",
): void {
  if (value === undefined) return;
  if (
    type === "object"
      ? value !== null && typeof value === "object" && !Array.isArray(value)
      : typeof value === type
  ) {
    return;
  }
  const rule =
    type === "function"
      ? ruleFunction()
      : type === "object"
        ? ruleObject()
        : type === "string"
          ? ruleString()
          : ruleBoolean();
  throw mustBeGot(fn, name, described(value), rule);
}
