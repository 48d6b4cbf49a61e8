/**
 * Neutralises text that reaches a terminal or a Markdown page: characters that a terminal obeys
 * instead of printing (C0 and C1 controls, DEL, and so every escape sequence, which starts with ESC
 * or a C1 introducer) and the Unicode bidirectional overrides that reorder what a reader sees
 * ("Trojan Source", CVE-2021-42574) are written as visible `\uXXXX` escapes.
 *
 * @packageDocumentation
 */

/**
 * Whether a UTF-16 code unit is escaped: C0 controls (tab and line feed only when `lineBreaks` is
 * false), DEL, C1 controls, the Arabic letter mark, the left-to-right and right-to-left marks, the
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and the line and paragraph
 * separators.
 */
function isControl(code: number, lineBreaks: boolean): boolean {
  if (code < 0x20) return !(lineBreaks && (code === 0x09 || code === 0x0a));
  if (code < 0x7f) return false;
  if (code <= 0x9f) return true;
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Writes every control character of `text` as a visible `\uXXXX` escape (ESC → `\u001b`). Tab, line
 * feed and a carriage return that ends a line (CRLF, as CSV writes it) are kept unless `lineBreaks` is
 * `false` (then they are escaped too, for one-line fields); a lone carriage return, which would let a
 * later text overwrite the line on a terminal, is always escaped.
 * Inside a JSON string the escapes are JSON's own, so JSON output stays valid and reads back equal.
 * Time complexity: O(length).
 *
 * @param text - any text.
 * @param options - `lineBreaks` (default `true`): keep tab and line feed.
 * @returns the text with control characters escaped; the same string when it has none.
 */
export function escapeControl(text: string, { lineBreaks = true }: { lineBreaks?: boolean } = {}): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code, lineBreaks)) continue;
    if (lineBreaks && code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
