/**
 * A seeded generator of synthetic ecosystems with regional blocks, role-pair propensities and
 * heavy-tailed degrees, for tests, demos and benchmarks up to 10⁵ actors and 10⁶ ties.
 *
 * @packageDocumentation
 */

import { MultiGraph } from "graphology";
import { createRandom, type Random } from "../internal/rng.js";
import {
  type AdjacencyUses,
  DICTIONARY_ADJACENCY_MIN_TIES,
  emptyAdjacencyUses,
  prepareDictionaryAdjacency,
  recordTieUse,
} from "../model/adjacency.js";
import { checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import type { ActorAttributes, Ecosystem, EcosystemAttributes, TieAttributes } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import {
  isNot,
  mustBeBare,
  optionError,
  ruleFinite,
  ruleIntegerGe,
  ruleNumberGe,
  ruleNumberGt,
  ruleRegionList,
  ruleWithin,
} from "../model/option-errors.js";
import type { Actor, EcosystemData, Tie } from "../model/schema.js";
import { OPTION_ROLES_SHARE } from "../text/catalogues/en/options.js";
import type { Message } from "../text/message.js";

/** The keys of {@link GenerateOptions}, checked at run time (see `checkOptionKeys`). */
const GENERATE_OPTION_KEYS = optionKeys<GenerateOptions>({
  actors: true,
  meanDegree: true,
  seed: true,
  roles: true,
  regions: true,
  withinRegion: true,
  exponent: true,
  rolePairs: true,
  name: true,
});

/** The three built-in roles, the only roles the generator assigns. */
export type GeneratedRole = "developer" | "upskiller" | "funder";

/** An unordered pair of built-in roles, written in the order the tie runs (funder → developer). */
export type GeneratedRolePair =
  | "developer-developer"
  | "funder-developer"
  | "upskiller-developer"
  | "funder-upskiller"
  | "upskiller-upskiller"
  | "funder-funder";

/** Options of {@link generateEcosystem}. */
export interface GenerateOptions {
  /** Number of actors, an integer ≥ 2. Ids are `a` followed by the zero-padded index (`a0000` …). */
  actors: number;
  /**
   * Mean number of ties per actor, counting every tie (parallel ties included): the document has
   * round(actors · meanDegree / 2) ties.
   * @defaultValue 6
   */
  meanDegree?: number;
  /**
   * Seed of the generator: the same options and seed give deep-equal documents.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Shares of the three built-in roles (non-negative, normalised to sum 1).
   * @defaultValue `{ developer: 0.7, upskiller: 0.15, funder: 0.15 }`
   */
  roles?: Readonly<Partial<Record<GeneratedRole, number>>>;
  /**
   * Regions, each drawn with equal probability for every actor (attribute `region`).
   * @defaultValue the 18 mainland regions of Finland ({@link FINNISH_REGIONS})
   */
  regions?: readonly string[];
  /**
   * Probability that a tie stays inside its source's region (the block structure).
   * @defaultValue 0.8
   */
  withinRegion?: number;
  /**
   * Exponent γ of the power-law distribution of expected degrees, P(w) ∝ w^−γ, γ > 2.
   * @defaultValue 2.5
   */
  exponent?: number;
  /**
   * Relative propensity of each role pair among ties (non-negative, normalised over the pairs whose
   * roles have actors). A pair not listed keeps its default.
   * @defaultValue `{ "developer-developer": 0.4, "funder-developer": 0.25, "upskiller-developer": 0.2,
   * "funder-upskiller": 0.06, "upskiller-upskiller": 0.05, "funder-funder": 0.04 }`
   */
  rolePairs?: Readonly<Partial<Record<GeneratedRolePair, number>>>;
  /**
   * The document's `name`.
   * @defaultValue `"Generated ecosystem"`
   */
  name?: string;
}

/** The 18 regions of mainland Finland (maakunnat), the default regions of the generator. */
export const FINNISH_REGIONS: readonly string[] = Object.freeze([
  "Uusimaa",
  "Varsinais-Suomi",
  "Satakunta",
  "Kanta-Häme",
  "Pirkanmaa",
  "Päijät-Häme",
  "Kymenlaakso",
  "Etelä-Karjala",
  "Etelä-Savo",
  "Pohjois-Savo",
  "Pohjois-Karjala",
  "Keski-Suomi",
  "Etelä-Pohjanmaa",
  "Pohjanmaa",
  "Keski-Pohjanmaa",
  "Pohjois-Pohjanmaa",
  "Kainuu",
  "Lappi",
]);

/** The defaults of {@link GenerateOptions}. */
export const GENERATE_DEFAULTS = Object.freeze({
  meanDegree: 6,
  seed: 1,
  roles: Object.freeze({ developer: 0.7, upskiller: 0.15, funder: 0.15 }),
  regions: FINNISH_REGIONS,
  withinRegion: 0.8,
  exponent: 2.5,
  rolePairs: Object.freeze({
    "developer-developer": 0.4,
    "funder-developer": 0.25,
    "upskiller-developer": 0.2,
    "funder-upskiller": 0.06,
    "upskiller-upskiller": 0.05,
    "funder-funder": 0.04,
  }),
  name: "Generated ecosystem",
} satisfies Omit<GenerateOptions, "actors">);

const ROLES: readonly GeneratedRole[] = ["developer", "upskiller", "funder"];
const DEVELOPER = 0;
const UPSKILLER = 1;
const FUNDER = 2;

/** Role pairs as (source role, target role, tie kind) in the order of {@link GeneratedRolePair}. */
const PAIRS: readonly { key: GeneratedRolePair; source: number; target: number; kind: string }[] = [
  { key: "developer-developer", source: DEVELOPER, target: DEVELOPER, kind: "collaboration" },
  { key: "funder-developer", source: FUNDER, target: DEVELOPER, kind: "funding" },
  { key: "upskiller-developer", source: UPSKILLER, target: DEVELOPER, kind: "training" },
  { key: "funder-upskiller", source: FUNDER, target: UPSKILLER, kind: "funding" },
  { key: "upskiller-upskiller", source: UPSKILLER, target: UPSKILLER, kind: "collaboration" },
  { key: "funder-funder", source: FUNDER, target: FUNDER, kind: "collaboration" },
];

const TYPES: readonly (readonly string[])[] = [
  ["NGO", "social enterprise", "municipal development unit", "research group"],
  ["university", "trainer", "incubator"],
  ["EU programme", "ministry", "foundation", "municipality"],
];

const THEMES: readonly string[] = [
  "inclusion",
  "employment",
  "wellbeing",
  "youth",
  "ageing",
  "digital",
  "green-transition",
  "migration",
  "housing",
  "education",
];

const FIRST_YEAR = 2021;
const MONTHS = 60;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** First and last day of each month of 2021–2025, so no date string is built per tie. */
function monthTables(): { starts: string[]; ends: string[] } {
  const starts: string[] = [];
  const ends: string[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const year = FIRST_YEAR + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    starts.push(`${year}-${pad2(month)}-01`);
    ends.push(`${year}-${pad2(month)}-${pad2(lastDay)}`);
  }
  return { starts, ends };
}

/** Everything sampled, in typed arrays: one entry per actor and per tie. */
interface Sample {
  name: string;
  description: string;
  ids: string[];
  role: Uint8Array;
  region: Uint16Array;
  regions: readonly string[];
  type: Uint8Array;
  /** Themes of actor i: `themeLists[themeIndex[i]]`. */
  themeIndex: Uint16Array;
  themeLists: readonly (readonly string[])[];
  source: Int32Array;
  target: Int32Array;
  pair: Uint8Array;
  weight: Uint8Array;
  /** Amount in euros (funding ties only, else 0). */
  amount: Int32Array;
  since: Uint8Array;
  /** Month index of `until`, or 255 for an open-ended tie. */
  until: Uint8Array;
}

function requireNumber(name: string, value: number, ok: (value: number) => boolean, rule: Message): number {
  if (typeof value !== "number" || !Number.isFinite(value) || !ok(value)) {
    throw isNot("generateEcosystem", name, String(value), rule);
  }
  return value;
}

/**
 * Index of the first entry of `cumulative[from … to−1]` greater than `x` (binary search on a
 * non-decreasing prefix-sum array). O(log(to − from)).
 */
function searchCumulative(cumulative: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Actors sorted by (role, region) with the prefix sums of their expected degrees, so that an actor of
 * a role, or of a role in a region, is drawn with probability proportional to its expected degree by
 * one binary search.
 */
interface BlockIndex {
  /** Actors ordered by role, then region, then index. */
  order: Int32Array;
  /** Prefix sums of expected degree along `order`. */
  cumulative: Float64Array;
  /** Start of block (role r, region g) in `order`: `blockStart[r · regionCount + g]`; one sentinel. */
  blockStart: Int32Array;
  regionCount: number;
}

function buildBlocks(
  role: Uint8Array,
  region: Uint16Array,
  expected: Float64Array,
  regionCount: number,
): BlockIndex {
  const n = role.length;
  const blocks = ROLES.length * regionCount;
  const blockStart = new Int32Array(blocks + 1);
  for (let i = 0; i < n; i++) blockStart[role[i]! * regionCount + region[i]! + 1]!++;
  for (let b = 0; b < blocks; b++) blockStart[b + 1]! += blockStart[b]!;
  const cursor = blockStart.slice(0, blocks);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[cursor[role[i]! * regionCount + region[i]!]!++] = i;
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += expected[order[k]!]!;
    cumulative[k] = sum;
  }
  return { order, cumulative, blockStart, regionCount };
}

/** Draws an actor from `order[from … to−1]` (a non-empty range) proportionally to expected degree. */
function drawIn(blocks: BlockIndex, from: number, to: number, random: Random): number {
  const { cumulative } = blocks;
  const base = from === 0 ? 0 : cumulative[from - 1]!;
  const x = base + random() * (cumulative[to - 1]! - base);
  return blocks.order[searchCumulative(cumulative, from, to, x)]!;
}

const MAX_ATTEMPTS = 64;

function sample(options: GenerateOptions): Sample {
  const settings = { ...GENERATE_DEFAULTS, ...options };
  const n = requireNumber("actors", settings.actors, (v) => Number.isInteger(v) && v >= 2, ruleIntegerGe(2));
  const meanDegree = requireNumber("meanDegree", settings.meanDegree, (v) => v >= 0, ruleNumberGe(0));
  const seed = requireNumber("seed", settings.seed, () => true, ruleFinite());
  const withinRegion = requireNumber(
    "withinRegion",
    settings.withinRegion,
    (v) => v >= 0 && v <= 1,
    ruleWithin("[0, 1]"),
  );
  const exponent = requireNumber("exponent", settings.exponent, (v) => v > 2, ruleNumberGt(2));
  const regions = settings.regions;
  if (!Array.isArray(regions) || regions.length === 0 || regions.length > 65_535) {
    throw mustBeBare("generateEcosystem", "regions", ruleRegionList());
  }
  const roleShares = ROLES.map((role) =>
    requireNumber(`roles.${role}`, settings.roles[role] ?? 0, (v) => v >= 0, ruleNumberGe(0)),
  );
  const roleTotal = roleShares.reduce((a, b) => a + b, 0);
  if (roleTotal <= 0)
    throw optionError("options.rolesShare", OPTION_ROLES_SHARE, { fn: "generateEcosystem" });
  const pairWeights = PAIRS.map(({ key }) =>
    requireNumber(
      `rolePairs["${key}"]`,
      settings.rolePairs[key] ?? GENERATE_DEFAULTS.rolePairs[key],
      (v) => v >= 0,
      ruleNumberGe(0),
    ),
  );

  const random = createRandom(seed);
  const regionCount = regions.length;
  const width = String(n - 1).length;
  const ids: string[] = new Array(n);
  const role = new Uint8Array(n);
  const region = new Uint16Array(n);
  const type = new Uint8Array(n);
  const themeIndex = new Uint16Array(n);
  const expected = new Float64Array(n);
  const roleCount = [0, 0, 0];

  // Theme lists: every list of one to three distinct themes, built once and shared by actors.
  const themeLists: string[][] = [];
  const themeListIndex = new Map<string, number>();
  const shareCumulative = [roleShares[0]! / roleTotal, (roleShares[0]! + roleShares[1]!) / roleTotal, 1];
  const tailPower = -1 / (exponent - 1);
  let expectedTotal = 0;
  for (let i = 0; i < n; i++) {
    ids[i] = `a${String(i).padStart(width, "0")}`;
    const u = random();
    const r = u < shareCumulative[0]! ? DEVELOPER : u < shareCumulative[1]! ? UPSKILLER : FUNDER;
    role[i] = r;
    roleCount[r]!++;
    region[i] = Math.floor(random() * regionCount);
    const types = TYPES[r]!;
    type[i] = Math.floor(random() * types.length);
    const first = Math.floor(random() * THEMES.length);
    const count = 1 + Math.floor(random() * 3);
    const picked: number[] = [];
    for (let t = 0; t < count; t++) {
      const theme = (first + t * (1 + Math.floor(random() * 3))) % THEMES.length;
      if (!picked.includes(theme)) picked.push(theme);
    }
    picked.sort((a, b) => a - b);
    const key = picked.join(",");
    let list = themeListIndex.get(key);
    if (list === undefined) {
      list = themeLists.length;
      themeLists.push(picked.map((t) => THEMES[t]!));
      themeListIndex.set(key, list);
    }
    themeIndex[i] = list;
    // Pareto-distributed expected degree (inverse transform), minimum 1.
    expected[i] = (1 - random()) ** tailPower;
    expectedTotal += expected[i]!;
  }
  // Chung–Lu condition within a region (w_i² ≤ Σ w / regions), which keeps parallel ties rare.
  const cap = Math.sqrt(expectedTotal / regionCount);
  for (let i = 0; i < n; i++) if (expected[i]! > cap) expected[i] = cap;

  const blocks = buildBlocks(role, region, expected, regionCount);
  const roleStart = (r: number) => blocks.blockStart[r * regionCount]!;
  const roleEnd = (r: number) => blocks.blockStart[(r + 1) * regionCount]!;

  // A pair is possible when its roles have actors (two, for a same-role pair).
  const usable = PAIRS.map(
    ({ source, target }, p) =>
      pairWeights[p]! > 0 &&
      (source === target ? roleCount[source]! >= 2 : roleCount[source]! > 0 && roleCount[target]! > 0),
  );
  const pairCumulative = new Float64Array(PAIRS.length);
  let pairTotal = 0;
  for (let p = 0; p < PAIRS.length; p++) {
    if (usable[p]) pairTotal += pairWeights[p]!;
    pairCumulative[p] = pairTotal;
  }
  const m = pairTotal > 0 ? Math.round((n * meanDegree) / 2) : 0;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const pair = new Uint8Array(m);
  const weight = new Uint8Array(m);
  const amount = new Int32Array(m);
  const since = new Uint8Array(m);
  const until = new Uint8Array(m);

  for (let e = 0; e < m; e++) {
    const p = searchCumulative(pairCumulative, 0, PAIRS.length, random() * pairTotal);
    const { source: sourceRole, target: targetRole, kind } = PAIRS[p]!;
    const s = drawIn(blocks, roleStart(sourceRole), roleEnd(sourceRole), random);
    const g = region[s]!;
    let t = -1;
    if (random() < withinRegion) {
      const from = blocks.blockStart[targetRole * regionCount + g]!;
      const to = blocks.blockStart[targetRole * regionCount + g + 1]!;
      if (to - from > (sourceRole === targetRole ? 1 : 0)) {
        for (let attempt = 0; attempt < MAX_ATTEMPTS && t === -1; attempt++) {
          const candidate = drawIn(blocks, from, to, random);
          if (candidate !== s) t = candidate;
        }
      }
    } else {
      for (let attempt = 0; attempt < MAX_ATTEMPTS && t === -1; attempt++) {
        const candidate = drawIn(blocks, roleStart(targetRole), roleEnd(targetRole), random);
        if (region[candidate] !== g) t = candidate;
      }
    }
    // Fallback (a block too small, or every draw rejected): any other actor of the target role.
    for (let attempt = 0; attempt < MAX_ATTEMPTS && t === -1; attempt++) {
      const candidate = drawIn(blocks, roleStart(targetRole), roleEnd(targetRole), random);
      if (candidate !== s) t = candidate;
    }
    if (t === -1) {
      // Deterministic last resort: the next actor of the target role in block order.
      const from = roleStart(targetRole);
      const size = roleEnd(targetRole) - from;
      for (let k = 0; k < size && t === -1; k++) {
        const candidate = blocks.order[from + k]!;
        if (candidate !== s) t = candidate;
      }
    }
    source[e] = s;
    target[e] = t;
    pair[e] = p;
    const w = random();
    weight[e] = 1 + Math.floor(w * w * 5);
    amount[e] = kind === "funding" ? 1000 * (10 + Math.floor(490 * random() ** 3)) : 0;
    const start = Math.floor(random() * MONTHS);
    since[e] = start;
    until[e] = random() < 0.35 ? Math.min(MONTHS - 1, start + 6 + Math.floor(random() * 30)) : 255;
  }

  return {
    name: settings.name,
    description: `Synthetic ecosystem from generateEcosystem (seed ${seed}, ${n} actors, mean degree ${meanDegree}); fictional, illustrative`,
    ids,
    role,
    region,
    regions,
    type,
    themeIndex,
    themeLists,
    source,
    target,
    pair,
    weight,
    amount,
    since,
    until,
  };
}

/**
 * Calls `emit` with each actor's fields and each tie's fields, in document order, so that the
 * document and the graph are built from one loop and cannot disagree.
 */
function emit(
  s: Sample,
  addActor: (id: string, attributes: ActorAttributes) => void,
  addTie: (source: string, target: string, tie: TieAttributes) => void,
): void {
  const { starts, ends } = monthTables();
  for (let i = 0; i < s.ids.length; i++) {
    const r = s.role[i]!;
    addActor(s.ids[i]!, {
      role: ROLES[r]!,
      attributes: {
        region: s.regions[s.region[i]!]!,
        themes: [...s.themeLists[s.themeIndex[i]!]!],
        type: TYPES[r]![s.type[i]!]!,
      },
    });
  }
  for (let e = 0; e < s.source.length; e++) {
    const kind = PAIRS[s.pair[e]!]!.kind;
    const tie: TieAttributes = { kind, weight: s.weight[e]! };
    if (kind === "funding") tie.amount = s.amount[e]!;
    tie.since = starts[s.since[e]!]!;
    if (s.until[e] !== 255) tie.until = ends[s.until[e]!]!;
    addTie(s.ids[s.source[e]!]!, s.ids[s.target[e]!]!, tie);
  }
}

/**
 * A synthetic ecosystem document with regional blocks, role-pair propensities and heavy-tailed
 * degrees: a block Chung–Lu model.
 *
 * @remarks
 * Each actor i draws a role (shares `roles`), a region (uniform over `regions`), an organisation
 * `type` of its role, one to three `themes`, and an expected degree w_i = (1 − U)^(−1/(γ−1)), a
 * Pareto law with P(w) ∝ w^−γ and minimum 1, capped at √(Σ_k w_k / R) for R regions (the Chung–Lu
 * condition within a region, which keeps parallel ties rare). Then each of the M = round(n · meanDegree / 2) ties independently
 * draws a role pair (a, b) with probability π_ab (`rolePairs`, normalised over the pairs whose roles
 * have actors), a source i of role a with probability w_i / Σ_{role a} w, and a target j ≠ i of
 * role b with probability ∝ w_j among actors of i's region (with probability `withinRegion`) or of
 * the other regions (otherwise); when that block is empty, any other actor of role b is drawn.
 * Kinds follow the roles: funder → developer and funder → upskiller `funding` (with an `amount` of
 * €10 000–500 000), upskiller → developer `training`, every other pair `collaboration`. Weights are
 * integers 1–5 (mostly 1); `since` is the first day of a month of 2021–2025 and 35 % of ties end
 * (`until`, the last day of a month 6–35 months later, at most 2025-12-31).
 *
 * So the expected number of ties of actor i is about M · π · w_i / Σ w within its role, the degree
 * distribution has a power-law tail of exponent γ, and a share ≈ `withinRegion` of ties stay in
 * their region. Ties are drawn with replacement, so a pair may be joined twice (mostly between
 * hubs: about 2 % of ties at 20 000 actors of mean degree 6 or 100 000 of mean degree 20, more
 * when regions are small and dense); there are no self-ties. The same options and seed give a deep-equal document.
 *
 * Agrees with the Chung–Lu expected-degree model (as NetworkX `expected_degree_graph`, but drawing
 * a fixed number of ties with replacement, per block) combined with a stochastic block structure.
 * Differs on purpose: role pairs and regions set the blocks rather than a probability matrix.
 * Time complexity: O(n + M log n); memory O(n + M) in typed arrays before the document is built.
 *
 * References: Chung, F., & Lu, L. (2002). Connected components in random graphs with given expected
 * degree sequences. Annals of Combinatorics 6, 125–145. doi:10.1007/PL00012580
 * Holland, P. W., Laskey, K. B., & Leinhardt, S. (1983). Stochastic blockmodels: first steps.
 * Social Networks 5(2), 109–137. doi:10.1016/0378-8733(83)90021-7
 *
 * @param options - size, mean degree, seed and the block structure (see {@link GenerateOptions}).
 * @returns a valid `EcosystemData` document (it passes `validateEcosystem`).
 * @throws {@link InvalidOptionError} when an option is out of range.
 * @example
 * generateEcosystemData({ actors: 1000, meanDegree: 8, seed: 7 }).ties.length; // 4000
 * @see {@link generateEcosystem}
 * @category Datasets
 */
export function generateEcosystemData(options: GenerateOptions): EcosystemData {
  checkOptionKeys("generateEcosystemData", options, GENERATE_OPTION_KEYS);
  const s = sample(options);
  const actors: Actor[] = new Array(s.ids.length);
  const ties: Tie[] = new Array(s.source.length);
  let a = 0;
  let t = 0;
  emit(
    s,
    (id, attributes) => {
      actors[a++] = { id, role: attributes.role, attributes: attributes.attributes! };
    },
    (source, target, tie) => {
      ties[t++] = { source, target, ...tie };
    },
  );
  return { name: s.name, description: s.description, actors, ties };
}

/** The adjacency objects the sampled ties fill (collaboration is the one undirected kind). */
function usesOf(s: Sample): AdjacencyUses {
  const uses = emptyAdjacencyUses();
  for (let e = 0; e < s.source.length; e++) {
    const directed = PAIRS[s.pair[e]!]!.kind !== "collaboration";
    recordTieUse(uses, s.ids[s.source[e]!]!, s.ids[s.target[e]!]!, directed);
  }
  return uses;
}

/**
 * A synthetic ecosystem with regional blocks, role-pair propensities and heavy-tailed degrees: the
 * graph of {@link generateEcosystemData}, built directly.
 *
 * @remarks
 * Equal to `createEcosystem(generateEcosystemData(options))` (same actors, ties and attributes in the
 * same order) but built without the intermediate document and without schema validation, which the
 * generator makes unnecessary: ids are unique and not reserved, roles are built-in, ends are distinct
 * existing actors, weights are in 1–5, amounts ≥ 0, dates are real and `since ≤ until` (a test
 * validates generated documents). See {@link generateEcosystemData} for the model.
 * Time complexity: O(n + M log n).
 *
 * @example
 * generateEcosystem({ actors: 1000, meanDegree: 8, seed: 7 }).size; // 4000
 * @category Datasets
 */
export function generateEcosystem(options: GenerateOptions): Ecosystem {
  checkOptionKeys("generateEcosystem", options, GENERATE_OPTION_KEYS);
  const s = sample(options);
  const graph: Ecosystem = new MultiGraph<ActorAttributes, TieAttributes, EcosystemAttributes>({
    type: "mixed",
    allowSelfLoops: false,
  });
  graph.setAttribute("name", s.name);
  graph.setAttribute("description", s.description);
  let prepared = false;
  emit(
    s,
    (id, attributes) => {
      graph.addNode(id, attributes);
    },
    (source, target, tie) => {
      if (!prepared) {
        prepared = true;
        if (s.source.length >= DICTIONARY_ADJACENCY_MIN_TIES) prepareDictionaryAdjacency(graph, usesOf(s));
      }
      // Built-in kinds only: funding and training are directed, collaboration is not.
      if (tie.kind === "collaboration") graph.addUndirectedEdge(source, target, tie);
      else graph.addDirectedEdge(source, target, tie);
    },
  );
  return graph;
}
