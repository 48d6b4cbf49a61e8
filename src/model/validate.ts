/**
 * Validation of the ecosystem document: the zod schema plus the cross-record rules a schema
 * cannot express, all collected at once.
 *
 * @packageDocumentation
 */

import * as z from "zod/mini";
import { appendAll, smallestSorted } from "../internal/arrays.js";
import { nearName } from "../internal/closest.js";
import { toJsonPath, valueAtPath } from "../internal/json-path.js";
import { type IssueCounts, MAX_LISTED_ISSUES, type ValidationIssue } from "./errors.js";
import { isInvisible } from "./id-spelling.js";
import { issueWithMessage, zodIssueMessage } from "./issue-messages.js";
import {
  isPlainRecord,
  isSchemaValidActor,
  isSchemaValidRole,
  isSchemaValidTie,
  isValidEcosystemData,
} from "./quick-check.js";
import { BUILT_IN_ROLES, roleIdsInForce } from "./roles.js";
import {
  actorSchema,
  type EcosystemData,
  ecosystemSchema,
  isUsableAttributeName,
  isUsableId,
  parseIsoDate,
  roleSchema,
  tieSchema,
} from "./schema.js";
import {
  equivalentActorIssue,
  equivalentEndIssue,
  equivalentKindIssue,
  equivalentRoleIssue,
  equivalentRoleReferenceIssue,
  SpellingRegister,
} from "./spelling-issues.js";

/** How many distinct unknown actor ids get a "did you mean" (each costs a scan of the ids). */
const UNKNOWN_ACTOR_SUGGESTIONS = 20;

/**
 * The result of {@link validateEcosystem}: the checked document, or the problems found: the first
 * {@link MAX_LISTED_ISSUES} in path order, and the count of all of them (`issueCount`, and per code
 * `issueCountsByCode`).
 */
export type ValidationResult =
  | { readonly ok: true; readonly data: EcosystemData }
  | ({ readonly ok: false; readonly issues: readonly ValidationIssue[] } & IssueCounts);

/**
 * A zod issue as an ecoweave issue at `path`, worded as the ecosystem document's issues are: custom
 * refinements carry their code in `params.code`; a missing field `is required`; a non-finite number
 * `not_finite`; an empty value `empty`; messages in lower case with no period. `input` is what was
 * parsed (the issue's path is read in it).
 * @internal
 */
export function toValidationIssue(issue: z.core.$ZodIssue, input: unknown, path: string): ValidationIssue {
  const value = valueAtPath(input, issue.path);
  const messageData = zodIssueMessage(issue, value, knownFieldsAt(issue.path), zodText(issue, value));
  return { code: issueCode(issue, input), path, message: messageData.text, messageData };
}

function issueCode(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === "custom") {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? code : "invalid_value";
  }
  if (issue.code === "too_small") return "empty";
  if (
    issue.code === "invalid_type" &&
    issue.expected === "number" &&
    typeof valueAtPath(input, issue.path) === "number"
  )
    return "not_finite";
  return issue.code;
}

/** The fields the record at a document path may hold, for a "did you mean" on an unknown one. */
function knownFieldsAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  if (path.length === 0) return Object.keys(ecosystemSchema.shape);
  if (path.length !== 2) return undefined;
  if (path[0] === "actors") return Object.keys(actorSchema.shape);
  if (path[0] === "ties") return Object.keys(tieSchema.shape);
  if (path[0] === "roles") return Object.keys(roleSchema.shape);
  return undefined;
}

/** What zod/mini says where a schema sets no message: it loads no locale, and ecoweave sets none globally. */
const ZOD_MINI_DEFAULT_MESSAGE = "Invalid input";

/** The wording of zod's English locale for the issues the schemas leave to zod. */
function defaultMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === "invalid_type")
    return `invalid input: expected ${issue.expected}, received ${z.util.parsedType(value)}`;
  if (issue.code === "invalid_value" && issue.values.length === 1)
    return `invalid input: expected ${z.util.stringifyPrimitive(issue.values[0])}`;
  if (issue.code === "invalid_value")
    return `invalid option: expected one of ${z.util.joinValues(issue.values, "|")}`;
  return "invalid input";
}

/**
 * zod's text as the issues word theirs: lower case, no period; where the schema set none, zod's English
 * wording, since zod/mini loads no locale.
 */
function zodText(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.message === ZOD_MINI_DEFAULT_MESSAGE) return defaultMessage(issue, value);
  const text = issue.message;
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, "");
}

