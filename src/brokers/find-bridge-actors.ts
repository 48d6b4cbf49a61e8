/**
 * Bridge actors: the brokers who span groups and communities and the fragile places that hang on one
 * actor, ranked by one documented score with the numbers and reasons behind it.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { countOf, percentFine, shortNumberFine } from "../internal/wording.js";
import { brokerage } from "../metrics/brokerage.js";
import { betweenness } from "../metrics/centrality.js";
import { communities, participationCoefficient } from "../metrics/communities.js";
import { createCutOffScratch, cutOffActors } from "../metrics/cut-off-actors.js";
import { cutPoints } from "../metrics/cut-points.js";
import { type GroupBy, resolveGroups } from "../metrics/group-by.js";
import { structuralHoles } from "../metrics/structural-holes.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { type EcosystemView, tieFiltersOf, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type BetweennessSample, betweennessPivots } from "./betweenness-sample.js";
import { shareBeaten } from "./share-beaten.js";

/** The five parts of the bridge score, one number per part. */
export interface BridgeWeights {
  /** Normalised shortest-path betweenness (more is better). */
  betweenness: number;
  /** Cross-group brokerage: representative + gatekeeper + liaison (more is better). */
  brokerage: number;
  /** Burt's constraint (less is better). */
  constraint: number;
  /** Participation coefficient across Louvain communities (more is better). */
  participation: number;
  /** Actors cut off by removing the actor (more is better; 0 unless it is a cut vertex). */
  cutVertex: number;
}

/**
 * The default weights of the bridge score. Betweenness leads (being on the paths between others is
 * what bridging means); cross-group brokerage next (the weaver's concern is ties across roles); low
 * constraint, spread across communities and being a single point of failure complete it.
 */
export const BRIDGE_WEIGHTS_DEFAULTS: Readonly<BridgeWeights> = Object.freeze({
  betweenness: 0.3,
  brokerage: 0.25,
  constraint: 0.15,
  participation: 0.15,
  cutVertex: 0.15,
});

/** Options of {@link findBridgeActors}. */
export interface FindBridgeActorsOptions extends ViewOptions {
  /**
   * How actors are split into groups for brokerage and `groupsSpanned`: `"role"`, an actor attribute,
   * or a function of the actor (see `GroupBy`).
   * @defaultValue "role"
   */
  groupBy?: GroupBy;
  /**
   * How many actors to return, best first (an integer ≥ 1, or `Infinity` for all).
   * @defaultValue 10
   */
  top?: number;
  /**
   * Weights of the score's parts; those given replace the defaults, each finite and ≥ 0, not all 0.
   * They are divided by their sum, so only their ratios matter.
   * @defaultValue {@link BRIDGE_WEIGHTS_DEFAULTS}: betweenness 0.3, brokerage 0.25, constraint 0.15,
   * participation 0.15, cutVertex 0.15
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
   * pivot sources above; `"exact"`; or a number of pivots.
   * @defaultValue "auto"
   */
  betweennessSample?: BetweennessSample;
}

/** The defaults of {@link FindBridgeActorsOptions}. */
export const FIND_BRIDGE_ACTORS_DEFAULTS = Object.freeze({
  groupBy: "role",
  top: 10,
  weights: BRIDGE_WEIGHTS_DEFAULTS,
  seed: 1,
  resolution: 1,
  betweennessSample: "auto",
} satisfies FindBridgeActorsOptions);

