/**
 * Bridge actors: who lies on the paths between others, holds parts of the network together and
 * brokers across groups, ranked by the size of what hangs on each, with the numbers and reasons.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { joinGapId } from "../internal/gap-id.js";
import { communities, participationCoefficient } from "../metrics/communities.js";
import { components } from "../metrics/components.js";
import { cutPoints } from "../metrics/cut-points.js";
import { type GroupBy, resolveGroups } from "../metrics/group-by.js";
import { inArcPositions } from "../metrics/path-dependencies.js";
import { structuralHoles } from "../metrics/structural-holes.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import {
  mustBe,
  optionError,
  ruleFiniteAtLeast,
  ruleIntegerAtLeast,
  ruleIntegerAtLeastOrInfinity,
  ruleObject,
} from "../model/option-errors.js";
import { tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_UNKNOWN_WEIGHT, OPTION_WEIGHTS_ZERO } from "../text/catalogues/en/options.js";
import type { Message } from "../text/message.js";
import { type BetweennessSample, betweennessPivots, sharedBetweenness } from "./betweenness-sample.js";
import { brokerageByGrouping, groupingsOf } from "./bridge-brokerage.js";
import { type BridgeParts, bridgeReasons } from "./bridge-reasons.js";
import { type CarriedTie, carriedTies, tieBetweenness } from "./carried-ties.js";
import { createNeedsContext, needsLostCounts, whatHangsOn } from "./what-hangs-on.js";

/** The option names each public function accepts, checked at run time. */
const FIND_BRIDGE_ACTORS_OPTION_KEYS = optionKeys<FindBridgeActorsOptions>({
  ...VIEW_OPTION_KEYS,
  groupBy: true,
  top: true,
  weights: true,
  seed: true,
  resolution: true,
  betweennessSample: true,
  carriedTies: true,
});

export type { BridgeParts } from "./bridge-reasons.js";
export type { CarriedTie } from "./carried-ties.js";

/** The weights of the four parts of the bridge score. */
export type BridgeWeights = BridgeParts;

/**
 * The default weights of the bridge score: what passes through the actor and what hangs on it lead
 * (shortest paths 0.4, actors cut off 0.3, needs lost 0.15); brokerage across groups is the smaller
 * term (0.15), so that a small bridge between two regions is not demoted for brokering few role pairs.
 */
export const BRIDGE_WEIGHTS_DEFAULTS: Readonly<BridgeWeights> = Object.freeze({
  betweenness: 0.4,
  cutOff: 0.3,
  needs: 0.15,
  brokerage: 0.15,
});

/** Options of {@link findBridgeActors}. */
export interface FindBridgeActorsOptions extends ViewOptions {
  /**
   * The groupings brokerage is counted across, one or several: `"role"`, `"community"` (the seeded
   * Louvain communities), an actor attribute such as `"region"`, or a function of the actor (see
   * `GroupBy`). The brokerage part is the mean of the groupings' shares. To group by an attribute that
   * is itself named `community`, pass a function.
   * @defaultValue ["role", "community"]: across the kinds of actor and across the clusters the ties
   * themselves draw, so both a funder–developer go-between and a go-between of two regional clusters count
   */
  groupBy?: GroupBy | readonly GroupBy[];
  /**
   * How many actors to return, best first (an integer ≥ 1, or `Infinity` for all).
   * @defaultValue 10
   */
  top?: number;
  /**
   * Weights of the score's parts; those given replace the defaults, each finite and ≥ 0, not all 0.
   * They are divided by their sum, so only their ratios matter.
   * @defaultValue {@link BRIDGE_WEIGHTS_DEFAULTS}: betweenness 0.4, cutOff 0.3, needs 0.15, brokerage 0.15
   */
  weights?: Readonly<Partial<BridgeWeights>>;
  /**
   * Seed of the Louvain communities and of the betweenness pivots.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Resolution γ of the Louvain communities (above 1: more, smaller communities).
   * @defaultValue 1
   */
  resolution?: number;
  /**
   * How betweenness is computed: `"auto"` is exact up to 2 000 actors and estimated from 500 seeded
   * pivot sources above (fewer, down to 100, beyond about 10 000 actors and 50 000 ties: see
   * `betweennessPivots`); `"exact"`; or a number of pivots.
   * @defaultValue "auto"
   */
  betweennessSample?: BetweennessSample;
  /**
   * How many of each returned actor's ties to list in `carriedTies` (its ties with the highest edge
   * betweenness), an integer ≥ 0; 0 skips the edge-betweenness pass (which costs about as much as
   * betweenness, and follows `betweennessSample` with the same seed).
   * @defaultValue 3
   */
  carriedTies?: number;
}

