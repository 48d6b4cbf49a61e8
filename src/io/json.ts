/**
 * The ecosystem JSON document: parse it from text with syntax errors located, and write it back.
 *
 * @packageDocumentation
 */

import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { checkText } from "../model/check-inputs.js";
import { createEcosystem, type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { EcosystemValidationError } from "../model/errors.js";
import type { Message } from "../text/message.js";
import { readerIssue, sourceName } from "./reader-messages.js";

/** Line and column (both 1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Parses JSON text, turning a syntax error into an {@link EcosystemValidationError} with one issue
 * (`invalid_json`) whose message gives the line and column where the engine reports it.
 */
export function parseJsonText(text: string, what: Message, path = ""): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const offset = position !== null ? Number(position[1]) : syntaxErrorOffset(body);
    const { line, column } = lineColumn(body, offset);
    const detail = raw
      .replace(/\s*in JSON at position \d+.*$/s, "")
      .replace(/^JSON\.parse: /, "")
      .replace(/, .*is not valid JSON$/s, "")
      .replace(/ at position \d+.*$/s, "");
    const issue =
      body.trim().length === 0
        ? readerIssue("invalid_json", path, "io.json.empty")
        : readerIssue("invalid_json", path, "io.json.syntax", { line, column, detail: lowerFirst(detail) });
    throw new EcosystemValidationError([issue], what);
  }
}

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

/**
 * The offset of the first JSON syntax error, found by an iterative scan (some engines' messages
 * give no position). Strings are skipped whole; nesting is kept on an explicit stack.
 */
function syntaxErrorOffset(text: string): number {
  const stack: string[] = [];
  // What may come next: a value, a key (or "}" right after "{"), ":" , or "," / closer.
  let expect: "value" | "firstValue" | "key" | "firstKey" | "colon" | "after" = "value";
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const skipString = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === "\\") i += 2;
      else if (c === '"') {
        i++;
        return true;
      } else if (c < " ") return false;
      else i++;
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (i >= text.length) return text.length;
    const c = text[i]!;
    if (expect === "value" || expect === "firstValue") {
      if (c === "]" && expect === "firstValue") {
        stack.pop();
        i++;
        expect = "after";
      } else if (c === "{") {
        stack.push("}");
        i++;
        expect = "firstKey";
      } else if (c === "[") {
        stack.push("]");
        i++;
        expect = "firstValue";
      } else if (c === '"') {
        if (!skipString()) return i;
        expect = "after";
      } else {
        const match = LITERAL.exec(text.slice(i, i + 400));
        if (match === null) return i;
        i += match[0].length;
        expect = "after";
      }
    } else if (expect === "key" || expect === "firstKey") {
      if (c === "}" && expect === "firstKey") {
        stack.pop();
        i++;
        expect = "after";
      } else if (c === '"') {
        if (!skipString()) return i;
        expect = "colon";
      } else return i;
    } else if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i;
      if (c === top) {
        stack.pop();
        i++;
      } else if (c === ",") {
        i++;
        expect = top === "}" ? "key" : "value";
      } else return i;
    }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Reads an ecosystem from the text of an ecosystem JSON document (the format of docs/data-format.md).
 *
 * @remarks
 * The text is parsed with `JSON.parse` (a leading byte-order mark is skipped) and the document goes
 * through {@link createEcosystem}, so every problem is reported at once with its JSON path
 * (`ties[12].target: unknown actor "x9"`). A syntax error is one issue with code `invalid_json`
 * whose message says where it is: `not valid JSON at line 3, column 14: …`.
 * Time complexity: O(L + n + m) for a text of length L with n actors and m ties.
 *
 * Format: https://www.rfc-editor.org/rfc/rfc8259 (JSON) and docs/data-format.md (the document).
 *
 * @param text - the JSON text.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem.
 * @throws {@link EcoweaveError} `invalid_argument` when `text` is not a string.
 * @example
 * parseEcosystemJson('{"actors":[{"id":"a","role":"funder"}],"ties":[]}').order; // 1
 * @see {@link stringifyEcosystem}
 * @category Import and export
 */
export function parseEcosystemJson(text: string): Ecosystem {
  checkText("parseEcosystemJson", "text", text);
  return createEcosystem(parseJsonText(text, sourceName("ecosystemJson")));
}

/** Options of {@link stringifyEcosystem}. */
export interface StringifyEcosystemOptions {
  /**
   * Indentation passed to `JSON.stringify`: a number of spaces or a string; `0` writes one line.
   * @defaultValue 2
   */
  space?: number | string;
}

const STRINGIFY_ECOSYSTEM_OPTION_KEYS = optionKeys<StringifyEcosystemOptions>({ space: true });

/** Defaults of {@link StringifyEcosystemOptions}. */
export const STRINGIFY_ECOSYSTEM_DEFAULTS = Object.freeze({ space: 2 } satisfies StringifyEcosystemOptions);

/**
 * Writes an ecosystem as the text of an ecosystem JSON document.
 *
 * @remarks
 * The document is {@link toEcosystemData}'s: actors and ties in insertion order, optional fields
 * only where set, so `parseEcosystemJson(stringifyEcosystem(eco))` rebuilds an equal ecosystem.
 * The text ends with a newline. Time complexity: O(n + m).
 *
 * Format: https://www.rfc-editor.org/rfc/rfc8259 (JSON) and docs/data-format.md (the document).
 *
 * @param eco - the ecosystem (not modified).
 * @param options - `space`, the indentation.
 * @returns the JSON text.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one); {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * stringifyEcosystem(createEcosystem({ actors: [], ties: [] }), { space: 0 }); // '{"actors":[],"ties":[]}\n'
 * @see {@link parseEcosystemJson}
 * @category Import and export
 */
export function stringifyEcosystem(eco: Ecosystem, options: StringifyEcosystemOptions = {}): string {
  checkArguments("stringifyEcosystem", eco, options, STRINGIFY_ECOSYSTEM_OPTION_KEYS);
  const { space } = { ...STRINGIFY_ECOSYSTEM_DEFAULTS, ...options };
  return `${JSON.stringify(toEcosystemData(eco), null, space)}\n`;
}
