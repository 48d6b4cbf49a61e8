/**
 * The graph a cascade runs on: the analysis view relabelled in sorted-id order (so that nothing
 * depends on file order), with each arc's chance of passing the innovation on.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { mustBeGot, optionError, ruleProbability } from "../model/option-errors.js";
import { type EcosystemView, type ViewOptions, viewOptionsOf } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import {
  OPTION_LISTED_TWICE,
  OPTION_NO_KIND_CHANCE,
  OPTION_NO_ROLE_PAIR_CHANCE,
  OPTION_NOT_ACTOR,
  OPTION_SEEDS_EMPTY,
} from "../text/catalogues/en/options.js";
import { arcKeyOf } from "./coins.js";
import { checkChance, SPREAD_MODEL_DEFAULTS, type SpreadModel, type SpreadProbability } from "./options.js";

/** The per-unit chance p0 of `probability: "weight"`. */
export const WEIGHT_UNIT_PROBABILITY = 0.1;

/**
 * Actors `0 … n−1` in sorted-id order; out-arcs of `u` are `targets[offsets[u] … offsets[u+1]−1]`,
 * sorted ascending, in-arcs likewise in `sources`. `chance` is the independent-cascade probability
 * of the arc, or its linear-threshold influence weight (strength over the receiver's summed strength).
 * @internal
 */
export interface SpreadGraph {
  readonly model: SpreadModel;
  readonly order: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly chance: Float64Array;
  /** `chance` as a 32-bit threshold: the arc is live when its coin's hash is below it. */
  readonly limit: Float64Array;
  /** Largest `chance` in each actor's out-row (0 for none). */
  readonly rowMaxChance: Float64Array;
  /** ln(1 − rowMaxChance), for geometric skips over a row. */
  readonly rowLogMiss: Float64Array;
  /** Largest `inChance` in each actor's in-row, and ln(1 − it): the reverse cascade's skips. */
  readonly inRowMaxChance: Float64Array;
  readonly inRowLogMiss: Float64Array;
  /** Counter-based coin key of each out-arc (see coins.ts). */
  readonly arcKey: Int32Array;
  readonly inOffsets: Int32Array;
  readonly sources: Int32Array;
  readonly inChance: Float64Array;
  /** `inChance` as a 32-bit threshold, as `limit`. */
  readonly inLimit: Float64Array;
  /** Coin key of each in-arc: the key of the same arc in the out-rows. */
  readonly inArcKey: Int32Array;
  /** Summed strength of the ties into each actor (linear threshold's normaliser). */
  readonly inStrength: Float64Array;
  /** Chance of a new tie from `tail` to `head` of `kind` and `weight`, under the same probability rule. */
  readonly chanceOfNewTie: (tail: number, head: number, kind: string, weight: number) => number;
  /** Dense index of the view → actor index here. */
  readonly rankOfView: Int32Array;
  readonly view: EcosystemView;
}

/** A CSR of arcs `tails[a] → heads[a]`, heads sorted ascending within each row. O(n + m). */
function sortedRows(
  order: number,
  tails: Int32Array,
  heads: Int32Array,
  values: Float64Array,
): { offsets: Int32Array; targets: Int32Array; values: Float64Array } {
  const m = tails.length;
  const byHead = new Int32Array(order + 1);
  for (let a = 0; a < m; a++) byHead[heads[a]! + 1]!++;
  for (let h = 0; h < order; h++) byHead[h + 1]! += byHead[h]!;
  const headOrder = new Int32Array(m);
  const fill = byHead.slice(0, order);
  for (let a = 0; a < m; a++) headOrder[fill[heads[a]!]!++] = a;
  const offsets = new Int32Array(order + 1);
  for (let a = 0; a < m; a++) offsets[tails[a]! + 1]!++;
  for (let t = 0; t < order; t++) offsets[t + 1]! += offsets[t]!;
  const targets = new Int32Array(m);
  const sorted = new Float64Array(m);
  const cursor = offsets.slice(0, order);
  for (let k = 0; k < m; k++) {
    const a = headOrder[k]!;
    const write = cursor[tails[a]!]!++;
    targets[write] = heads[a]!;
    sorted[write] = values[a]!;
  }
  return { offsets, targets, values: sorted };
}

