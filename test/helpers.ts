// Shared test helpers: the oracle's classic datasets as ecosystems, their reference values, and
// comparisons at a tolerance. Reference files: test/fixtures/oracle (see PROVENANCE.md there).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { EcosystemData } from "../src/index.js";

const ORACLE = fileURLToPath(new URL("./fixtures/oracle/", import.meta.url));

/** The classic datasets of the oracle. */
export type OracleDatasetName =
  | "karate"
  | "kite"
  | "florentine"
  | "southern-women"
  | "lesmis"
  | "borgatti"
  | "borgatti-weighted";

interface OracleDataset {
  name: string;
  directed: boolean;
  nodes: { id: string; group?: string }[];
  edges: { source: string; target: string; weight?: number }[];
}

/** One reference measure: the call that produced it and its values. */
export interface OracleMeasure<T = unknown> {
  function: string;
  options?: Record<string, unknown>;
  note?: string;
  values: T;
}

export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(`${ORACLE}${relative}`, "utf8")) as T;
}

/**
 * An oracle dataset as an ecosystem document: every node an actor of the declared role `actor`
 * (needs nothing) with its `group` as an attribute; every edge an undirected `collaboration` tie
 * carrying the dataset's weight, if any.
 */
export function oracleData(name: OracleDatasetName): EcosystemData {
  const dataset = readJson<OracleDataset>(`datasets/${name}.json`);
  return {
    name: dataset.name,
    roles: [{ id: "actor", needs: [] }],
    actors: dataset.nodes.map((node) => ({
      id: node.id,
      role: "actor",
      ...(node.group === undefined ? {} : { attributes: { group: node.group } }),
    })),
    ties: dataset.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      kind: "collaboration",
      ...(edge.weight === undefined ? {} : { weight: edge.weight }),
    })),
  };
}

/** The reference measures of one library on one dataset (`values/<dataset>.<library>.json`). */
export function oracleMeasures(
  name: OracleDatasetName,
  library: "networkx" | "igraph" | "python-igraph",
): Record<string, OracleMeasure> {
  return readJson<{ measures: Record<string, OracleMeasure> }>(`values/${name}.${library}.json`).measures;
}

/** One reference measure's values, failing loudly if the key is absent. */
export function oracleValues<T>(
  name: OracleDatasetName,
  library: "networkx" | "igraph" | "python-igraph",
  key: string,
): T {
  const measure = oracleMeasures(name, library)[key];
  if (measure === undefined) throw new Error(`no measure "${key}" in ${name}.${library}`);
  return measure.values as T;
}

/** Asserts that two id-keyed records have the same keys and values within `tolerance` (null = null). */
export function expectCloseRecord(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
  tolerance = 1e-9,
): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    const got = actual[id];
    if (value === null) {
      expect(got, `value of ${id}`).toBeNull();
    } else {
      expect(got, `value of ${id}`).not.toBeNull();
      expect(Math.abs((got as number) - value), `value of ${id}: ${got} vs ${value}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
  }
}

/** Freezes a value and everything in it, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
