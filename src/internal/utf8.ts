/** Strict UTF-8 decoding that says where the first invalid byte is. */

/** Where the first byte sequence that is not UTF-8 starts: its byte offset, and its 1-based line and column (in characters). */
export interface Utf8Error {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** The length of a well-formed UTF-8 sequence starting at `i` (RFC 3629, table 3-7 of Unicode), 0 if none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const trail = (k: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return trail(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return trail(1, low, high) && trail(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return trail(1, low, high) && trail(2) && trail(3) ? 4 : 0;
  }
  return 0;
}

/** The place of the first invalid UTF-8 sequence in `bytes`, or `undefined` if all of it is UTF-8. O(length). */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Error | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { offset: i, line, column, byte: bytes[i]! };
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return undefined;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 bytes (a byte-order mark is kept, for the readers to skip), or returns where the
 * first invalid byte is, instead of replacing it with U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Utf8Error } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: findInvalidUtf8(bytes) ?? { offset: 0, line: 1, column: 1, byte: bytes[0] ?? 0 } };
  }
}
