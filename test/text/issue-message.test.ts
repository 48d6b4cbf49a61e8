// The model layer writes its issues' English without intl-messageformat (src/text/issue-message.ts);
// here every `issues` message, through every select and plural branch, is written both ways.
import { describe, expect, it } from "vitest";
import { optionMessage } from "../../src/model/option-errors.js";
import { ISSUES_EN } from "../../src/text/catalogues/en/issues.js";
import { OPTION_NO_TIE_KIND } from "../../src/text/catalogues/en/options.js";
import { type IssueMessageId, issueMessage } from "../../src/text/issue-message.js";
import { formatMessage, type MessageParams } from "../../src/text/message.js";

/** Argument names and, for selects, their branch keys, read from the pattern with a plain scan. */
function argumentsOf(pattern: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of pattern.matchAll(/\{(\w+)(?:,\s*(\w+)\s*(?:,([\s\S]*?))?)?\}/g)) {
    const [, name, kind] = match;
    if (name === undefined || found.has(name)) continue;
    if (kind === "select") {
      const keys = [...pattern.slice(match.index).matchAll(/(\w+) \{/g)].map((m) => m[1]!);
      found.set(name, ["select", ...keys]);
    } else found.set(name, [kind ?? "plain"]);
  }
  return found;
}

function cases(pattern: string): MessageParams[] {
  let all: Record<string, string | number | readonly string[]>[] = [{}];
  for (const [name, [kind, ...keys]] of argumentsOf(pattern)) {
    const values: (string | number | readonly string[])[] =
      kind === "select"
        ? [...keys, "unlisted"]
        : kind === "plural" || kind === "number"
          ? [0, 1, 2, 12345]
          : ["zz", 1234.5, ["a", "b", "c"], ["a", "b", "c", "d", "e", "f", "g"]];
    all = all.flatMap((params) => values.map((value) => ({ ...params, [name]: value })));
  }
  return all;
}

describe("issueMessage", () => {
  const ids = Object.keys(ISSUES_EN) as IssueMessageId[];
  it.each(ids)("writes %s as the catalogue does", (id) => {
    const all = cases(ISSUES_EN[id]);
    expect(all.length).toBeGreaterThan(0);
    for (const params of all) expect(issueMessage(id, params).text).toBe(formatMessage({ id, params }, "en"));
  });

  it("writes a nested message by its English text", () => {
    const hint = issueMessage("issues.didYouMean", { name: '"funding"' });
    const made = optionMessage("options.noTieKind", OPTION_NO_TIE_KIND, {
      fn: "betweenness",
      count: 1,
      kinds: "fundng",
      hint,
    });
    expect(made.text).toBe(formatMessage(made, "en"));
    expect(made.text).toContain('did you mean "funding"');
  });
});
