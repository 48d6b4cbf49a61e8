/**
 * The words of a zod issue as a catalogue message, so an invalid document's problems can be shown in
 * Finnish and Swedish. The schema's own texts (`must not be blank`, `must be greater than 0`) are
 * matched by the issue's code; zod's generic texts by its issue code (`invalid_type`,
 * `unrecognized_keys`, `too_small`). An issue neither covers keeps zod's English, as `issues.zod`,
 * whatever the locale.
 *
 * @packageDocumentation
 */
import type { z } from "zod";
import { closestName, nearName } from "../internal/closest.js";
import { type IssueMessageId, issueMessage } from "../text/issue-message.js";
import type { Message, MessageParams } from "../text/message.js";
import type { ValidationIssue } from "./errors.js";
import { quoteEscaped } from "./id-spelling.js";

/** The message of each custom refinement of the schema, by the code its `params` carry. */
const REFINEMENT_MESSAGES = {
  blank_id: "issues.blank",
  blank_kind: "issues.blank",
  blank_role_label: "issues.blank",
  reserved_id: "issues.reservedId",
  not_finite: "issues.notFinite",
  invalid_date: "issues.invalidDate",
  non_positive_weight: "issues.nonPositiveWeight",
  negative_amount: "issues.negativeAmount",
} as const;

function refinementMessage(code: unknown, input: unknown): Message | undefined {
  if (code === "invisible_id") return issueMessage("issues.invisibleId", { id: quoteEscaped(String(input)) });
  if (code === "invisible_kind")
    return issueMessage("issues.invisibleKind", { kind: quoteEscaped(String(input)) });
  if (typeof code === "string" && Object.hasOwn(REFINEMENT_MESSAGES, code))
    return issueMessage(REFINEMENT_MESSAGES[code as keyof typeof REFINEMENT_MESSAGES]);
  return undefined;
}

function unknownFieldsMessage(keys: readonly string[], known: readonly string[] | undefined): Message {
  const quoted = keys.map((key) => JSON.stringify(key));
  if (keys.length !== 1) return issueMessage("issues.unknownFields", { keys: quoted.join(", ") });
  const near = known === undefined ? null : nearName(keys[0]!, known);
  return near === null || near === keys[0]
    ? issueMessage("issues.unknownField", { key: quoted[0]! })
    : issueMessage("issues.unknownFieldNear", { key: quoted[0]!, suggestion: JSON.stringify(near) });
}

/**
 * The message of a zod issue: `value` is the value at the issue's path (`undefined` when missing),
 * `known` the fields the record there may hold (for a "did you mean"), `zodText` zod's own text in
 * lower case, used when nothing else says it (and as the check that a schema text is the one meant).
 * @internal
 */
export function zodIssueMessage(
  issue: z.core.$ZodIssue,
  value: unknown,
  known: readonly string[] | undefined,
  zodText: string,
): Message {
  const fallback = issueMessage("issues.zod", { text: zodText });
  if (issue.code === "invalid_type") {
    if (value === undefined) return issueMessage("issues.required");
    // NaN and ±Infinity reach zod as numbers it refuses; a number where a string belongs is a type error.
    if (issue.expected === "number")
      return issueMessage(typeof value === "number" ? "issues.notFinite" : "issues.number");
    if (issue.expected === "string") return issueMessage("issues.string");
    return issueMessage("issues.invalidType", { expected: issue.expected });
  }
  if (issue.code === "unrecognized_keys") return unknownFieldsMessage(issue.keys, known);
  const schemaText =
    issue.code === "custom"
      ? refinementMessage((issue.params as { code?: unknown } | undefined)?.code, value)
      : issue.code === "too_small"
        ? issueMessage("issues.empty")
        : issue.code === "invalid_union"
          ? issueMessage("issues.attributeValue")
          : undefined;
  return schemaText !== undefined && schemaText.text === zodText ? schemaText : fallback;
}

/**
 * An issue whose English `message` is its `messageData`'s text ({@link issueMessage}, which writes the
 * `issues` catalogue's English without intl-messageformat, fast enough for a million issues).
 * @internal
 */
export function issueWithMessage(
  code: string,
  path: string,
  id: IssueMessageId,
  params: MessageParams,
): ValidationIssue {
  const messageData = issueMessage(id, params);
  return { code, path, message: messageData.text, messageData };
}

/**
 * `; did you mean "x"?` as a message for the nearest of `candidates` (see {@link closestName}), or an
 * empty message when none is near: the tail of an option error.
 * @internal
 */
export function didYouMeanMessage(name: string, candidates: Iterable<string>): Message {
  const closest = closestName(name, candidates);
  return closest === null
    ? issueMessage("issues.noHint")
    : issueMessage("issues.didYouMean", { name: JSON.stringify(closest) });
}
