// Shared test helpers: the oracle's classic datasets as ecosystems, their reference values, and
// comparisons at a tolerance; small documents built from an edge list; the issues of a refusal.
// Reference files: test/fixtures/oracle (see PROVENANCE.md there).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { EcosystemValidationError, type ValidationIssue } from "../src/model/errors.js";
import type { EcosystemData } from "../src/model/schema.js";

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

/** The seven classic datasets of the oracle. */
export const ORACLE_DATASETS: readonly OracleDatasetName[] = Object.freeze([
  "karate",
  "kite",
  "florentine",
  "southern-women",
  "lesmis",
  "borgatti",
  "borgatti-weighted",
]);

/** The oracle datasets whose ties carry weights. */
export const WEIGHTED_ORACLE_DATASETS: readonly OracleDatasetName[] = Object.freeze([
  "karate",
  "lesmis",
  "borgatti-weighted",
]);

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

/** Actors `ids`, in the order given, all of one role (developers unless `role` is given). */
export function actorsOf(ids: readonly string[], role = "developer"): EcosystemData["actors"] {
  return ids.map((id) => ({ id, role }));
}

/** An actor of `role`, with a `region` attribute when one is given. */
export function actorWithRegion(id: string, role: string, region?: string): EcosystemData["actors"][number] {
  return { id, role, ...(region === undefined ? {} : { attributes: { region } }) };
}

/**
 * Ties for `pairs`, in the order given, all of one kind (undirected collaboration unless `kind` is
 * given); a pair's optional third entry is the tie's weight.
 */
export function tiesFromPairs(
  pairs: readonly (readonly [string, string, number?])[],
  kind = "collaboration",
): EcosystemData["ties"] {
  return pairs.map(([source, target, weight]) => ({
    source,
    target,
    kind,
    ...(weight === undefined ? {} : { weight }),
  }));
}

/**
 * A deep-frozen document of actors `ids` joined by ties `pairs` (developers and collaboration ties
 * unless `role` and `kind` are given; see {@link actorsOf} and {@link tiesFromPairs}).
 */
export function edgeListData(
  ids: readonly string[],
  pairs: readonly (readonly [string, string, number?])[],
  options: { role?: string; kind?: string } = {},
): EcosystemData {
  return deepFreeze<EcosystemData>({
    actors: actorsOf(ids, options.role),
    ties: tiesFromPairs(pairs, options.kind),
  });
}

/**
 * Six actors, two of each role, on a ring with one chord (`d1`–`d2`): a small document on which
 * every measure and answer has something to work on (the argument-check tests call every entry on it).
 */
export function ringDocument(): EcosystemData {
  return {
    actors: ["f1", "f2", "d1", "d2", "u1", "u2"].map((id) => ({
      id,
      role: id.startsWith("f") ? "funder" : id.startsWith("d") ? "developer" : "upskiller",
    })),
    ties: tiesFromPairs([
      ["f1", "d1"],
      ["d1", "u1"],
      ["u1", "f2"],
      ["f2", "d2"],
      ["d2", "u2"],
      ["u2", "f1"],
      ["d1", "d2"],
    ]),
  };
}

/** The issues of the {@link EcosystemValidationError} that `run` throws; fails if it throws anything else or nothing. */
export function thrownIssues(run: () => unknown): readonly ValidationIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EcosystemValidationError);
    return (error as EcosystemValidationError).issues;
  }
  throw new Error("expected an EcosystemValidationError");
}

/** Issues as `path code` lines, for comparing where a refusal placed its problems. */
export function issuePlaces(issues: readonly { path: string; code: string }[]): string[] {
  return issues.map((issue) => `${issue.path} ${issue.code}`);
}

/** The source file of each package entry, for a docs snippet run against the source. */
const ENTRY_SOURCES: Readonly<Record<string, string>> = {
  ecoweave: "src/index.ts",
  "ecoweave/io": "src/io.ts",
  "ecoweave/report": "src/report.ts",
  "ecoweave/defaults": "src/defaults.ts",
  "ecoweave/node": "src/node.ts",
};

/** A docs snippet's package imports (`"ecoweave"`, `"ecoweave/io"`, …) pointed at the source entries. */
export function withSourceImports(code: string, root: string, prefix = ""): string {
  return code.replace(/from "(?:npm:)?(ecoweave(?:\/[a-z]+)?)"/g, (whole, entry: string) => {
    const source = ENTRY_SOURCES[entry];
    if (source === undefined || !whole.includes(`"${prefix}${entry}"`)) return whole;
    return `from ${JSON.stringify(`${root.replace(/\/$/, "")}/${source}`)}`;
  });
}

/** The package entry a reader imports a source module from: `ecoweave/io`, `ecoweave/report` or `ecoweave`. */
export function packageEntryOf(sourcePath: string): string {
  const area = /src\/(io|report)\//.exec(sourcePath)?.[1];
  return area === undefined ? "ecoweave" : `ecoweave/${area}`;
}

/** A docs example's source imports (`../../src/…`) as a reader writes them, from the package's entries. */
export function withPackageImports(code: string): string {
  return code.replace(
    /from "(\.\.\/\.\.\/src\/[^"]+\.js)"/g,
    (_, path: string) => `from "${packageEntryOf(path)}"`,
  );
}