/** The defaults of {@link FindBridgeActorsOptions}. */
export const FIND_BRIDGE_ACTORS_DEFAULTS = Object.freeze({
  groupBy: Object.freeze(["role", "community"]) as readonly GroupBy[],
  top: 10,
  weights: BRIDGE_WEIGHTS_DEFAULTS,
  seed: 1,
  resolution: 1,
  betweennessSample: "auto",
  carriedTies: 3,
} satisfies FindBridgeActorsOptions);

/** One grouping's brokerage by a bridge actor. */
export interface BridgeBrokerage {
  /** The grouping: `role`, `community`, the attribute's name, or `group` for a function. */
  grouping: string;
  /**
   * Gould–Fernandez counts across groups (sna's ordered pairs: on the undirected view each brokered
   * pair counts twice and representative equals gatekeeper). Representative, sna `b_IO`: from its own
   * group out to another.
   */
  representative: number;
  /** sna `b_OI`: from another group into its own. */
  gatekeeper: number;
  /** sna `b_O`: between two other groups. */
  liaison: number;
  /** representative + gatekeeper + liaison. */
  crossGroup: number;
  /** crossGroup as a share of the ordered pairs of other actors in different groups. */
  share: number;
  /** Distinct groups among its contacts (its own group counts only if a contact is in it). */
  groupsSpanned: number;
}

/** Actors who reach a role they need today and would reach none without the bridge actor. */
export interface BridgeNeedLost {
  /** The needed role. */
  role: string;
  /** The actors who would lose it, sorted by id. */
  actors: string[];
}

/** One bridge actor: its score and the parts it is made of, what hangs on it, and the reasons in words. */
export interface BridgeActor {
  /** Actor id. */
  id: string;
  /** Its label (told apart when labels are shared), or its id when it has none. */
  label: string;
  /** Its role. */
  role: string;
  /** The bridge score in [0, 1]: the sum of `contributions` (see {@link findBridgeActors}). */
  score: number;
  /** 1 for the best bridge. */
  rank: number;
  /** Each part's magnitude x_k, in [0, 1] (see {@link findBridgeActors}). */
  magnitudes: BridgeParts;
  /** Each part's share of the score, w_k · x_k / Σ w; they add up to `score`. */
  contributions: BridgeParts;
  /** Normalised betweenness: the share of shortest paths between other actors through it. */
  betweenness: number;
  /** Whether removing it disconnects its component. */
  isCutVertex: boolean;
  /** Number of actors its removal would cut off from the largest remaining piece of its component. */
  cutOff: number;
  /** Those actors, sorted by id. */
  cutOffActors: string[];
  /** Per needed role (sorted), the actors who would lose their only way to it; empty when none. */
  needsLost: BridgeNeedLost[];
  /**
   * The id of its `single-point-of-failure` gap in `findStructuralGaps` when it is a cut vertex
   * (`gapId("single-point-of-failure", "actor", id)`), else `null`.
   */
  gapId: string | null;
  /** Brokerage across each grouping of `groupBy`, in its order. */
  brokerage: BridgeBrokerage[];
  /**
   * Its ties that carry the most shortest paths (edge betweenness, normalised as NetworkX does), at
   * most `carriedTies` of them, highest first, ties by the contact's id; ties that carry no path are
   * left out. Evidence only: not part of the score.
   */
  carriedTies: CarriedTie[];
  /** Burt's constraint (weighted); `null` for an isolate. Evidence only: not part of the score. */
  constraint: number | null;
  /** Burt's effective size (weighted); `null` for an isolate. Evidence only. */
  effectiveSize: number | null;
  /** Participation coefficient across the Louvain communities; `null` for an isolate. Evidence only. */
  participation: number | null;
  /** Distinct Louvain communities among its contacts (its own counts only if a contact is in it). */
  communitiesSpanned: number;
  /** Sentences a non-specialist reads, in English: the part that adds most to the score first. */
  reasons: string[];
  /**
   * The same sentences as messages (ids `brokers.bridge.…`), in the same order; `reasons[i]` is
   * `reasonMessages[i].text`. Write them in Finnish or Swedish with `formatMessage(m, "fi")`.
   */
  reasonMessages: Message[];
}

const PARTS = ["betweenness", "cutOff", "needs", "brokerage"] as const;
type Part = (typeof PARTS)[number];
const FN = "findBridgeActors";

