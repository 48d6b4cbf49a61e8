/**
 * The spelling rules of ids: an id must show at least one visible character, and two ids that are the
 * same name in two Unicode spellings (NFC `"Caf\u00e9"` and NFD `"Cafe\u0301"`) are refused rather than
 * taken for two actors.
 *
 * Why refuse rather than warn: both mistakes come from copying text between tools (a zero-width space
 * pasted from a web page, a name typed on macOS and another on Windows) and both split one actor in
 * two, or make one no reader can see, without anything in the output showing it. A warning would let
 * every analysis run on the wrong network; an error names the place and both spellings.
 *
 * @packageDocumentation
 */
import type { Message } from "../text/message.js";

// White space, default-ignorable code points (zero-width spaces and joiners, U+FEFF, U+2060, Hangul
// fillers, variation selectors), format characters (bidi controls, U+00AD) and controls: what a
// reader cannot see.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]*$/u;

/**
 * Whether `value` shows nothing: empty, or only white space, format characters (U+200B, U+FEFF,
 * U+2060, bidi controls), other default-ignorable code points and controls. O(length).
 */
export function isInvisible(value: string): boolean {
  // Almost every id starts with a printable ASCII character: no need for the regular expression.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return INVISIBLE.test(value);
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The key two ids share when they are the same name in two Unicode spellings: the canonical
 * composition (NFC). An ASCII id is its own key (ASCII text is already NFC), so the common case costs
 * one scan. Compatibility forms (NFKC: `ﬁ` and `fi`) are distinct names and keep distinct keys.
 */
export function spellingKey(id: string): string {
  return isAscii(id) ? id : id.normalize("NFC");
}

/** An id as a JSON string with every non-ASCII character escaped: `"Cafe\u0301"`, `"\u200b"`. */
export function quoteEscaped(id: string): string {
  const json = JSON.stringify(id);
  let escaped = "";
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    escaped += code > 0x7e ? `\\u${code.toString(16).padStart(4, "0")}` : json.charAt(i);
  }
  return escaped;
}

/**
 * An id as a message shows it so that two spellings can be told apart: {@link quoteEscaped} and the
 * normal form it is in: `"Cafe\u0301" (NFD)`.
 */
export function describeSpelling(id: string): string {
  return spellingMessage(id).text;
}

/** {@link describeSpelling} as a message, to write it in another language. */
export function spellingMessage(id: string): Message {
  const form = id === id.normalize("NFC") ? "NFC" : id === id.normalize("NFD") ? "NFD" : "neither";
  const quoted = quoteEscaped(id);
  const text = `${quoted} (${form === "neither" ? "neither NFC nor NFD" : form})`;
  return { id: "issues.spelling", params: { id: quoted, form }, text };
}
