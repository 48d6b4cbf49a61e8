/**
 * The errors of option checks as catalogue messages (the `options` area), so that a Finnish or Swedish
 * caller (and the command line in `--lang fi|sv`) can show them in its language: a few frames
 * (`fn: option value must be rule`, `fn: option must be rule, got value`, `fn: option value is not
 * rule`) take a rule such as "an integer of at least 1" as a nested message, so the ~150 range and type
 * checks of the library share some forty messages instead of having one each.
 *
 * Each message's English comes from its own export of the catalogue part, so the core bundles only the
 * texts of the checks it runs (docs/performance.md); values are written as the check wrote them before
 * (`String(value)`, quoted or `JSON.stringify`d by the caller), so every error's English `message` is
 * unchanged.
 *
 * @packageDocumentation
 */
import {
  OPTION_IS_NOT,
  OPTION_MUST_BE,
  OPTION_MUST_BE_BARE,
  OPTION_MUST_BE_GOT,
  OPTION_RULE_ASSIGN_NAME,
  OPTION_RULE_ATTRIBUTE_NAME,
  OPTION_RULE_AUTO_EXACT_OR_INTEGER,
  OPTION_RULE_BOOLEAN,
  OPTION_RULE_DATE,
  OPTION_RULE_DATE_LIST,
  OPTION_RULE_DATE_STRING,
  OPTION_RULE_FINITE,
  OPTION_RULE_FINITE_ABOVE,
  OPTION_RULE_FINITE_AT_LEAST,
  OPTION_RULE_FINITE_GREATER_THAN,
  OPTION_RULE_FINITE_GT,
  OPTION_RULE_FUNCTION,
  OPTION_RULE_GROUPINGS,
  OPTION_RULE_IDS_OR_INTEGER,
  OPTION_RULE_INTEGER_AT_LEAST,
  OPTION_RULE_INTEGER_AT_LEAST_OR_INFINITY,
  OPTION_RULE_INTEGER_FROM_TO,
  OPTION_RULE_INTEGER_GE,
  OPTION_RULE_INTEGER_GE_K,
  OPTION_RULE_INTEGER_TO_ACTORS,
  OPTION_RULE_INTEGER_TO_ACTORS_MINUS_ONE,
  OPTION_RULE_INTEGER_WITHIN,
  OPTION_RULE_KIND_LIST,
  OPTION_RULE_MAP_OR_RECORD,
  OPTION_RULE_NON_EMPTY_STRING,
  OPTION_RULE_NUMBER_AT_LEAST,
  OPTION_RULE_NUMBER_GE,
  OPTION_RULE_NUMBER_GT,
  OPTION_RULE_NUMBER_WITHIN,
  OPTION_RULE_OBJECT,
  OPTION_RULE_ONE_OF,
  OPTION_RULE_ONE_OF_LIST,
  OPTION_RULE_POSITIVE_INTEGER,
  OPTION_RULE_POSITIVE_UP_TO_ONE,
  OPTION_RULE_PROBABILITY,
  OPTION_RULE_REGION_LIST,
  OPTION_RULE_ROLE_LIST,
  OPTION_RULE_SCALAR,
  OPTION_RULE_STRING,
  OPTION_RULE_TABLE_INDEX,
  OPTION_RULE_TIE_LIST,
  OPTION_RULE_WHOLE_AT_LEAST,
  OPTION_RULE_WITHIN,
  OPTION_RULE_ZERO_TO_BELOW_ONE,
  type OPTIONS_EN,
} from "../text/catalogues/en/options.js";
import { patternMessage } from "../text/issue-message.js";
import type { Message, MessageParams } from "../text/message.js";
import { InvalidOptionError } from "./errors.js";

/** The id of a message in the `options` area. */
export type OptionMessageId = keyof typeof OPTIONS_EN;

