import { describe, expect, it } from "vitest";
import { localeFromEnvironment } from "../../src/text/locale.js";
import { formatMessage, message } from "../../src/text/message.js";
import { formatDate, formatNumber, formatPercent } from "../../src/text/numbers.js";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatNumber and formatPercent", () => {
  it("write a decimal point in English and a decimal comma in Finnish and Swedish", () => {
    expect(formatNumber(0.27, "en")).toBe("0.27");
    expect(formatNumber(0.27, "fi")).toBe("0,27");
    expect(formatNumber(0.27, "sv")).toBe("0,27");
  });

  it("group thousands by a comma in English and a narrow no-break space in Finnish and Swedish", () => {
    expect(formatNumber(1234567.891, "en", 1)).toBe("1,234,567.9");
    expect(formatNumber(1234567.891, "fi", 1)).toBe(`1${NNBSP}234${NNBSP}567,9`);
    expect(formatNumber(12345, "sv")).toBe(`12${NNBSP}345`);
  });

  it("write percentages by the locale's rule", () => {
    expect(formatPercent(0.273, "en")).toBe("27%");
    expect(formatPercent(0.273, "fi")).toBe(`27${NBSP}%`);
    expect(formatPercent(0.2735, "sv", 1)).toBe(`27,4${NBSP}%`);
  });
});

describe("formatDate", () => {
  it("writes a calendar date in each language without shifting the day", () => {
    expect(formatDate("2025-06-30", "en")).toBe("30 June 2025");
    expect(formatDate("2025-06-30", "fi")).toBe("30.6.2025");
    expect(formatDate("2025-06-30", "sv")).toBe("30 juni 2025");
    expect(formatDate("not a date", "fi")).toBe("not a date");
  });
});

describe("formatMessage", () => {
  it("formats plain numeric arguments for the locale", () => {
    expect(formatMessage({ id: "common.list.more", params: { count: 1234.5 } }, "en")).toBe("1,234.5 more");
    expect(formatMessage({ id: "common.list.more", params: { count: 1234.5 } }, "fi")).toBe(
      `1${NNBSP}234,5 muuta`,
    );
    expect(formatMessage({ id: "common.list.more", params: { count: 3 } }, "sv")).toBe("3 till");
  });

  it("gives the English text with the message", () => {
    expect(message("common.list.more", { count: 2 })).toEqual({
      id: "common.list.more",
      params: { count: 2 },
      text: "2 more",
    });
  });

  it("falls back on the carried text for an unknown id, and refuses an unknown id without one", () => {
    expect(formatMessage({ id: "no.such.message", text: "kept" }, "fi")).toBe("kept");
    expect(() => formatMessage({ id: "no.such.message" }, "fi")).toThrow(RangeError);
  });
});

describe("localeFromEnvironment", () => {
  it("follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(localeFromEnvironment({ LANG: "fi_FI.UTF-8" })).toBe("fi");
    expect(localeFromEnvironment({ LC_MESSAGES: "sv_FI.UTF-8", LANG: "fi_FI.UTF-8" })).toBe("sv");
    expect(localeFromEnvironment({ LC_ALL: "C", LC_MESSAGES: "sv_FI", LANG: "fi_FI" })).toBe("en");
    expect(localeFromEnvironment({ LC_ALL: "", LANG: "sv" })).toBe("sv");
    expect(localeFromEnvironment({})).toBe("en");
    expect(localeFromEnvironment({ LANG: "de_DE.UTF-8" })).toBe("en");
  });
});
