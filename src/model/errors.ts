/**
 * The error typology of ecoweave. Tests and callers match `code`, never the wording.
 *
 * @packageDocumentation
 */
import { issueMessage } from "../text/issue-message.js";
import type { Message } from "../text/message.js";

/** One problem found in input data: where it is and what is wrong. */
export interface ValidationIssue {
  /** snake_case code, stable across releases (`unknown_actor`, `duplicate_id`, …). */
  readonly code: string;
  /** JSON path of the offending value, e.g. `ties[12].target`; `""` for the document itself. */
  readonly path: string;
  /** Lower-case message without a trailing period, e.g. `unknown actor "x9"`. */
  readonly message: string;
  /**
   * The message as data (its id in the catalogues, its parameters, and `message` as its English
   * text), to show it in another language with `formatMessage(issue.messageData, locale)`. Absent on
   * an issue whose words have no catalogue message yet; show `message` then.
   */
  readonly messageData?: Message;
}

/** Base class of every error ecoweave throws on purpose. */
export class EcoweaveError extends Error {
  /** snake_case code identifying the kind of failure. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "EcoweaveError";
    this.code = code;
  }
}

/**
 * How many issues a list shows: validation counts every problem but lists only the first
 * `MAX_LISTED_ISSUES` in path order, so that a file with a million bad records gives a readable
 * answer in seconds instead of a message of a hundred megabytes.
 */
export const MAX_LISTED_ISSUES = 1000;

/** The size of a list of issues, including those past {@link MAX_LISTED_ISSUES} that are not listed. */
export interface IssueCounts {
  /** How many issues were found, listed or not. */
  readonly issueCount: number;
  /** How many issues were found per `code`, listed or not (a null-prototype record). */
  readonly issueCountsByCode: Readonly<Record<string, number>>;
}

/** Counts `issues` per code, adding to `into` when given. */
export function countIssues(
  issues: Iterable<ValidationIssue>,
  into: Record<string, number> = Object.create(null) as Record<string, number>,
): Record<string, number> {
  for (const issue of issues) into[issue.code] = (into[issue.code] ?? 0) + 1;
  return into;
}

/** The counts of a complete list of issues. */
export function issueCountsOf(issues: readonly ValidationIssue[]): IssueCounts {
  return { issueCount: issues.length, issueCountsByCode: countIssues(issues) };
}

/**
 * The counts of `issues` plus the issues a capped list `from` counted but did not list: for a list
 * built from another one (paths mapped back to a source file, issues of a reader added).
 */
export function countsWithOmitted(
  issues: readonly ValidationIssue[],
  from: { readonly issues: readonly ValidationIssue[] } & IssueCounts,
): IssueCounts {
  const byCode = countIssues(issues);
  const listedByCode = countIssues(from.issues);
  for (const code of Object.keys(from.issueCountsByCode)) {
    const omitted = from.issueCountsByCode[code]! - (listedByCode[code] ?? 0);
    if (omitted > 0) byCode[code] = (byCode[code] ?? 0) + omitted;
  }
  return { issueCount: issues.length + from.issueCount - from.issues.length, issueCountsByCode: byCode };
}

/**
 * What a capped list leaves out: how many issues, and the count per code, most frequent first
 * (`unknown_actor 1999000`); `undefined` when every issue is listed.
 */
export function omittedIssues(
  listed: readonly ValidationIssue[],
  counts: IssueCounts,
): { readonly count: number; readonly perCode: string } | undefined {
  const omitted = counts.issueCount - listed.length;
  if (omitted <= 0) return undefined;
  const listedByCode = countIssues(listed);
  const perCode = Object.keys(counts.issueCountsByCode)
    .map((code) => [code, counts.issueCountsByCode[code]! - (listedByCode[code] ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([code, count]) => `${code} ${count}`)
    .join(", ");
  return { count: omitted, perCode };
}

/**
 * The line that follows a capped list: `and 1999000 more of the same kinds (unknown_actor 1999000)`,
 * the omitted issues counted per code, most frequent first; `""` when every issue is listed.
 */
export function omittedIssuesLine(listed: readonly ValidationIssue[], counts: IssueCounts): string {
  const omitted = omittedIssues(listed, counts);
  return omitted === undefined ? "" : `and ${omitted.count} more of the same kinds (${omitted.perCode})`;
}

/** Renders issues one per line as `path: message`, the form used in every error message. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => (issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`))
    .join("\n");
}

/**
 * Thrown when input data (an ecosystem document, a file, a scenario) is invalid.
 * `issues` lists every problem at once, each with its JSON path.
 */
export class EcosystemValidationError extends EcoweaveError implements IssueCounts {
  /** The first {@link MAX_LISTED_ISSUES} issues, in path order. */
  readonly issues: readonly ValidationIssue[];
  readonly issueCount: number;
  readonly issueCountsByCode: Readonly<Record<string, number>>;
  /** What was invalid, as the message's headline names it in English: `ecosystem`, `scenario`, a file format. */
  readonly what: string;
  /**
   * {@link what} as data, to name it in another language with `formatMessage(error.whatMessage,
   * locale)`; `undefined` when the error was made with a plain string (show `what` then).
   */
  readonly whatMessage: Message | undefined;

  /**
   * @param issues - the issues in path order; only the first {@link MAX_LISTED_ISSUES} are kept.
   * @param what - what was invalid, as a catalogue message (its English text becomes {@link what}) or
   * as English text. @defaultValue the message `ecosystem`
   * @param counts - the counts of every issue found, when `issues` is already a capped list
   * (`validateEcosystem`'s result is one); by default counted from `issues`.
   */
  constructor(
    issues: readonly ValidationIssue[],
    what: string | Message = documentName("ecosystem"),
    counts?: IssueCounts,
  ) {
    const whatText = typeof what === "string" ? what : what.text;
    const listed = issues.length > MAX_LISTED_ISSUES ? issues.slice(0, MAX_LISTED_ISSUES) : issues;
    const { issueCount, issueCountsByCode } = counts ?? issueCountsOf(issues);
    const more = omittedIssuesLine(listed, { issueCount, issueCountsByCode });
    super(
      "invalid_input",
      `invalid ${whatText}: ${issueCount} problem${issueCount === 1 ? "" : "s"}\n${formatIssues(listed)}${more === "" ? "" : `\n${more}`}`,
    );
    this.name = "EcosystemValidationError";
    this.issues = listed;
    this.issueCount = issueCount;
    this.issueCountsByCode = issueCountsByCode;
    this.what = whatText;
    this.whatMessage = typeof what === "string" ? undefined : what;
  }
}

/** `ecosystem` or `scenario` as a message: what a validation error's headline names. */
export function documentName(document: "ecosystem" | "scenario"): Message {
  return issueMessage("issues.what", { what: document });
}

/** Thrown when a measure is not defined for the requested view (e.g. a directed-only option). */
export class NotApplicableError extends EcoweaveError {
  constructor(message: string) {
    super("not_applicable", message);
    this.name = "NotApplicableError";
  }
}

/** Thrown when an option has a value the function cannot use. */
export class InvalidOptionError extends EcoweaveError {
  /**
   * The message as data, to show it in another language with `formatMessage(error.detail, locale)`;
   * `undefined` where the words have no catalogue message yet (show `message` then).
   */
  readonly detail: Message | undefined;

  /**
   * @param message - the English text.
   * @param detail - the same as a catalogue message, whose `text` is `message`.
   */
  constructor(message: string, detail?: Message) {
    super("invalid_option", message);
    this.name = "InvalidOptionError";
    this.detail = detail;
  }

  /** The error of a catalogue message: its English text as `message`, the message as `detail`. */
  static of(detail: Message): InvalidOptionError {
    return new InvalidOptionError(detail.text, detail);
  }
}