/** An `options` message from its id and the English text the catalogue holds for it. */
export function optionMessage<Id extends OptionMessageId>(
  id: Id,
  english: (typeof OPTIONS_EN)[Id],
  params: MessageParams = {},
): Message {
  return patternMessage(id, english, params);
}

/** The error of an `options` message: its English as `message`, the message as `detail`. */
export function optionError<Id extends OptionMessageId>(
  id: Id,
  english: (typeof OPTIONS_EN)[Id],
  params: MessageParams = {},
): InvalidOptionError {
  return InvalidOptionError.of(optionMessage(id, english, params));
}

/** `fn: option value must be rule` (`top 0 must be a positive integer`); `value` as the check writes it. */
export function mustBe(fn: string, option: string, value: string, rule: Message): InvalidOptionError {
  return optionError("options.mustBe", OPTION_MUST_BE, { fn, option, value, rule });
}

/** `fn: option must be rule, got value`. */
export function mustBeGot(fn: string, option: string, value: string, rule: Message): InvalidOptionError {
  return optionError("options.mustBeGot", OPTION_MUST_BE_GOT, { fn, option, value, rule });
}

/** `fn: option value is not rule`. */
export function isNot(fn: string, option: string, value: string, rule: Message): InvalidOptionError {
  return optionError("options.isNot", OPTION_IS_NOT, { fn, option, value, rule });
}

/** `fn: option must be rule`, for a value not worth echoing. */
export function mustBeBare(fn: string, option: string, rule: Message): InvalidOptionError {
  return optionError("options.mustBeBare", OPTION_MUST_BE_BARE, { fn, option, rule });
}

/** The rule "a positive integer". */
export function rulePositiveInteger(): Message {
  return optionMessage("options.rule.positiveInteger", OPTION_RULE_POSITIVE_INTEGER);
}

/** The rule "an integer of at least {min}". */
export function ruleIntegerAtLeast(min: number | string): Message {
  return optionMessage("options.rule.integerAtLeast", OPTION_RULE_INTEGER_AT_LEAST, { min: String(min) });
}

/** The rule "an integer of at least {min}, or Infinity". */
export function ruleIntegerAtLeastOrInfinity(min: number | string): Message {
  return optionMessage("options.rule.integerAtLeastOrInfinity", OPTION_RULE_INTEGER_AT_LEAST_OR_INFINITY, {
    min: String(min),
  });
}

/** The rule "a whole number of at least {min}". */
export function ruleWholeAtLeast(min: number | string): Message {
  return optionMessage("options.rule.wholeAtLeast", OPTION_RULE_WHOLE_AT_LEAST, { min: String(min) });
}

/** The rule "an integer ≥ {min}". */
export function ruleIntegerGe(min: number | string): Message {
  return optionMessage("options.rule.integerGe", OPTION_RULE_INTEGER_GE, { min: String(min) });
}

/** The rule "an integer ≥ k ({min})". */
export function ruleIntegerGeK(min: number | string): Message {
  return optionMessage("options.rule.integerGeK", OPTION_RULE_INTEGER_GE_K, { min: String(min) });
}

/** The rule "an integer from {min} to {max}". */
export function ruleIntegerFromTo(min: number | string, max: number | string): Message {
  return optionMessage("options.rule.integerFromTo", OPTION_RULE_INTEGER_FROM_TO, {
    min: String(min),
    max: String(max),
  });
}

/** The rule "an integer from {min} to the number of actors ({max})". */
export function ruleIntegerToActors(min: number | string, max: number | string): Message {
  return optionMessage("options.rule.integerToActors", OPTION_RULE_INTEGER_TO_ACTORS, {
    min: String(min),
    max: String(max),
  });
}

/** The rule "an integer from {min} to the number of actors minus one ({max})". */
export function ruleIntegerToActorsMinusOne(min: number | string, max: number | string): Message {
  return optionMessage("options.rule.integerToActorsMinusOne", OPTION_RULE_INTEGER_TO_ACTORS_MINUS_ONE, {
    min: String(min),
    max: String(max),
  });
}