/** Position of arc `u → v` in the view's out-rows, by binary search (−1 when absent). */
function arcPosition(view: EcosystemView, u: number, v: number): number {
  let low = view.offsets[u]!;
  let high = view.offsets[u + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const target = view.targets[middle]!;
    if (target === v) return middle;
    if (target < v) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

type ChanceRule = (kind: string | null, tailRole: string, headRole: string, weight: number) => number;

/** The kinds of the ties that pass the `kinds` filter, sorted. */
function kindsPresent(eco: Ecosystem, options: ViewOptions): string[] {
  const allowed = options.kinds === undefined ? null : new Set(options.kinds);
  const kinds = new Set<string>();
  eco.forEachEdge((_edge, tie) => {
    if (allowed === null || allowed.has(tie.kind)) kinds.add(tie.kind);
  });
  return [...kinds].sort(compareIds);
}

/** Resolves a probability option into a rule, checking every value it will use. */
function chanceRule(probability: SpreadProbability, fn: string): { rule: ChanceRule; byKind: boolean } {
  if (typeof probability === "number") {
    const p = checkChance(probability, "probability", fn);
    return { rule: () => p, byKind: false };
  }
  if (
    probability === "weight" ||
    (typeof probability === "object" && probability !== null && "weight" in probability)
  ) {
    const p0 =
      probability === "weight"
        ? WEIGHT_UNIT_PROBABILITY
        : checkChance(probability.weight, "probability.weight", fn);
    return { rule: (_kind, _a, _b, weight) => 1 - (1 - p0) ** weight, byKind: false };
  }
  if (typeof probability === "object" && probability !== null && "kind" in probability) {
    const table = new Map<string, number>();
    for (const [kind, p] of Object.entries(probability.kind))
      table.set(kind, checkChance(p, `probability.kind.${kind}`, fn));
    const otherwise =
      probability.otherwise === undefined
        ? null
        : checkChance(probability.otherwise, "probability.otherwise", fn);
    return {
      rule: (kind) => {
        const p = kind === null ? undefined : table.get(kind);
        if (p !== undefined) return p;
        if (otherwise !== null) return otherwise;
        throw optionError("options.noKindChance", OPTION_NO_KIND_CHANCE, { fn, kind: String(kind) });
      },
      byKind: true,
    };
  }
  if (typeof probability === "object" && probability !== null && "rolePair" in probability) {
    const table = new Map<string, number>();
    for (const [from, row] of Object.entries(probability.rolePair)) {
      for (const [to, p] of Object.entries(row)) {
        table.set(`${from}\u0000${to}`, checkChance(p, `probability.rolePair.${from}.${to}`, fn));
      }
    }
    const otherwise =
      probability.otherwise === undefined
        ? null
        : checkChance(probability.otherwise, "probability.otherwise", fn);
    return {
      rule: (_kind, tailRole, headRole) => {
        const p = table.get(`${tailRole}\u0000${headRole}`);
        if (p !== undefined) return p;
        if (otherwise !== null) return otherwise;
        throw optionError("options.noRolePairChance", OPTION_NO_ROLE_PAIR_CHANCE, {
          fn,
          tail: String(tailRole),
          head: String(headRole),
        });
      },
      byKind: false,
    };
  }
  throw mustBeGot(
    fn,
    "probability",
    String(JSON.stringify(probability)),
    ruleProbability(['"weight"', "{ weight }", "{ kind }", "{ rolePair }"]),
  );
}

/**
 * Builds the spread graph of `eco` under the view options, the model and the probability rule.
 * O(n log n + m) (the sort of the ids), plus one view per tie kind for `probability: { kind }`.
 * @internal
 */
export function createSpreadGraph(
  eco: Ecosystem,
  options: ViewOptions & { probability?: SpreadProbability },
  model: SpreadModel,
  fn: string,
): SpreadGraph {
  const viewOptions = viewOptionsOf(options);
  const view = getView(eco, viewOptions);
  const n = view.order;
  const canonical = view.ids.map((id, i) => ({ id, i })).sort((a, b) => compareIds(a.id, b.id));
  const ids = canonical.map((entry) => entry.id);
  const rankOfView = new Int32Array(n);
  for (let c = 0; c < n; c++) rankOfView[canonical[c]!.i] = c;
  const index = new Map<string, number>();
  for (let c = 0; c < n; c++) index.set(ids[c]!, c);
  const roles = view.ids.map((id) => eco.getNodeAttributes(id).role);

  const m = view.targets.length;
  const arcChance = new Float64Array(m);
  const strengthInto = new Float64Array(n);
  for (let e = 0; e < m; e++) strengthInto[view.targets[e]!]! += view.weights[e]!;

  let chanceOfNewTie: SpreadGraph["chanceOfNewTie"];
  if (model === "linear-threshold") {
    for (let u = 0; u < n; u++) {
      for (let e = view.offsets[u]!; e < view.offsets[u + 1]!; e++) {
        arcChance[e] = view.weights[e]! / strengthInto[view.targets[e]!]!;
      }
    }
    chanceOfNewTie = () => 0;
  } else {
    const { rule, byKind } = chanceRule(options.probability ?? SPREAD_MODEL_DEFAULTS.probability, fn);
    if (byKind) {
      // Each kind joining a pair is its own chance: multiply the chances of failing.
      const fails = new Float64Array(m).fill(1);
      for (const kind of kindsPresent(eco, viewOptions)) {
        const p = rule(kind, "", "", 1);
        const kindView = getView(eco, { ...viewOptions, kinds: [kind] });
        for (let u = 0; u < n; u++) {
          for (let e = kindView.offsets[u]!; e < kindView.offsets[u + 1]!; e++) {
            const at = arcPosition(view, u, kindView.targets[e]!);
            if (at >= 0) fails[at]! *= 1 - p;
          }
        }
      }
      for (let e = 0; e < m; e++) arcChance[e] = 1 - fails[e]!;
    } else {
      for (let u = 0; u < n; u++) {
        for (let e = view.offsets[u]!; e < view.offsets[u + 1]!; e++) {
          arcChance[e] = rule(null, roles[u]!, roles[view.targets[e]!]!, view.weights[e]!);
        }
      }
    }
    const viewIndexOf = new Int32Array(n);
    for (let i = 0; i < n; i++) viewIndexOf[rankOfView[i]!] = i;
    chanceOfNewTie = (tail, head, kind, weight) =>
      rule(kind, roles[viewIndexOf[tail]!]!, roles[viewIndexOf[head]!]!, weight);
  }

  const tails = new Int32Array(m);
  const heads = new Int32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = view.offsets[u]!; e < view.offsets[u + 1]!; e++) {
      tails[e] = rankOfView[u]!;
      heads[e] = rankOfView[view.targets[e]!]!;
    }
  }
  const out = sortedRows(n, tails, heads, arcChance);
  const inward = sortedRows(n, heads, tails, arcChance);
  const arcKey = new Int32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = out.offsets[u]!; e < out.offsets[u + 1]!; e++) arcKey[e] = arcKeyOf(u, out.targets[e]!);
  }
  const limit = new Float64Array(m);
  const inLimit = new Float64Array(m);
  const inArcKey = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    limit[e] = Math.ceil(out.values[e]! * 4294967296);
    inLimit[e] = Math.ceil(inward.values[e]! * 4294967296);
  }
  for (let v = 0; v < n; v++) {
    for (let e = inward.offsets[v]!; e < inward.offsets[v + 1]!; e++)
      inArcKey[e] = arcKeyOf(inward.targets[e]!, v);
  }
  const rowMaxChance = new Float64Array(n);
  const rowLogMiss = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let e = out.offsets[u]!; e < out.offsets[u + 1]!; e++)
      rowMaxChance[u] = Math.max(rowMaxChance[u]!, out.values[e]!);
    rowLogMiss[u] = Math.log(1 - rowMaxChance[u]!);
  }
  const inRowMaxChance = new Float64Array(n);
  const inRowLogMiss = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = inward.offsets[v]!; e < inward.offsets[v + 1]!; e++) {
      inRowMaxChance[v] = Math.max(inRowMaxChance[v]!, inward.values[e]!);
    }
    inRowLogMiss[v] = Math.log(1 - inRowMaxChance[v]!);
  }
  const inStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) inStrength[rankOfView[i]!] = strengthInto[i]!;
  return {
    model,
    order: n,
    ids,
    index,
    offsets: out.offsets,
    targets: out.targets,
    chance: out.values,
    limit,
    rowMaxChance,
    rowLogMiss,
    inRowMaxChance,
    inRowLogMiss,
    arcKey,
    inOffsets: inward.offsets,
    sources: inward.targets,
    inChance: inward.values,
    inLimit,
    inArcKey,
    inStrength,
    chanceOfNewTie,
    rankOfView,
    view,
  };
}

/**
 * The seed actors as indices of `graph`, sorted: refuses an empty list, an unknown id and an id given twice.
 * @internal
 */
export function resolveSeeds(
  graph: SpreadGraph,
  seeds: readonly string[] | undefined,
  fn: string,
): Int32Array {
  if (!Array.isArray(seeds) || seeds.length === 0) {
    throw optionError("options.seedsEmpty", OPTION_SEEDS_EMPTY, { fn });
  }
  const resolved = new Int32Array(seeds.length);
  const seen = new Set<string>();
  for (let s = 0; s < seeds.length; s++) {
    const id = seeds[s]!;
    const at = graph.index.get(id);
    if (at === undefined)
      throw optionError("options.notActor", OPTION_NOT_ACTOR, { fn, option: "seed", id: `"${String(id)}"` });
    if (seen.has(id)) throw optionError("options.listedTwice", OPTION_LISTED_TWICE, { fn, what: "seed", id });
    seen.add(id);
    resolved[s] = at;
  }
  return resolved.sort();
}