function* attributeNameIssues(
  attributes: unknown,
  list: "actors" | "ties",
  index: number,
): Generator<ValidationIssue> {
  if (attributes === null || typeof attributes !== "object" || Array.isArray(attributes)) return;
  for (const key of Object.keys(attributes)) {
    if (!isUsableAttributeName(key)) {
      yield issueWithMessage(
        "reserved_id",
        toJsonPath([list, index, "attributes", key]),
        "issues.reservedAttribute",
        { key },
      );
    }
  }
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(record: unknown, key: string): unknown {
  return record !== null && typeof record === "object" && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

function unknownRoleIssue(path: string, role: string, knownRoles: Iterable<string>): ValidationIssue {
  const known = [...knownRoles].map((r) => `"${r}"`).join(", ");
  return issueWithMessage("unknown_role", path, "issues.unknownRole", { role, known });
}

function unknownActorIssue(path: string, id: string, near: string | null): ValidationIssue {
  return near === null
    ? issueWithMessage("unknown_actor", path, "issues.unknownActor", { id })
    : issueWithMessage("unknown_actor", path, "issues.unknownActorNear", {
        id,
        suggestion: JSON.stringify(near),
      });
}

/** A role name that is no role in force: another role's id in a second spelling, or unknown. */
function roleReferenceIssue(
  path: string,
  role: string,
  listedRoles: readonly string[],
  roleSpellings: SpellingRegister,
): ValidationIssue {
  const variant = roleSpellings.otherSpelling(role);
  return variant === undefined
    ? unknownRoleIssue(path, role, listedRoles)
    : equivalentRoleReferenceIssue(path, role, variant);
}

/**
 * The cross-record rules, run on the raw input so that they report even where the schema failed
 * elsewhere: duplicate ids, ids and kinds spelt two Unicode ways, unknown roles and needs, ties to
 * unknown actors, self-ties, date order.
 */
function* crossRecordIssues(input: unknown): Generator<ValidationIssue> {
  const declaredRoles = asArray(field(input, "roles"));
  const roleIds = new Set<string>();
  // Built-in ids first: a declared role may replace a built-in, but not in another spelling.
  const roleSpellings = new SpellingRegister();
  for (const role of BUILT_IN_ROLES) roleSpellings.register(role.id);
  // Refused second spellings stay out of the roles an "unknown role" lists, which would look doubled.
  const secondSpellings = new Set<string>();
  for (let index = 0; index < declaredRoles.length; index++) {
    const id = field(declaredRoles[index], "id");
    if (!isUsableId(id)) continue;
    const first = roleSpellings.register(id);
    if (roleIds.has(id)) {
      yield issueWithMessage("duplicate_id", `roles[${index}].id`, "issues.duplicateRole", { id });
    } else if (first !== undefined) {
      secondSpellings.add(id);
      yield equivalentRoleIssue(`roles[${index}].id`, id, first);
    }
    roleIds.add(id);
  }
  const knownRoles = roleIdsInForce(roleIds);
  const listedRoles = [...knownRoles].filter((role) => !secondSpellings.has(role));
  for (let index = 0; index < declaredRoles.length; index++) {
    const needs = asArray(field(declaredRoles[index], "needs"));
    for (let needIndex = 0; needIndex < needs.length; needIndex++) {
      const need = needs[needIndex];
      if (isUsableId(need) && !knownRoles.has(need)) {
        yield roleReferenceIssue(`roles[${index}].needs[${needIndex}]`, need, listedRoles, roleSpellings);
      }
    }
  }

  const actorIds = new Set<string>();
  const idSpellings = new SpellingRegister();
  const actors = asArray(field(input, "actors"));
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index];
    const id = field(actor, "id");
    if (isUsableId(id)) {
      const first = idSpellings.register(id);
      if (actorIds.has(id)) {
        yield issueWithMessage("duplicate_id", `actors[${index}].id`, "issues.duplicateActor", { id });
      } else if (first !== undefined) yield equivalentActorIssue(`actors[${index}].id`, id, first);
      actorIds.add(id);
    }
    yield* attributeNameIssues(field(actor, "attributes"), "actors", index);
    const role = field(actor, "role");
    if (isUsableId(role) && !knownRoles.has(role)) {
      yield roleReferenceIssue(`actors[${index}].role`, role, listedRoles, roleSpellings);
    }
  }

  // Suggestions scan every id, so only the first few unknown ids get one (a file of a million ties
  // to unknown actors must still validate in seconds).
  let suggestionsLeft = UNKNOWN_ACTOR_SUGGESTIONS;
  const suggestionFor = new Map<string, string | null>();
  const nearActor = (id: string): string | null => {
    const known = suggestionFor.get(id);
    if (known !== undefined) return known;
    if (suggestionsLeft === 0) return null;
    suggestionsLeft--;
    const near = nearName(id, actorIds);
    const suggestion = near === id ? null : near;
    suggestionFor.set(id, suggestion);
    return suggestion;
  };
  const kindSpellings = new SpellingRegister();
  const ties = asArray(field(input, "ties"));
  for (let index = 0; index < ties.length; index++) {
    const tie = ties[index];
    yield* attributeNameIssues(field(tie, "attributes"), "ties", index);
    const kind = field(tie, "kind");
    if (typeof kind === "string" && !isInvisible(kind)) {
      const first = kindSpellings.register(kind);
      if (first !== undefined) yield equivalentKindIssue(`ties[${index}].kind`, kind, first);
    }
    const source = field(tie, "source");
    const target = field(tie, "target");
    for (const [end, id] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (isUsableId(id) && !actorIds.has(id)) {
        const variant = idSpellings.otherSpelling(id);
        yield variant === undefined
          ? unknownActorIssue(`ties[${index}].${end}`, id, nearActor(id))
          : equivalentEndIssue(`ties[${index}].${end}`, id, variant);
      }
    }
    if (isUsableId(source) && source === target) {
      yield issueWithMessage("self_tie", `ties[${index}]`, "issues.selfTie", { id: source });
    }
    const since = field(tie, "since");
    const until = field(tie, "until");
    if (typeof since === "string" && typeof until === "string") {
      const sinceDay = parseIsoDate(since);
      const untilDay = parseIsoDate(until);
      if (sinceDay !== null && untilDay !== null && sinceDay > untilDay) {
        yield issueWithMessage("date_order", `ties[${index}].until`, "issues.dateOrder", { until, since });
      }
    }
  }
  yield* sumOverflowIssues(ties);
}

