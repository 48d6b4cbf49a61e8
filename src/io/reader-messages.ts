/**
 * The words of the file readers' problems as catalogue messages (the `io` area), so the command line
 * can show them in Finnish and Swedish. Written by the English writer of the `issues` messages, not
 * through intl-messageformat: a table with a million bad cells makes a million messages.
 *
 * @packageDocumentation
 */
import { nearName } from "../internal/closest.js";
import type { ValidationIssue } from "../model/errors.js";
import { IO_EN } from "../text/catalogues/en/io.js";
import { issueMessage, patternMessage } from "../text/issue-message.js";
import type { Message, MessageParams } from "../text/message.js";

/** The id of a message in the `io` area. */
export type ReaderMessageId = keyof typeof IO_EN;

/** An `io` message with its English text. */
export function readerMessage(id: ReaderMessageId, params: MessageParams = {}): Message {
  return patternMessage(id, IO_EN[id], params);
}

/** An issue whose English `message` is its `messageData`'s text. */
export function issueOf(code: string, path: string, messageData: Message): ValidationIssue {
  return { code, path, message: messageData.text, messageData };
}

/** An issue of an `io` message. */
export function readerIssue(
  code: string,
  path: string,
  id: ReaderMessageId,
  params: MessageParams = {},
): ValidationIssue {
  return issueOf(code, path, readerMessage(id, params));
}

/** `line 12, column 5` as a message, for a place inside an XML file. */
export function linePlace(line: number | null | undefined, column: number | null | undefined): Message {
  return readerMessage("io.place", { line: String(line ?? "?"), column: String(column ?? "?") });
}

/**
 * `; did you mean "x"?` for a near name among `candidates` (see {@link nearName}), else an empty
 * message: what `didYouMeanNear` writes, as a message.
 */
export function nearNameHint(name: string, candidates: Iterable<string>): Message {
  const near = nearName(name, candidates);
  return near === null || near === name
    ? issueMessage("issues.noHint")
    : issueMessage("issues.didYouMean", { name: JSON.stringify(near) });
}

/** The kinds of input a reader names in an error's headline. */
export type SourceName =
  | "gexf"
  | "graphml"
  | "json"
  | "ecosystemJson"
  | "csv"
  | "kumuBlueprint"
  | "kumuSheets"
  | "affiliations";

/** What a reader read, as an error's headline names it (`GEXF`, `CSV tables (… read as tab-separated)`). */
export function sourceName(source: SourceName, note: Message | "" = ""): Message {
  return readerMessage("io.what.source", { source, note });
}
