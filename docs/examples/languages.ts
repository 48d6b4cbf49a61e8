// The report, the answers and a custom role in Finnish and Swedish.
// Run: npx tsx docs/examples/languages.ts
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { formatMessage } from "../../src/text/message.js";

// 1. A custom role with its names per language; Swedish has none, so the report shows its id.
const eco = createEcosystem({
  name: "Kainuu",
  roles: [{ id: "municipality", labels: { fi: "Kunta", en: "Municipality" }, needs: ["funder"] }],
  actors: [
    { id: "kajaani", label: "Kajaani", role: "municipality" },
    { id: "fund", label: "Kainuu Fund", role: "funder" },
    { id: "coop", label: "Village Co-op", role: "developer" },
    { id: "lab", label: "Skills Lab", role: "upskiller" },
  ],
  ties: [
    { source: "kajaani", target: "fund", kind: "collaboration" },
    { source: "coop", target: "lab", kind: "training" },
  ],
});

// 2. The analysis is language-neutral: every sentence is an id, its parameters and the English text.
const report = analyzeEcosystem(eco, { at: "2025-06-30" });
const gap = report.gaps[0]!;
export const english = gap.title;
export const finnish = formatMessage(gap.titleMessage, "fi");
export const swedish = formatMessage(gap.titleMessage, "sv");

// 3. The whole report in a language: words, numbers (decimal comma) and dates.
export const markdownFi = toMarkdown(report, { locale: "fi" });
export const markdownSv = toMarkdown(report, { locale: "sv" });

console.log(english);
console.log(finnish);
console.log(swedish);
console.log(markdownFi.split("\n").slice(0, 12).join("\n"));