function checkWeights(weights: Readonly<Partial<BridgeWeights>> | undefined): BridgeWeights {
  const merged: BridgeWeights = { ...BRIDGE_WEIGHTS_DEFAULTS };
  if (weights === undefined) return merged;
  if (weights === null || typeof weights !== "object") {
    throw mustBe(FN, "weights", String(weights), ruleObject());
  }
  for (const [key, value] of Object.entries(weights)) {
    if (!(PARTS as readonly string[]).includes(key)) {
      throw optionError("options.unknownWeight", OPTION_UNKNOWN_WEIGHT, { fn: FN, key });
    }
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw mustBe(FN, `weight ${key}`, String(value), ruleFiniteAtLeast(0));
    }
    merged[key as Part] = value;
  }
  if (PARTS.every((part) => merged[part] === 0)) {
    throw optionError("options.weightsZero", OPTION_WEIGHTS_ZERO, { fn: FN });
  }
  return merged;
}

function checkCarriedTies(count: number): void {
  if (!(Number.isInteger(count) && count >= 0)) {
    throw mustBe(FN, "carriedTies", String(count), ruleIntegerAtLeast(0));
  }
}

function checkTop(top: number): void {
  if (!(top === Number.POSITIVE_INFINITY || (Number.isInteger(top) && top >= 1))) {
    throw mustBe(FN, "top", String(top), ruleIntegerAtLeastOrInfinity(1));
  }
}

/**
 * The bridge actors of an ecosystem: who lies on the paths between others, holds parts of the network
 * together and brokers across groups, ranked by the size of each, with the numbers and reasons.
 *
 * @remarks
 * Four magnitudes x_k(v), each in [0, 1], on the view the options select (n actors):
 * - betweenness: x = b(v), normalised shortest-path betweenness (Freeman; Brandes; estimated from
 *   seeded pivots above 2 000 actors): the share of shortest paths between pairs of other actors
 *   that run through v.
 * - cutOff: x = cutOff(v) / (n − 1), cutOff(v) = |C| − 1 − max_j |P_j| for v's component C and the
 *   pieces P_j of C − v: the actors that would lose every path to the largest remaining piece.
 * - needs: x = needsLost(v) / needsMet. needsMet counts the pairs (j, r) of an actor j and a role r
 *   that j's role needs (not its own) such that j reaches an actor of role r; needsLost(v) those with
 *   j ≠ v that reach no actor of role r once v is removed (r is absent from j's piece of C − v): the
 *   cut-off actors' needs met only across v, and anyone's need met only by v itself. 0 when
 *   needsMet = 0.
 * - brokerage: x = (1/|G|) Σ_{g ∈ G} crossGroup_g(v) / P_g(v) over the groupings G of `groupBy`:
 *   crossGroup = representative + gatekeeper + liaison (Gould & Fernandez, R sna counts of ordered
 *   pairs a → v → c with no tie a → c and a, c in different groups), P_g(v) the ordered pairs of other
 *   actors in different groups, (n − 1)² − Σ_h m_h², m_h the size of group h without v.
 *
 * score(v) = Σ_k w_k · x_k(v) / Σ_k w_k, with the `weights` w (default betweenness 0.4, cutOff 0.3,
 * needs 0.15, brokerage 0.15); `contributions[k]` = w_k · x_k(v) / Σ w, so the score is their sum. The
 * score is rounded to 12 decimals, so that scores equal in exact arithmetic tie, and ties are ranked
 * by id. The score is linear in magnitudes with non-negative weights, so an actor at least as large
 * on every part as another, and larger on one, ranks above it.
 *
 * Why magnitudes rather than percentile ranks: ranks flatten sizes (an actor on 38% of the shortest
 * paths and one on 14% can sit a rank apart), and a weaver reads "what hangs on it". The only link
 * between two parts of s and s′ actors lies on at least 2 s s′ / ((n − 1)(n − 2)) of the shortest
 * paths and cuts off min(s, s′) actors, so between two large parts both leading terms are large, and
 * brokerage, which counts only pairs two steps apart, cannot outweigh them. Burt's constraint and the
 * participation coefficient are reported as evidence but do not enter the score: both punish a bridge
 * whose few ties all cross (a pure bridge has one contact on each side).
 *
 * Reasons, largest contribution first: what hangs on it (the cutOff and needs parts, with the actors
 * cut off and the needs lost per role), the share of shortest paths, the pairs brokered per grouping;
 * then, for an actor on some path between others, its ties that carry the most shortest paths (edge
 * betweenness, `carriedTies`), and the groups its contacts span (evidence). Numbers are counts and shares, never ranks.
 * `cutOffActors`, `needsLost` and `gapId` (the id of its single-point-of-failure gap, for a cut vertex)
 * let a weaver follow the actor to the gap. Communities, participation, cut vertices, needs and the
 * groups spanned are read on the undirected view with the same `kinds` and `at`; betweenness,
 * brokerage and constraint follow `directed`.
 *
 * Ours: no reference implementation of the combination; each measure agrees with its own reference
 * (NetworkX betweenness, structural holes and articulation points; R sna brokerage; Guimerà–Amaral
 * participation on the seeded Louvain communities). Deterministic for a seed.
 * An empty ecosystem gives `[]`; a single actor scores 0.
 * Time complexity: O(n · (n + m)) with exact betweenness (O(k · (n + m)) with k pivots), twice when
 * `carriedTies` > 0 (edge betweenness from the same sources), plus
 * O(|G| · Σ_i d_i²) for brokerage and O(Σ_i d_i²) for constraint, about O(m log n) for Louvain,
 * O(n + m + n · roles²) for the needs lost (one lowpoint search carrying role counts), O(n log n) to
 * rank, and for each actor returned a search of its cut-off pieces.
 *
 * References: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41. doi:10.2307/3033543
 * Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology 19,
 * 89–126. doi:10.2307/270949
 * Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2), 349–399.
 * doi:10.1086/421787
 * Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and
 * Mathematical Organization Theory 12, 21–34. doi:10.1007/s10588-006-7084-x
 * Brandes, U., & Pich, C. (2007). Centrality estimation in large networks. International Journal of
 * Bifurcation and Chaos 17(7), 2303–2318. doi:10.1142/S0218127407018403
 *
 * @param options - view options, `groupBy`, `top`, `weights`, `seed`, `resolution`, `betweennessSample`.
 * @returns the `top` actors by score, best first, ties by id.
 * @throws {@link InvalidOptionError} for a bad `top`, `weights`, `groupBy`, `resolution` or
 * `betweennessSample`, or a `groupBy` attribute missing on some actors.
 * @example
 * // a clique of 6 developers and one of 6 funders, joined only through the upskiller b
 * const [first] = findBridgeActors(createEcosystem(twoClusters));
 * first.id; // "b"
 * first.reasons[0];
 * // "lies on 55% of the shortest paths between other actors"
 * first.gapId; // "single-point-of-failure:actor:b"
 * @see {@link diagnoseStage}
 * @category Answers
 */
