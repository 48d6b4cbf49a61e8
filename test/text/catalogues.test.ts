// Every message id exists in English, Finnish and Swedish with the same placeholders, and each
// translation parses as ICU MessageFormat; the checks walk the catalogues, so a new message is covered
// the moment it is added.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOGUES, EN, type MessageId } from "../../src/text/catalogue.js";

interface Element {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
}

const LITERAL = 0;
const POUND = 7;

/** The names of the arguments a message reads, found by walking its parsed form. */
function placeholders(text: string, locale: string): string[] {
  const names = new Set<string>();
  const pending: (readonly Element[])[] = [
    new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as readonly Element[],
  ];
  for (let list = pending.pop(); list !== undefined; list = pending.pop()) {
    for (const element of list) {
      if (element.type !== LITERAL && element.type !== POUND && typeof element.value === "string") {
        names.add(element.value);
      }
      if (element.options !== undefined)
        for (const option of Object.values(element.options)) pending.push(option.value);
    }
  }
  return [...names].sort();
}

const ids = Object.keys(EN) as MessageId[];

describe("the catalogues", () => {
  it("hold at least the shared messages", () => {
    expect(ids).toContain("common.list.more");
  });

  it.each(["fi", "sv"] as const)("%s has exactly the English ids", (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("%s has the same placeholders in every language", (id) => {
    const english = placeholders(EN[id], "en");
    expect(placeholders(CATALOGUES.fi[id], "fi"), "fi").toEqual(english);
    expect(placeholders(CATALOGUES.sv[id], "sv"), "sv").toEqual(english);
  });

  it("uses ids that name their area first", () => {
    const areas = new Set([
      "common",
      "gaps",
      "brokers",
      "scenario",
      "weave",
      "clinics",
      "spread",
      "report",
      "cli",
      "help",
      "issues",
      "io",
      "options",
    ]);
    for (const id of ids) expect(areas.has(id.split(".")[0]!), id).toBe(true);
  });
});
