// The issue-18 reference values: NetworkX, computed by test/fixtures/measures/generate.py (its header
// names the version) on the oracle's classic datasets and on two seeded generated ecosystems, one
// directed, stored in test/fixtures/measures/datasets/. Never edited by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EcosystemData } from "../../src/model/schema.js";
import { ORACLE_DATASETS, type OracleDatasetName, oracleData } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../fixtures/measures/", import.meta.url));

/** The datasets with issue-18 reference values. */
export type MeasuresDatasetName = OracleDatasetName | "gen-undirected" | "gen-directed";

/** Every dataset with issue-18 reference values; the last one is directed. */
export const MEASURES_DATASETS: readonly MeasuresDatasetName[] = Object.freeze([
  ...ORACLE_DATASETS,
  "gen-undirected",
  "gen-directed",
]);

/** The datasets whose ties carry weights. */
export const WEIGHTED_MEASURES_DATASETS: readonly MeasuresDatasetName[] = Object.freeze([
  "karate",
  "lesmis",
  "borgatti-weighted",
  "gen-undirected",
  "gen-directed",
]);

interface GeneratedDataset {
  name: string;
  directed: boolean;
  nodes: { id: string; score: number }[];
  edges: { source: string; target: string; weight: number }[];
}

interface ValuesDocument {
  datasets: Record<string, Record<string, { values: unknown }>>;
}

let document: ValuesDocument | null = null;

/** One reference value of one dataset, failing loudly if the key is absent. */
export function measuresValues<T>(name: MeasuresDatasetName, key: string): T {
  document ??= JSON.parse(readFileSync(`${ROOT}values.json`, "utf8")) as ValuesDocument;
  const entry = document.datasets[name]?.[key];
  if (entry === undefined) throw new Error(`no measure "${key}" for ${name} in values.json`);
  return entry.values as T;
}

/** Whether the dataset is directed (its ties are directed `funding` ties). */
export function isDirectedDataset(name: MeasuresDatasetName): boolean {
  return name === "gen-directed";
}

/**
 * A dataset as an ecosystem document, every actor carrying the numeric attribute `score` of the
 * reference run. Classic datasets as {@link oracleData}; generated ones with `collaboration` ties, or
 * directed `funding` ties when the dataset is directed.
 */
export function measuresData(name: MeasuresDatasetName): EcosystemData {
  const scores = measuresValues<Record<string, number>>(name, "score");
  if (name !== "gen-undirected" && name !== "gen-directed") {
    const data = oracleData(name);
    return {
      ...data,
      actors: data.actors.map((actor) => ({
        ...actor,
        attributes: { ...actor.attributes, score: scores[actor.id]! },
      })),
    };
  }
  const dataset = JSON.parse(readFileSync(`${ROOT}datasets/${name}.json`, "utf8")) as GeneratedDataset;
  const kind = dataset.directed ? "funding" : "collaboration";
  return {
    name: dataset.name,
    roles: [{ id: "actor", needs: [] }],
    actors: dataset.nodes.map((node) => ({ id: node.id, role: "actor", attributes: { score: node.score } })),
    ties: dataset.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      kind,
      weight: edge.weight,
    })),
  };
}
