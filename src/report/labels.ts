/**
 * Wording shared by the Markdown and HTML renderers: actor names from the report's table, the stage
 * in a sentence, the plan's before/after figures as rows of formatted text.
 *
 * @packageDocumentation
 */
import type { NetworkStage } from "../brokers/diagnose-stage.js";
import type { WeavingPlan } from "../weave/plan-weaving.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import type { EcosystemOverview } from "./overview.js";
import { formatNumber, formatPercent } from "./text.js";

/**
 * The labels of `ids` from the report's actor table (the id itself for an id not in it). One pass over
 * the table per call: O(n + k) for k ids.
 */
export function actorLabels(report: EcosystemReport, ids: readonly string[]): string[] {
  const wanted = new Map<string, string>();
  for (const id of ids) wanted.set(id, id);
  for (const row of report.actors) if (wanted.has(row.id)) wanted.set(row.id, row.label);
  return ids.map((id) => wanted.get(id)!);
}

const STAGES: Readonly<Record<NetworkStage, string>> = {
  "scattered-fragments":
    "Scattered fragments: small clusters that do not know each other (the first of Krebs and Holley's four stages).",
  "hub-and-spoke":
    "Hub-and-spoke: one hub holds the network together (the second of Krebs and Holley's four stages).",
  "multi-hub": "Multi-hub: several hubs share the weaving (the third of Krebs and Holley's four stages).",
  "core-periphery":
    "Core and periphery: a dense core with a periphery reaching outside (the fourth of Krebs and Holley's four stages).",
};

/** The network's stage in one sentence. */
export function stageSentence(stage: NetworkStage): string {
  return STAGES[stage];
}

/** The overview's figures as (measure, value) rows, every value formatted. */
export function overviewFigureRows(overview: EcosystemOverview): [string, string][] {
  const o = overview;
  return [
    ["Actors", String(o.actors)],
    ["Ties", String(o.ties)],
    ["Tied pairs", String(o.tiedPairs)],
    ["Density", formatNumber(o.density, 4)],
    ["Mean contacts per actor", formatNumber(o.meanDegree, 2)],
    ["Components", String(o.components)],
    [
      "Largest component",
      o.largestComponentShare === null
        ? "–"
        : `${o.largestComponent} actors (${formatPercent(o.largestComponentShare)})`,
    ],
    ["Isolates", String(o.isolates.length)],
  ];
}

/** One row of the plan's before/after table, every value formatted. */
export interface PlanFigureRow {
  measure: string;
  before: string;
  after: string;
  change: string;
}

function signed(value: number, digits: number): string {
  const text = formatNumber(value, digits);
  return value > 0 ? `+${text}` : text;
}

/** The plan's figures before and after, as formatted rows. */
export function planFigureRows(plan: WeavingPlan): PlanFigureRow[] {
  const { before, after } = plan;
  return [
    {
      measure: "Global efficiency",
      before: formatNumber(before.globalEfficiency, 4),
      after: formatNumber(after.globalEfficiency, 4),
      change: signed(after.globalEfficiency - before.globalEfficiency, 4),
    },
    {
      measure: "Components",
      before: String(before.components),
      after: String(after.components),
      change: signed(after.components - before.components, 0),
    },
    {
      measure: "Largest component",
      before: formatPercent(before.largestComponentShare),
      after: formatPercent(after.largestComponentShare),
      change: `${signed(Math.round((after.largestComponentShare - before.largestComponentShare) * 1000) / 10, 1)} points`,
    },
    {
      measure: "Unmet needs (actor, role)",
      before: String(before.coverageGaps),
      after: String(after.coverageGaps),
      change: signed(after.coverageGaps - before.coverageGaps, 0),
    },
    {
      measure: "Single points of failure",
      before: String(before.singlePointsOfFailure),
      after: String(after.singlePointsOfFailure),
      change: signed(after.singlePointsOfFailure - before.singlePointsOfFailure, 0),
    },
  ];
}
