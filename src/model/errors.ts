/**
 * The error typology of ecoweave. Tests and callers match `code`, never the wording.
 *
 * @packageDocumentation
 */

/** One problem found in input data: where it is and what is wrong. */
export interface ValidationIssue {
  /** snake_case code, stable across releases (`unknown_actor`, `duplicate_id`, …). */
  readonly code: string;
  /** JSON path of the offending value, e.g. `ties[12].target`; `""` for the document itself. */
  readonly path: string;
  /** Lower-case message without a trailing period, e.g. `unknown actor "x9"`. */
  readonly message: string;
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
export class EcosystemValidationError extends EcoweaveError {
  readonly issues: readonly ValidationIssue[];
  /** What was invalid, as the message's headline names it: `ecosystem`, `scenario`, a file format. */
  readonly what: string;

  constructor(issues: readonly ValidationIssue[], what = "ecosystem") {
    const count = issues.length;
    super(
      "invalid_input",
      `invalid ${what}: ${count} problem${count === 1 ? "" : "s"}\n${formatIssues(issues)}`,
    );
    this.name = "EcosystemValidationError";
    this.issues = issues;
    this.what = what;
  }
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
  constructor(message: string) {
    super("invalid_option", message);
    this.name = "InvalidOptionError";
  }
}