/** One bridge actor: its score, the numbers behind it and the reasons in words. */
export interface BridgeActor {
  /** Actor id. */
  id: string;
  /** Its label, or its id when it has none. */
  label: string;
  /** Its role. */
  role: string;
  /** The bridge score in [0, 1] (see {@link findBridgeActors}). */
  score: number;
  /** 1 for the best bridge. */
  rank: number;
  /** Normalised betweenness: the mean share of shortest paths between other pairs through it. */
  betweenness: number;
  /** Burt's constraint (weighted); `null` for an isolate. */
  constraint: number | null;
  /** Burt's effective size (weighted); `null` for an isolate. */
  effectiveSize: number | null;
  /**
   * Gould–Fernandez counts across groups (sna's ordered pairs: on the undirected view each brokered
   * pair counts twice and representative equals gatekeeper); `crossGroup` is their sum.
   */
  brokerage: { representative: number; gatekeeper: number; liaison: number; crossGroup: number };
  /** Participation coefficient across the Louvain communities; `null` for an isolate. */
  participation: number | null;
  /** Distinct groups among its contacts (its own group counts only if a contact is in it). */
  groupsSpanned: number;
  /** Distinct Louvain communities among its contacts (its own counts only if a contact is in it). */
  communitiesSpanned: number;
  /** Whether removing it disconnects its component. */
  isCutVertex: boolean;
  /** Actors its removal would cut off from the largest remaining piece of its component. */
  cutOff: number;
  /** Each part of the score: the share of the other actors it beats on that measure, in [0, 1]. */
  components: BridgeWeights;
  /** Sentences a non-specialist reads, the part that adds most to the score first. */
  reasons: string[];
}

const PARTS = ["betweenness", "brokerage", "constraint", "participation", "cutVertex"] as const;
type Part = (typeof PARTS)[number];
/** Order of the reasons when two parts add the same to the score. */
const REASON_ORDER: readonly Part[] = [
  "cutVertex",
  "betweenness",
  "brokerage",
  "participation",
  "constraint",
];

function checkWeights(weights: Readonly<Partial<BridgeWeights>> | undefined): BridgeWeights {
  const merged: BridgeWeights = { ...BRIDGE_WEIGHTS_DEFAULTS };
  if (weights === undefined) return merged;
  if (weights === null || typeof weights !== "object") {
    throw new InvalidOptionError(`findBridgeActors: weights ${String(weights)} must be an object`);
  }
  for (const [key, value] of Object.entries(weights)) {
    if (!(PARTS as readonly string[]).includes(key)) {
      throw new InvalidOptionError(
        `findBridgeActors: unknown weight "${key}"; use betweenness, brokerage, constraint, participation or cutVertex`,
      );
    }
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new InvalidOptionError(
        `findBridgeActors: weight ${key} ${String(value)} must be a finite number of at least 0`,
      );
    }
    merged[key as Part] = value;
  }
  if (PARTS.every((part) => merged[part] === 0)) {
    throw new InvalidOptionError(
      "findBridgeActors: weights are all 0; give at least one part a positive weight",
    );
  }
  return merged;
}

function checkTop(top: number): void {
  if (!(top === Number.POSITIVE_INFINITY || (Number.isInteger(top) && top >= 1))) {
    throw new InvalidOptionError(
      `findBridgeActors: top ${top} must be an integer of at least 1, or Infinity`,
    );
  }
}

/** Number of distinct codes among each actor's contacts, with a stamp array (no allocation per actor). */
function distinctAmongContacts(view: EcosystemView, codes: ArrayLike<number>, codeCount: number): Int32Array {
  const seen = new Int32Array(codeCount).fill(-1);
  const counts = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) {
    let count = 0;
    for (let k = view.offsets[i]!, end = view.offsets[i + 1]!; k < end; k++) {
      const c = codes[view.targets[k]!]!;
      if (seen[c] !== i) {
        seen[c] = i;
        count++;
      }
    }
    counts[i] = count;
  }
  return counts;
}

/** How a grouping is named in sentences: `role`/`roles`, the attribute's name, or `group`. */
function groupNouns(groupBy: GroupBy): [string, string] {
  if (groupBy === "role") return ["role", "roles"];
  if (typeof groupBy === "string")
    return [groupBy, /[^aeiou]y$/i.test(groupBy) ? `${groupBy.slice(0, -1)}ies` : `${groupBy}s`];
  return ["group", "groups"];
}

