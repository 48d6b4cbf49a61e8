/**
 * Shared plumbing of the readers: collecting issues, running the document validation and mapping
 * its JSON paths back to where the value came from in the source file.
 *
 * @packageDocumentation
 */
import { buildEcosystem, type Ecosystem } from "../model/ecosystem.js";
import {
  countsWithOmitted,
  EcosystemValidationError,
  EcoweaveError,
  type ValidationIssue,
} from "../model/errors.js";
import { compareIssuePaths } from "../model/issue-order.js";
import type { EcosystemData } from "../model/schema.js";
import { validateEcosystem } from "../model/validate.js";
import type { Message } from "../text/message.js";

/** Maps a JSON path of the converted document (`ties[3].target`) to a place in the source. */
export type PathMapper = (path: string) => string;

const DOCUMENT_PATH = /^(actors|ties|roles)\[(\d+)\](?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])?(.*)$/;

/** A parsed document path: the record list, the record index, the first key below it, and the rest. */
export interface DocumentPath {
  readonly list: "actors" | "ties" | "roles";
  readonly index: number;
  readonly key: string | undefined;
  readonly rest: string;
}

/** Splits `actors[2].attributes.region` into its list, index, first key and the rest. */
export function splitDocumentPath(path: string): DocumentPath | undefined {
  const match = DOCUMENT_PATH.exec(path);
  if (match === null) return undefined;
  const key = match[3] ?? (match[4] === undefined ? undefined : (JSON.parse(match[4]) as string));
  return { list: match[1] as DocumentPath["list"], index: Number(match[2]), key, rest: match[5] ?? "" };
}

/** The first key of a path such as `.region` or `["my key"][0]`, and what follows it. */
export function splitFirstKey(rest: string): { key: string; rest: string } | undefined {
  const dotted = /^\.([A-Za-z_$][\w$]*)(.*)$/.exec(rest);
  if (dotted !== null) return { key: dotted[1]!, rest: dotted[2] ?? "" };
  const quoted = /^\[("(?:[^"\\]|\\.)*")\](.*)$/.exec(rest);
  if (quoted !== null) return { key: JSON.parse(quoted[1]!) as string, rest: quoted[2] ?? "" };
  return undefined;
}

/**
 * Validates a converted document, maps every issue's path back to the source, and builds the
 * ecosystem. Issues found earlier by the reader (`readerIssues`) are reported together with the
 * document's own, so one run lists every problem.
 */
export function buildChecked(
  data: EcosystemData,
  readerIssues: readonly ValidationIssue[],
  mapPath: PathMapper,
  what: Message,
): Ecosystem {
  const result = validateEcosystem(data);
  const issues = [...readerIssues];
  if (!result.ok) {
    // A place the reader already reported (a type naming no role) needs no second, vaguer issue.
    const reported = new Set(readerIssues.map((issue) => issue.path));
    for (const issue of result.issues) {
      const path = mapPath(issue.path);
      if (!reported.has(path)) issues.push({ ...issue, path });
    }
  }
  if (issues.length > 0 || !result.ok) {
    const listed = dedupe(issues);
    throw new EcosystemValidationError(
      listed,
      what,
      result.ok ? undefined : countsWithOmitted(listed, result),
    );
  }
  return buildEcosystem(result.data);
}

function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return unique(issues).sort(compareIssuePaths);
}

function unique(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const key = `${issue.code}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/** Thrown by a writer when a value has no faithful encoding in the target format. */
export function notRepresentable(writer: string, problems: readonly string[]): EcoweaveError {
  const shown = problems.slice(0, 5).join("; ");
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : "";
  return new EcoweaveError("not_representable", `${writer}: cannot write ${shown}${more}`);
}

/** Whether a value is a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
