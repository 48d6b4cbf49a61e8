import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/model/schema.js";

describe("parseIsoDate", () => {
  it("agrees with Date.UTC on every real date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0001-01-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const day = Math.floor(date.getTime() / 86_400_000);
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(parseIsoDate(iso)).toBe(day);
        },
      ),
      { numRuns: 2000, seed: 29 },
    );
  });

  it.each([
    "2023-02-29",
    "2100-02-29",
    "2024-04-31",
    "2024-00-10",
    "2024-13-01",
    "2024-01-00",
    "2024-1-01",
    "2024-01-01T00:00",
    "20240101",
    "２０２４-01-01",
    "",
  ])("refuses %j", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it("accepts leap days of leap years", () => {
    expect(parseIsoDate("2024-02-29")).toBe(19_782);
    expect(parseIsoDate("2000-02-29")).toBe(11_016);
    expect(parseIsoDate("1970-01-01")).toBe(0);
  });
});