/**
 * The bridge actors of an ecosystem: who spans groups and communities, lies on the paths between
 * others and holds parts of the network together, ranked by one score with the numbers and reasons.
 *
 * @remarks
 * Five measures, each from src/metrics (never recomputed here), on the view the options select:
 * normalised betweenness b (Brandes; estimated from seeded pivots above 2 000 actors), cross-group
 * brokerage g = representative + gatekeeper + liaison (Gould & Fernandez, R sna counts, groups by
 * `groupBy`), Burt's constraint c (weighted), the participation coefficient P across seeded Louvain
 * communities (weighted), and the number of actors cutOff that removing the actor separates from the
 * largest remaining piece of its component. Communities, participation, cut vertices and the contacts
 * behind `groupsSpanned`/`communitiesSpanned` are read on the undirected view with the same `kinds`
 * and `at`; betweenness, brokerage and constraint follow `directed`.
 *
 * The score is a weighted mean of percentile ranks:
 * score_i = Σ_k w_k s_k(i) / Σ_k w_k, with s_k(i) = |{ j ≠ i : x_k(j) worse than x_k(i) }| / (n − 1),
 * the share of the other n − 1 actors that actor i beats on measure k (higher b, g, P, cutOff; lower c),
 * and w_k the `weights`. s_k(i) = 0 when the actor has nothing on that measure (b, g, P or cutOff equal
 * to 0) or it is undefined (the constraint or participation of an isolate, which rank last); values
 * within a relative 1e-12 are equal. The score is rounded to 12 decimals, so that scores equal in exact
 * arithmetic tie, and equal scores are ranked by id.
 * Why percentile ranks rather than z-scores or raw rank sums: the five measures have different units and
 * very different tails (betweenness is heavy-tailed; in a large network a few actors hold most of it),
 * and a z-score lets one extreme value swamp the other parts; percentile ranks are unit-free, bounded
 * (the score stays in [0, 1], 1 for an actor that beats everyone on every weighted measure), read the
 * same in every network, and a weighted mean of them keeps each part's weight honest.
 *
 * Reasons give the numbers in words. Brokerage: sna counts ordered pairs, so on the undirected view
 * every brokered pair is counted twice and representative equals gatekeeper; the sentences report
 * unordered pairs (representative count, and liaison / 2) and say so. Cut vertices: the sentence
 * lists the groups of the actors that would be cut off.
 *
 * Ours: no reference implementation of the combination; each measure agrees with its own reference
 * (NetworkX betweenness, structural holes and articulation points; R sna brokerage; Guimerà–Amaral
 * participation on graphology-communities-louvain). Deterministic for a seed.
 * An empty ecosystem gives `[]`; a single actor scores 0.
 * Time complexity: O(n · (n + m)) with exact betweenness (O(k · (n + m)) with k pivots), plus
 * O(Σ_i d_i²) for constraint and brokerage, about O(m log n) for Louvain, and O(n log n) to rank.
 *
 * References: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41. doi:10.2307/3033543
 * Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology 19,
 * 89–126. doi:10.2307/270949
 * Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2), 349–399.
 * doi:10.1086/421787
 * Guimerà, R., & Amaral, L. A. N. (2005). Functional cartography of complex metabolic networks.
 * Nature 433, 895–900. doi:10.1038/nature03288
 * Brandes, U., & Pich, C. (2007). Centrality estimation in large networks. International Journal of
 * Bifurcation and Chaos 17(7), 2303–2318. doi:10.1142/S0218127407018403
 *
 * @param options - view options, `groupBy`, `top`, `weights`, `seed`, `resolution`, `betweennessSample`.
 * @returns the `top` actors by score, best first, ties by id.
 * @throws {@link InvalidOptionError} for a bad `top`, `weights`, `resolution` or `betweennessSample`,
 * or a `groupBy` attribute missing on some actors.
 * @example
 * // a clique of 6 developers and one of 6 funders, joined only through the upskiller b
 * const [first] = findBridgeActors(createEcosystem(twoClusters));
 * first.id; // "b"
 * first.reasons[2];
 * // "the only link between 6 actors (all with role funder) and the rest of its component: removing it cuts them off"
 * @see {@link diagnoseStage}
 * @category Answers
 */
