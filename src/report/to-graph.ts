/**
 * `toGraph`: an analysis report as a graphology graph ready for sigma.js — positions, sizes, colours
 * and labels set, the report's per-actor results on the nodes — so a web map draws what the report
 * found without laying out or computing again.
 *
 * @packageDocumentation
 */
import { MultiGraph } from "graphology";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleOneOf } from "../model/option-errors.js";
import { tieFilter, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import type { EcosystemReport, ReportActorRow } from "./analyze-ecosystem.js";
import { checkReport } from "./check-report.js";
import { checkLayoutSettings, LAYOUT_ECOSYSTEM_DEFAULTS, layoutView } from "./layout.js";
import { roleColors, TIE_COLOR } from "./palette.js";

/** What sets a node's `size`. */
export type GraphSizeBy = "degree" | "betweenness" | "none";

/** Options of {@link toGraph}. */
export interface ToGraphOptions {
  /**
   * ForceAtlas2 iterations of the layout, an integer ≥ 1 (see `layoutEcosystem`).
   * @defaultValue 300
   */
  iterations?: number;
  /**
   * Which of the report's per-actor numbers sets a node's `size`: its degree, its betweenness, or
   * nothing (all equal).
   * @defaultValue "degree"
   */
  sizeBy?: GraphSizeBy;
}

/** The defaults of {@link ToGraphOptions}. */
export const TO_GRAPH_DEFAULTS = Object.freeze({
  iterations: LAYOUT_ECOSYSTEM_DEFAULTS.iterations,
  sizeBy: "degree",
} satisfies ToGraphOptions);

/**
 * A node of {@link toGraph}'s graph: what sigma.js draws, then the report's row of the actor (its
 * {@link ReportActorRow} without the id, which is the node's key).
 */
export interface GraphActorAttributes extends Omit<ReportActorRow, "id"> {
  /** Position from `layoutEcosystem` (its own units; sigma.js rescales). */
  x: number;
  y: number;
  /** 3 + 11 · (v − v_min) / (v_max − v_min) for the `sizeBy` value v; 6 when all are equal or `"none"`. */
  size: number;
  /** The role's colour, as in `toSvg`'s picture (Okabe–Ito). */
  color: string;
  /** Whether the actor is among the report's bridge actors. */
  bridgeActor: boolean;
}

/** An edge of {@link toGraph}'s graph: one tie of the ecosystem that the report counted. */
export interface GraphTieAttributes {
  kind: string;
  /** The tie's strength (1 when the document gave none). */
  weight: number;
  /** The colour of ties in `toSvg`'s picture. */
  color: string;
  /** min(3, 0.6 + 0.4 · log2(1 + weight)), the stroke width of `toSvg`'s picture. */
  size: number;
  amount?: number;
  since?: string;
  until?: string;
}

/** The graph attributes of {@link toGraph}'s graph. */
export interface GraphReportAttributes {
  /** The ecosystem's name, or `null`. */
  name: string | null;
  /** What the report counted and how: its `generatedWith`. */
  generatedWith: EcosystemReport["generatedWith"];
}

/** The graph {@link toGraph} returns. */
export type ReportGraph = MultiGraph<GraphActorAttributes, GraphTieAttributes, GraphReportAttributes>;

const FN = "toGraph";

const TO_GRAPH_OPTION_KEYS = optionKeys<ToGraphOptions>({ iterations: true, sizeBy: true });

function sizeValue(row: ReportActorRow, sizeBy: GraphSizeBy): number {
  return sizeBy === "betweenness" ? row.betweenness : sizeBy === "degree" ? row.degree : 0;
}

/**
 * An analysis report on a graphology graph for sigma.js (or graphology-gexf, or any graphology tool):
 * one node per actor of the report with `x`, `y`, `size`, `color`, `label`, `role` and the report's
 * per-actor results, and one edge per tie the report counted with its `kind`, `weight`, `color` and
 * `size`.
 *
 * @remarks
 * Nodes, in the report's actor order (id order): `x`, `y` from `layoutEcosystem` with the report's
 * `kinds`, `at` and `seed` (so the map matches `toHtml`'s picture drawn with its default options),
 * `size` from the report's degree or betweenness (scaled as `toSvg` scales radii), `color` by role
 * (`toSvg`'s colours), `label`, `role`, a copy of `attributes`, then `degree`, `betweenness`,
 * `constraint`, `effectiveSize`, `community`, `coreNumber` exactly as in the report's row, and
 * `bridgeActor`. Edges: the ecosystem's ties that pass the report's `kinds` and `at` filters, each
 * under the ecosystem's edge key, directed where the tie is, parallel ties kept apart (a multigraph
 * of type `mixed`). Graph attributes: `name` and `generatedWith`.
 * Nothing is computed again but the layout; the ecosystem and the report are not touched.
 * Time complexity: the layout's (see `layoutEcosystem`), plus O(n + m).
 *
 * @param report - from `analyzeEcosystem(eco, options)`.
 * @param eco - the ecosystem the report was made from (for the ties and the layout).
 * @param options - `iterations`, `sizeBy`.
 * @returns a new graphology `MultiGraph`.
 * @throws {@link EcoweaveError} `invalid_argument` when `report` is not a report, `eco` not an
 *   ecosystem, or the report's actors are not the ecosystem's (naming the first that differs).
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one), `iterations`
 *   that is not an integer ≥ 1, or a `sizeBy` other than `"degree"`, `"betweenness"`, `"none"`.
 * @example
 * const eco = sampleEcosystem();
 * const graph = toGraph(analyzeEcosystem(eco), eco);
 * // new Sigma(graph, container) draws the report's map
 * graph.getNodeAttribute("f-esf", "role"); // "funder"
 * @see {@link layoutEcosystem}
 * @category Reports
 */
export function toGraph(report: EcosystemReport, eco: Ecosystem, options: ToGraphOptions = {}): ReportGraph {
  checkReport(FN, report);
  checkArguments(FN, eco, options, TO_GRAPH_OPTION_KEYS);
  const iterations = options.iterations ?? TO_GRAPH_DEFAULTS.iterations;
  const sizeBy = options.sizeBy ?? TO_GRAPH_DEFAULTS.sizeBy;
  const settings = report.generatedWith;
  checkLayoutSettings(FN, settings.seed, iterations);
  if (!["degree", "betweenness", "none"].includes(sizeBy)) {
    throw mustBe(FN, "sizeBy", `"${String(sizeBy)}"`, ruleOneOf(['"degree"', '"betweenness"', '"none"']));
  }
  const filters: ViewOptions = {};
  if (settings.kinds !== null) filters.kinds = settings.kinds;
  if (settings.at !== null) filters.at = settings.at;
  const view = getView(eco, filters);
  const rows = report.actors;
  for (let i = 0; i < Math.max(rows.length, view.order); i++) {
    if (rows[i]?.id !== view.ids[i]) {
      const id = rows[i]?.id ?? view.ids[i]!;
      throw new EcoweaveError(
        "invalid_argument",
        `${FN}: the report was not made from this ecosystem (actor ${JSON.stringify(id)} is in one and not the other)`,
      );
    }
  }

  const { x, y } = layoutView(view, settings.seed, iterations);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    low = Math.min(low, sizeValue(row, sizeBy));
    high = Math.max(high, sizeValue(row, sizeBy));
  }
  const colors = roleColors(rows.map((row) => row.role));
  const bridges = new Set(report.bridgeActors.map((actor) => actor.id));
  const graph: ReportGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  graph.replaceAttributes({ name: report.overview.name, generatedWith: structuredClone(settings) });
  rows.forEach((row, i) => {
    const value = sizeValue(row, sizeBy);
    graph.addNode(row.id, {
      x: x[i]!,
      y: y[i]!,
      size: sizeBy === "none" || !(high > low) ? 6 : 3 + (11 * (value - low)) / (high - low),
      color: colors.get(row.role)!,
      label: row.label,
      role: row.role,
      attributes: structuredClone(row.attributes),
      degree: row.degree,
      betweenness: row.betweenness,
      constraint: row.constraint,
      effectiveSize: row.effectiveSize,
      community: row.community,
      coreNumber: row.coreNumber,
      bridgeActor: bridges.has(row.id),
    });
  });
  const accepts = tieFilter(filters);
  eco.forEachEdge((edge, tie, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    if (accepts !== null && !accepts(tie)) return;
    const weight = tie.weight ?? 1;
    const attributes: GraphTieAttributes = {
      kind: tie.kind,
      weight,
      color: TIE_COLOR,
      size: Math.min(3, 0.6 + 0.4 * Math.log2(1 + weight)),
      ...(tie.amount === undefined ? {} : { amount: tie.amount }),
      ...(tie.since === undefined ? {} : { since: tie.since }),
      ...(tie.until === undefined ? {} : { until: tie.until }),
    };
    if (undirected) graph.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else graph.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return graph;
}
