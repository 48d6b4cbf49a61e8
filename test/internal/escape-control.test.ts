import { describe, expect, it } from "vitest";
import { escapeControl } from "../../src/internal/escape-control.js";

describe("escapeControl", () => {
  it("writes C0, DEL, C1 and bidi controls as visible escapes", () => {
    expect(escapeControl("a\u001b]0;pwned\u0007b")).toBe("a\\u001b]0;pwned\\u0007b");
    expect(escapeControl("\u009b2J\u007f")).toBe("\\u009b2J\\u007f");
    expect(escapeControl("abc\u202edef\u2066")).toBe("abc\\u202edef\\u2066");
    expect(escapeControl("a\rb")).toBe("a\\u000db");
  });

  it("keeps tab and line feed unless told not to, and leaves other text alone", () => {
    expect(escapeControl("a\tb\nc")).toBe("a\tb\nc");
    expect(escapeControl("a\tb\nc", { lineBreaks: false })).toBe("a\\u0009b\\u000ac");
    expect(escapeControl("a,b\r\nc,d\r\n")).toBe("a,b\r\nc,d\r\n");
    expect(escapeControl("a\r\nb\rc")).toBe("a\r\nb\\u000dc");
    expect(escapeControl("a\r\n", { lineBreaks: false })).toBe("a\\u000d\\u000a");
    const plain = "Tampere — Åbo 🌍 \u00e9";
    expect(escapeControl(plain)).toBe(plain);
  });

  it("keeps JSON valid and equal when applied to JSON text", () => {
    const value = { label: "x\u001b[2J\u0085\u202e" };
    expect(JSON.parse(escapeControl(JSON.stringify(value)))).toEqual(value);
  });
});