/** The rule "a table index from 0 to {max}". */
export function ruleTableIndex(max: number | string): Message {
  return optionMessage("options.rule.tableIndex", OPTION_RULE_TABLE_INDEX, { max: String(max) });
}

/** The rule "a finite number". */
export function ruleFinite(): Message {
  return optionMessage("options.rule.finite", OPTION_RULE_FINITE);
}

/** The rule "a finite number greater than {min}". */
export function ruleFiniteGreaterThan(min: number | string): Message {
  return optionMessage("options.rule.finiteGreaterThan", OPTION_RULE_FINITE_GREATER_THAN, {
    min: String(min),
  });
}

/** The rule "a finite number above {min}". */
export function ruleFiniteAbove(min: number | string): Message {
  return optionMessage("options.rule.finiteAbove", OPTION_RULE_FINITE_ABOVE, { min: String(min) });
}

/** The rule "a finite number > {min}". */
export function ruleFiniteGt(min: number | string): Message {
  return optionMessage("options.rule.finiteGt", OPTION_RULE_FINITE_GT, { min: String(min) });
}

/** The rule "a finite number of at least {min}". */
export function ruleFiniteAtLeast(min: number | string): Message {
  return optionMessage("options.rule.finiteAtLeast", OPTION_RULE_FINITE_AT_LEAST, { min: String(min) });
}

/** The rule "a number of at least {min}". */
export function ruleNumberAtLeast(min: number | string): Message {
  return optionMessage("options.rule.numberAtLeast", OPTION_RULE_NUMBER_AT_LEAST, { min: String(min) });
}

/** The rule "a number > {min}". */
export function ruleNumberGt(min: number | string): Message {
  return optionMessage("options.rule.numberGt", OPTION_RULE_NUMBER_GT, { min: String(min) });
}

/** The rule "a number ≥ {min}". */
export function ruleNumberGe(min: number | string): Message {
  return optionMessage("options.rule.numberGe", OPTION_RULE_NUMBER_GE, { min: String(min) });
}

/** The rule "a number greater than 0 and at most 1". */
export function rulePositiveUpToOne(): Message {
  return optionMessage("options.rule.positiveUpToOne", OPTION_RULE_POSITIVE_UP_TO_ONE);
}

/** The rule "at least 0 and less than 1". */
export function ruleZeroToBelowOne(): Message {
  return optionMessage("options.rule.zeroToBelowOne", OPTION_RULE_ZERO_TO_BELOW_ONE);
}

/** The rule "in {interval}". */
export function ruleWithin(interval: string): Message {
  return optionMessage("options.rule.within", OPTION_RULE_WITHIN, { interval: String(interval) });
}

/** The rule "a number in {interval}". */
export function ruleNumberWithin(interval: string): Message {
  return optionMessage("options.rule.numberWithin", OPTION_RULE_NUMBER_WITHIN, {
    interval: String(interval),
  });
}

/** The rule "an integer in {interval}". */
export function ruleIntegerWithin(interval: string): Message {
  return optionMessage("options.rule.integerWithin", OPTION_RULE_INTEGER_WITHIN, {
    interval: String(interval),
  });
}

/** The rule "{choices}". */
export function ruleOneOf(choices: readonly string[]): Message {
  return optionMessage("options.rule.oneOf", OPTION_RULE_ONE_OF, alternatives(choices));
}

/** `"a", "b"` and `"c"` of `"a", "b" or "c"`: the words around the "or" (a list without a serial comma). */
function alternatives(choices: readonly string[]): { head: string; last: string } {
  return { head: choices.slice(0, -1).join(", "), last: choices[choices.length - 1] ?? "" };
}

/** The rule "one of {choices}". */
export function ruleOneOfList(choices: readonly string[]): Message {
  return optionMessage("options.rule.oneOfList", OPTION_RULE_ONE_OF_LIST, { choices: choices.join(", ") });
}