/** The fields summed over ties, with the code of the issue their overflowing sum raises. */
const SUMMED_FIELDS = [
  { key: "weight", code: "weight_overflow", what: "weights" },
  { key: "amount", code: "amount_overflow", what: "amounts" },
] as const;

/**
 * One issue per summed field whose sum over the document's ties leaves the finite numbers, at the tie
 * where it does. Analyses add weights per pair and per actor, and reports add amounts per actor and
 * per role; every such sum is part of the document's sum, so a finite document sum keeps them finite
 * and no NaN or Infinity reaches an answer. Only valid values count (invalid ones have their own issue).
 */
function sumOverflowIssues(ties: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { key, code, what } of SUMMED_FIELDS) {
    let sum = 0;
    for (let index = 0; index < ties.length; index++) {
      const value = field(ties[index], key);
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) continue;
      sum += value;
      if (Number.isFinite(sum)) continue;
      issues.push(
        issueWithMessage(code, `ties[${index}].${key}`, "issues.overflow", {
          what,
          max: String(Number.MAX_VALUE),
        }),
      );
      break;
    }
  }
  return issues;
}

/**
 * Issues in path order, numbers by value (`ties[2]` before `ties[10]`): the order every list of issues
 * is reported in.
 * @internal
 */
export function compareIssuePaths(a: ValidationIssue, b: ValidationIssue): number {
  return compareByIndex(a.path, b.path) || PATH_COLLATOR.compare(a.path, b.path);
}

/**
 * The collator's order of two paths that share their text up to a `[` and then hold different
 * indices (`ties[12].target`, `ties[9].source`): the smaller index first; else 0, and the collator
 * decides. Why: a million issues are compared about once each against the listed ones, and the
 * collator takes microseconds per comparison.
 */
function compareByIndex(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let start = i;
  while (start > 0 && isDigit(a.charCodeAt(start - 1))) start--;
  if (start === 0 || a.charCodeAt(start - 1) !== 0x5b) return 0;
  let endA = start;
  while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
  let endB = start;
  while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
  if (endA === start || endB === start || a.charCodeAt(endA) !== 0x5d || b.charCodeAt(endB) !== 0x5d)
    return 0;
  return Number(a.slice(start, endA)) - Number(b.slice(start, endB));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// One collator for every comparison: `localeCompare` with options builds one per call, 20 times slower.
const PATH_COLLATOR = new Intl.Collator("en", { numeric: true });

/**
 * A failed validation result from every issue found, in any order: the first
 * {@link MAX_LISTED_ISSUES} in path order, and the counts of all.
 * @internal
 */
export function cappedIssues(
  issues: Iterable<ValidationIssue>,
): { readonly ok: false; readonly issues: readonly ValidationIssue[] } & IssueCounts {
  let issueCount = 0;
  const issueCountsByCode = Object.create(null) as Record<string, number>;
  // Counted as they pass: a million issues from a generator are never all held at once.
  function* counted(): Generator<ValidationIssue> {
    for (const issue of issues) {
      issueCount++;
      issueCountsByCode[issue.code] = (issueCountsByCode[issue.code] ?? 0) + 1;
      yield issue;
    }
  }
  const listed = smallestSorted(counted(), MAX_LISTED_ISSUES, compareIssuePaths);
  return { ok: false, issues: listed, issueCount, issueCountsByCode };
}

/**
 * The full validation: the zod schema and the cross-record rules, every issue listed.
 * {@link validateEcosystem} runs it when the one-pass check does not recognise the document as valid.
 * @internal
 */
export function validateWithSchema(input: unknown): ValidationResult {
  const schemaIssues = schemaIssuesOfFailingRecords(input);
  if (schemaIssues !== null) {
    const capped = cappedIssues(allOf(schemaIssues, crossRecordIssues(input)));
    if (capped.issueCount > 0) return capped;
  }
  // Valid, or a document the record checks do not read: zod decides, and gives the parsed copy.
  const parsed = ecosystemSchema.safeParse(input);
  const all: ValidationIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => toValidationIssue(issue, input, toJsonPath(issue.path)));
  if (schemaIssues === null) appendAll(all, crossRecordIssues(input));
  if (all.length > 0 || !parsed.success) return cappedIssues(all);
  return { ok: true, data: parsed.data };
}