export function findBridgeActors(eco: Ecosystem, options: FindBridgeActorsOptions = {}): BridgeActor[] {
  checkArguments("findBridgeActors", eco, options, FIND_BRIDGE_ACTORS_OPTION_KEYS);
  const settings = { ...FIND_BRIDGE_ACTORS_DEFAULTS, ...options };
  const weights = checkWeights(options.weights);
  checkTop(settings.top);
  checkCarriedTies(settings.carriedTies);
  const groupings = groupingsOf(settings.groupBy, FN);
  const flat = tieFiltersOf(options);
  const viewOptions: ViewOptions = { ...flat, directed: options.directed ?? false };
  const undirected = getView(eco, flat);
  const n = undirected.order;
  const pivots = betweennessPivots(FN, settings.betweennessSample, n, undirected.targets.length);
  const partition = communities(eco, { ...flat, seed: settings.seed, resolution: settings.resolution });
  const groupingRows = brokerageByGrouping(eco, undirected, viewOptions, groupings, partition, FN);
  if (n === 0) return [];

  const { ids } = undirected;
  const between = sharedBetweenness(eco, viewOptions, pivots, settings.seed);
  const pathView = getView(eco, viewOptions);
  const tieValues = settings.carriedTies > 0 ? tieBetweenness(pathView, pivots, settings.seed) : null;
  const inArcs = tieValues !== null && pathView.directed ? inArcPositions(pathView) : null;
  const holes = structuralHoles(eco, viewOptions);
  const participation = participationCoefficient(eco, partition.assignment, flat);
  const cuts = cutPoints(eco, flat);
  const parts = components(eco, flat);
  const componentOf = Int32Array.from(ids, (id) => parts.assignment[id]!);
  const communityCodes = Int32Array.from(ids, (id) => partition.assignment[id]!);
  const roles = resolveGroups(eco, undirected, "role", FN);
  const needsContext = createNeedsContext(
    eco,
    undirected,
    roles.codes,
    roles.groups,
    componentOf,
    parts.count,
  );

  let weightSum = 0;
  for (const part of PARTS) weightSum += weights[part];
  const cutOffValues = Int32Array.from(ids, (id) => cuts.cutVertexImpact[id]!);
  const needsLost = needsLostCounts(needsContext);
  const magnitudesOf = (i: number): BridgeParts => {
    let brokerageShare = 0;
    for (const row of groupingRows) brokerageShare += row.share[i]!;
    return {
      betweenness: between[ids[i]!]!,
      cutOff: n > 1 ? cutOffValues[i]! / (n - 1) : 0,
      needs: needsContext.needsMet > 0 ? needsLost[i]! / needsContext.needsMet : 0,
      brokerage: brokerageShare / groupingRows.length,
    };
  };
  const magnitudes = Array.from({ length: n }, (_, i) => magnitudesOf(i));
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const part of PARTS) sum += weights[part] * magnitudes[i]![part];
    // Rounded to 12 decimals, so that scores equal in exact arithmetic tie and are ranked by id.
    scores[i] = Math.round((sum / weightSum) * 1e12) / 1e12;
  }

  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || compareIds(ids[a]!, ids[b]!));
  const chosen = order.slice(0, Math.min(n, settings.top));
  const communityGrouping = groupings.includes("community");
  const byId = (list: Iterable<number>): string[] => Array.from(list, (j) => ids[j]!).sort(compareIds);

  return chosen.map((i, position) => {
    const id = ids[i]!;
    const cutOff = cutOffValues[i]!;
    const hanging = whatHangsOn(needsContext, i, cutOff);
    const cutOffSet = new Set(hanging.cutOff);
    const lost = [...hanging.needs.entries()]
      .map(([code, actors]) => ({
        role: roles.groups[code]!,
        actors: byId(actors),
        allCutOff: actors.every((j) => cutOffSet.has(j)),
      }))
      .sort((a, b) => compareIds(a.role, b.role));
    const contributions = { ...magnitudes[i]! };
    for (const part of PARTS) contributions[part] = (weights[part] * magnitudes[i]![part]) / weightSum;
    const contactCommunities = new Set<number>();
    for (let k = undirected.offsets[i]!, end = undirected.offsets[i + 1]!; k < end; k++) {
      contactCommunities.add(communityCodes[undirected.targets[k]!]!);
    }
    const communitiesSpanned = contactCommunities.size;
    const brokerage = groupingRows.map((row) => ({
      grouping: row.name,
      representative: row.representative[i]!,
      gatekeeper: row.gatekeeper[i]!,
      liaison: row.liaison[i]!,
      crossGroup: row.crossGroup[i]!,
      share: row.share[i]!,
      groupsSpanned: row.groupsSpanned[i]!,
    }));
    const spans = groupingRows
      .filter((row) => row.groupsSpanned[i]! >= 2)
      .map((row) => ({ count: row.groupsSpanned[i]!, naming: row.naming }));
    if (!communityGrouping && communitiesSpanned >= 2) {
      spans.push({ count: communitiesSpanned, naming: { kind: "community", name: "community", index: 0 } });
    }
    const rest = parts.sizes[componentOf[i]!]! - 1 - cutOff;
    const carried =
      tieValues === null ? [] : carriedTies(pathView, tieValues, inArcs, i, settings.carriedTies);
    const reasonMessages = bridgeReasons({
      contributions,
      betweenness: magnitudes[i]!.betweenness,
      estimated: pivots !== undefined,
      cutOff,
      rest,
      needs: lost.map((need) => ({ role: need.role, actors: need.actors.length, allCutOff: need.allCutOff })),
      directed: viewOptions.directed === true,
      brokerage: groupingRows.map((row) => ({
        naming: row.naming,
        crossGroup: row.crossGroup[i]!,
        share: row.share[i]!,
      })),
      spans,
      participation: participation[id] ?? null,
      carried: carried.map((tie) => ({ contact: actorLabel(eco, tie.contact), share: tie.betweenness })),
    });
    const hole = holes[id]!;
    return {
      id,
      label: actorLabel(eco, id),
      role: eco.getNodeAttribute(id, "role"),
      score: scores[i]!,
      rank: position + 1,
      magnitudes: magnitudes[i]!,
      contributions,
      betweenness: magnitudes[i]!.betweenness,
      isCutVertex: cutOff > 0,
      cutOff,
      cutOffActors: byId(hanging.cutOff),
      needsLost: lost.map(({ role, actors }) => ({ role, actors })),
      gapId: cutOff > 0 ? joinGapId("single-point-of-failure", ["actor", id]) : null,
      brokerage,
      constraint: hole.constraint,
      effectiveSize: hole.effectiveSize,
      participation: participation[id] ?? null,
      communitiesSpanned,
      carriedTies: carried,
      reasons: reasonMessages.map((reason) => reason.text),
      reasonMessages,
    };
  });
}