/** The rule ""auto", "exact" or an integer of at least {min}". */
export function ruleAutoExactOrInteger(min: number | string): Message {
  return optionMessage("options.rule.autoExactOrInteger", OPTION_RULE_AUTO_EXACT_OR_INTEGER, {
    min: String(min),
  });
}

/** The rule "a list of actor ids or an integer of at least {min}". */
export function ruleIdsOrInteger(min: number | string): Message {
  return optionMessage("options.rule.idsOrInteger", OPTION_RULE_IDS_OR_INTEGER, { min: String(min) });
}

/** The rule "an object". */
export function ruleObject(): Message {
  return optionMessage("options.rule.object", OPTION_RULE_OBJECT);
}

/** The rule "a calendar date written YYYY-MM-DD". */
export function ruleDate(): Message {
  return optionMessage("options.rule.date", OPTION_RULE_DATE);
}

/** The rule ""role", "community", an attribute name or a function". */
export function ruleGroupings(): Message {
  return optionMessage("options.rule.groupings", OPTION_RULE_GROUPINGS);
}

/** The rule "the non-empty name of an actor attribute". */
export function ruleAttributeName(): Message {
  return optionMessage("options.rule.attributeName", OPTION_RULE_ATTRIBUTE_NAME);
}

/** The rule "a string, number or boolean". */
export function ruleScalar(): Message {
  return optionMessage("options.rule.scalar", OPTION_RULE_SCALAR);
}

/** The rule "a non-empty string". */
export function ruleNonEmptyString(): Message {
  return optionMessage("options.rule.nonEmptyString", OPTION_RULE_NON_EMPTY_STRING);
}

/** The rule "a number in [0, 1], {forms}". */
export function ruleProbability(forms: readonly string[]): Message {
  return optionMessage("options.rule.probability", OPTION_RULE_PROBABILITY, alternatives(forms));
}

/** The rule "a non-empty name that is not a member of every object". */
export function ruleAssignName(): Message {
  return optionMessage("options.rule.assignName", OPTION_RULE_ASSIGN_NAME);
}

/** The rule "a Map or a record from actor id to value". */
export function ruleMapOrRecord(): Message {
  return optionMessage("options.rule.mapOrRecord", OPTION_RULE_MAP_OR_RECORD);
}

/** The rule "a non-empty list of region names". */
export function ruleRegionList(): Message {
  return optionMessage("options.rule.regionList", OPTION_RULE_REGION_LIST);
}

/** The rule "a list of YYYY-MM-DD dates". */
export function ruleDateList(): Message {
  return optionMessage("options.rule.dateList", OPTION_RULE_DATE_LIST);
}

/** The rule "a string". */
export function ruleString(): Message {
  return optionMessage("options.rule.string", OPTION_RULE_STRING);
}

/** The rule "a boolean". */
export function ruleBoolean(): Message {
  return optionMessage("options.rule.boolean", OPTION_RULE_BOOLEAN);
}

/** The rule "a function". */
export function ruleFunction(): Message {
  return optionMessage("options.rule.function", OPTION_RULE_FUNCTION);
}

/** The rule "a list of tie kinds (strings)". */
export function ruleKindList(): Message {
  return optionMessage("options.rule.kindList", OPTION_RULE_KIND_LIST);
}

/** The rule "a YYYY-MM-DD date string". */
export function ruleDateString(): Message {
  return optionMessage("options.rule.dateString", OPTION_RULE_DATE_STRING);
}

/** The rule "a list of roles". */
export function ruleRoleList(): Message {
  return optionMessage("options.rule.roleList", OPTION_RULE_ROLE_LIST);
}

/** The rule "a list of ties with source and target". */
export function ruleTieList(): Message {
  return optionMessage("options.rule.tieList", OPTION_RULE_TIE_LIST);
}