function* allOf<T>(first: Iterable<T>, second: Iterable<T>): Generator<T> {
  yield* first;
  yield* second;
}

const RECORD_LISTS = [
  { list: "roles", schema: z.array(roleSchema), passes: isSchemaValidRole },
  { list: "actors", schema: z.array(actorSchema), passes: isSchemaValidActor },
  { list: "ties", schema: z.array(tieSchema), passes: isSchemaValidTie },
] as const;

/**
 * The schema's issues, found by running zod only on the records the one-pass record checks do not
 * pass, or `null` when the document's outline (a plain record with lists) is not there to read.
 *
 * Why: zod spends about 5 µs per record and 8 µs per issue; on a million ties to unknown actors
 * (which the schema accepts, record by record) parsing them all would double the time to report.
 */
function schemaIssuesOfFailingRecords(input: unknown): ValidationIssue[] | null {
  if (!isPlainRecord(input)) return null;
  const outline: Record<string, unknown> = { ...input };
  for (const { list } of RECORD_LISTS) {
    const records = input[list];
    if (records === undefined && list === "roles") continue;
    if (!Array.isArray(records)) return null;
    outline[list] = [];
  }
  const issues: ValidationIssue[] = [];
  const parsed = ecosystemSchema.safeParse(outline);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push(toValidationIssue(issue, input, toJsonPath(issue.path)));
    }
  }
  for (const { list, schema, passes } of RECORD_LISTS) {
    const records = input[list];
    if (!Array.isArray(records)) continue;
    const failing: unknown[] = [];
    const indices: number[] = [];
    for (let i = 0; i < records.length; i++) {
      if (passes(records[i])) continue;
      failing.push(records[i]);
      indices.push(i);
    }
    if (failing.length === 0) continue;
    const result = schema.safeParse(failing);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const [at, ...rest] = issue.path;
      const path = [list, indices[at as number]!, ...rest];
      issues.push(toValidationIssue({ ...issue, path }, input, toJsonPath(path)));
    }
  }
  return issues;
}

/**
 * Checks an ecosystem document without throwing. Every problem is counted and the first
 * {@link MAX_LISTED_ISSUES} (in path order) are listed, each with its JSON path.
 *
 * @remarks
 * Runs the zod schema (types, required fields, unknown fields, positive finite weights, non-negative
 * amounts, real `YYYY-MM-DD` dates, reserved and invisible ids, invisible tie kinds) and the
 * cross-record rules (duplicate actor and role ids; actor ids, tie ends, role ids, actors' roles,
 * `needs` entries and tie kinds that are another one's name in a second Unicode spelling; ties to
 * unknown actors, self-ties, `since` after `until`, undeclared roles, `needs` naming an unknown role,
 * weights or amounts whose sum over the document is not a finite number). Nothing is trimmed, coerced or dropped: the returned `data` has the input's content,
 * and is the input itself when the input is plain data (as parsed JSON is). A valid plain-data
 * document is recognised in one pass that allocates nothing per record; the schema runs only when
 * that pass finds something to report (or the input is not plain data), so that it words the issues.
 *
 * @example
 * const result = validateEcosystem({ actors: [], ties: [{ source: "a", target: "b", kind: "funding" }] });
 * result.ok; // false: ties[0].source and ties[0].target name unknown actors
 * @category Model
 */
export function validateEcosystem(input: unknown): ValidationResult {
  if (isValidEcosystemData(input)) return { ok: true, data: input };
  return validateWithSchema(input);
}