export function findBridgeActors(eco: Ecosystem, options: FindBridgeActorsOptions = {}): BridgeActor[] {
  const settings = { ...FIND_BRIDGE_ACTORS_DEFAULTS, ...options };
  const weights = checkWeights(options.weights);
  checkTop(settings.top);
  const flat = tieFiltersOf(options);
  const viewOptions: ViewOptions = { ...flat, directed: options.directed ?? false };
  const undirected = getView(eco, flat);
  const n = undirected.order;
  const pivots = betweennessPivots("findBridgeActors", settings.betweennessSample, n);
  const { codes: groupCodes, groups } = resolveGroups(eco, undirected, settings.groupBy, "findBridgeActors");
  const partition = communities(eco, { ...flat, seed: settings.seed, resolution: settings.resolution });
  if (n === 0) return [];

  const { ids } = undirected;
  const betweennessOptions = { ...viewOptions, normalized: true, seed: settings.seed };
  const between = betweenness(
    eco,
    pivots === undefined ? betweennessOptions : { ...betweennessOptions, sample: pivots },
  );
  const brokers = brokerage(eco, { ...viewOptions, groupBy: settings.groupBy });
  const holes = structuralHoles(eco, viewOptions);
  const participation = participationCoefficient(eco, partition.assignment, flat);
  const cuts = cutPoints(eco, flat);

  const communityCodes = new Int32Array(n);
  for (let i = 0; i < n; i++) communityCodes[i] = partition.assignment[ids[i]!]!;
  const groupsSpanned = distinctAmongContacts(undirected, groupCodes, groups.length);
  const communitiesSpanned = distinctAmongContacts(undirected, communityCodes, partition.count);

  const betweennessValues = ids.map((id) => between[id]!);
  const crossGroup = ids.map((id) => {
    const roles = brokers.actors[id]!;
    return roles.representative + roles.gatekeeper + roles.liaison;
  });
  const constraintValues = ids.map((id) => holes[id]!.constraint);
  const participationValues = ids.map((id) => participation[id]!);
  const cutOffValues = ids.map((id) => cuts.cutVertexImpact[id]!);
  const shares: Record<Part, Float64Array> = {
    betweenness: shareBeaten(betweennessValues, false, true),
    brokerage: shareBeaten(crossGroup, false, true),
    constraint: shareBeaten(constraintValues, true, false),
    participation: shareBeaten(participationValues, false, true),
    cutVertex: shareBeaten(cutOffValues, false, true),
  };
  let weightSum = 0;
  for (const part of PARTS) weightSum += weights[part];
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const part of PARTS) sum += weights[part] * shares[part][i]!;
    // Rounded to 12 decimals, so that scores equal in exact arithmetic tie and are ranked by id.
    scores[i] = Math.round((sum / weightSum) * 1e12) / 1e12;
  }

  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || compareIds(ids[a]!, ids[b]!));
  const chosen = order.slice(0, Math.min(n, settings.top));

  const [groupNoun, groupNounPlural] = groupNouns(settings.groupBy);
  const scratch = createCutOffScratch(n);
  const estimated = pivots === undefined ? "" : " (estimated)";

  return chosen.map((i, position) => {
    const id = ids[i]!;
    const attributes = eco.getNodeAttributes(id);
    const roles = brokers.actors[id]!;
    const component: BridgeWeights = {
      betweenness: shares.betweenness[i]!,
      brokerage: shares.brokerage[i]!,
      constraint: shares.constraint[i]!,
      participation: shares.participation[i]!,
      cutVertex: shares.cutVertex[i]!,
    };
    const sentences: { part: Part; text: string }[] = [];
    const cutOff = cutOffValues[i]!;
    if (cutOff > 0) {
      const lost = cutOffActors(undirected, i, cutOff, scratch);
      const byGroup = new Map<string, number>();
      for (const j of lost) {
        const group = groups[groupCodes[j]!]!;
        byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
      }
      const mix = [...byGroup.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
      const who =
        mix.length > 1
          ? `${countOf(cutOff, "actor")} (by ${groupNoun}: ${mix.map(([group, count]) => `${group} ${count}`).join(", ")})`
          : `${countOf(cutOff, "actor")} (${cutOff === 1 ? "" : "all with "}${groupNoun} ${mix[0]![0]})`;
      sentences.push({
        part: "cutVertex",
        text: `the only link between ${who} and the rest of its component: removing it cuts ${cutOff === 1 ? "that actor" : "them"} off`,
      });
    }
    if (betweennessValues[i]! > 0) {
      sentences.push({
        part: "betweenness",
        text: `lies on ${percentFine(betweennessValues[i]!)} of the shortest paths between other actors${estimated}`,
      });
    }
    if (crossGroup[i]! > 0) {
      const own = groups[groupCodes[i]!]!;
      const parts: string[] = [];
      if (viewOptions.directed !== true) {
        // Undirected: sna counts each pair in both directions; report unordered pairs.
        if (roles.representative > 0) {
          parts.push(
            `${countOf(roles.representative, "pair")} between its own ${groupNoun} (${own}) and other ${groupNounPlural}`,
          );
        }
        if (roles.liaison > 0) {
          parts.push(
            `${countOf(roles.liaison / 2, "pair")} from two other ${groupNounPlural} (as a liaison)`,
          );
        }
        sentences.push({
          part: "brokerage",
          text: `brokers ${parts.join(" and ")}, actors not tied to each other (each pair counted once)`,
        });
      } else {
        if (roles.gatekeeper > 0) {
          parts.push(
            `${countOf(roles.gatekeeper, "path")} from other ${groupNounPlural} into its own ${groupNoun} (${own}) as a gatekeeper`,
          );
        }
        if (roles.representative > 0) {
          parts.push(
            `${countOf(roles.representative, "path")} from its own ${groupNoun} (${own}) out to other ${groupNounPlural} as a representative`,
          );
        }
        if (roles.liaison > 0) {
          parts.push(`${countOf(roles.liaison, "path")} between two other ${groupNounPlural} as a liaison`);
        }
        sentences.push({ part: "brokerage", text: `brokers ${parts.join(", and ")}` });
      }
    }
    if (groupsSpanned[i]! >= 2 || communitiesSpanned[i]! >= 2) {
      const spans: string[] = [];
      if (groupsSpanned[i]! >= 2) spans.push(countOf(groupsSpanned[i]!, groupNoun, groupNounPlural));
      if (communitiesSpanned[i]! >= 2)
        spans.push(countOf(communitiesSpanned[i]!, "community", "communities"));
      const p = participationValues[i];
      sentences.push({
        part: "participation",
        text: `its contacts span ${spans.join(" and ")}${p === null || p === undefined ? "" : ` (participation ${shortNumberFine(p)})`}`,
      });
    }
    const c = constraintValues[i];
    if (c !== null && c !== undefined && component.constraint >= 0.5) {
      sentences.push({
        part: "constraint",
        text: `its contacts are seldom tied to each other: its constraint, ${shortNumberFine(c)}, is lower than that of ${percentFine(component.constraint)} of the other actors`,
      });
    }
    // Most telling first: the part that adds most to the score; REASON_ORDER breaks ties.
    sentences.sort(
      (a, b) =>
        weights[b.part] * component[b.part] - weights[a.part] * component[a.part] ||
        REASON_ORDER.indexOf(a.part) - REASON_ORDER.indexOf(b.part),
    );
    const reasons = sentences.map((sentence) => sentence.text);
    if (reasons.length === 0) {
      reasons.push(
        "holds no bridging position in this view: no shortest path between others runs through it",
      );
    }
    const hole = holes[id]!;
    return {
      id,
      label: actorLabel(eco, id),
      role: attributes.role,
      score: scores[i]!,
      rank: position + 1,
      betweenness: betweennessValues[i]!,
      constraint: hole.constraint,
      effectiveSize: hole.effectiveSize,
      brokerage: {
        representative: roles.representative,
        gatekeeper: roles.gatekeeper,
        liaison: roles.liaison,
        crossGroup: crossGroup[i]!,
      },
      participation: participationValues[i] ?? null,
      groupsSpanned: groupsSpanned[i]!,
      communitiesSpanned: communitiesSpanned[i]!,
      isCutVertex: cutOff > 0,
      cutOff,
      components: component,
      reasons,
    };
  });
}
