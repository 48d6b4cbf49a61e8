import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvalidUtf8 } from "../../src/internal/utf8.js";

describe("findInvalidUtf8", () => {
  it("agrees with the platform's strict decoder on arbitrary bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(bytes) === undefined).toBe(valid);
      }),
      { seed: 14, numRuns: 2000 },
    );
  });

  it("places the first bad byte by line and character column", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("ab\nÄö x"), 0xff, 0x41]);
    expect(findInvalidUtf8(bytes)).toEqual({ offset: 9, line: 2, column: 5, byte: 0xff });
    expect(decodeUtf8(bytes)).toEqual({ error: { offset: 9, line: 2, column: 5, byte: 0xff } });
    expect(decodeUtf8(new TextEncoder().encode("\ufeffok"))).toEqual({ text: "\ufeffok" });
  });
});
