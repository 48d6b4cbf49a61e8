/**
 * Validation of the ecosystem document: the zod schema plus the cross-record rules a schema
 * cannot express, all collected at once.
 *
 * @packageDocumentation
 */

import * as z from "zod/mini";
import { appendAll } from "../internal/arrays.js";
import { toJsonPath, valueAtPath } from "../internal/json-path.js";
import { crossRecordIssues } from "./cross-record-issues.js";
import { type IssueCounts, MAX_LISTED_ISSUES, type ValidationIssue } from "./errors.js";
import { zodIssueMessage } from "./issue-messages.js";
import { cappedIssues } from "./issue-order.js";
import {
  isPlainRecord,
  isSchemaValidActor,
  isSchemaValidRole,
  isSchemaValidTie,
  isValidEcosystemData,
} from "./quick-check.js";
import { actorSchema, type EcosystemData, ecosystemSchema, roleSchema, tieSchema } from "./schema.js";

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
