/**
 * Gap-driven weaving: what an absent tie would do to each structural gap of `findStructuralGaps`,
 * counted exactly on the view, and the value of the tie as the loss it takes away from actors, in
 * actor-equivalents, each actor's loss counted once however many gaps name it.
 *
 * @packageDocumentation
 */

import { roleNeeds } from "../gaps/coverage.js";
import { findStructuralGaps } from "../gaps/find-structural-gaps.js";
import type { NeedLoss, StructuralGap, StructuralGapKind } from "../gaps/types.js";
import type { Ecosystem } from "../model/ecosystem.js";
import type { Message } from "../text/message.js";
import {
  type CutRelief,
  type CutStructure,
  createCutStructure,
  createReliefScratch,
  reliefOf,
} from "./cut-structure.js";
import { type CountedGap, gapWeights, outrightCredits } from "./gap-weights.js";
import {
  type CoverageScratch,
  contextOnView,
  coveredBy,
  createCoverageScratch,
  needStates,
  type ScoringContext,
} from "./score-components.js";

/** What a suggested tie closes of one structural gap. */
export interface GapClosure {
  /** The gap's stable id (`StructuralGap.id`). */
  gap: string;
  /** The gap's kind. */
  kind: StructuralGapKind;
  /** The gap's severity now. */
  severity: number;
  /**
   * How much of the gap's loss the tie takes away, in actor-equivalents (the unit of
   * `StructuralGap.loss`): 1 / |needs| per (actor, needed role) that comes within reach, 1 per actor
   * brought into the main component, ½ per actor that stops hanging on a single point of failure, 1 per
   * actor that keeps a route when ties end and 1 / |needs| per need it would then still reach, a share
   * of the note of a closed cluster or a role pair.
   */
  closed: number;
  /** The gap's loss now, so `closed / of` is the share closed. */
  of: number;
  /**
   * closed · the share of the gap's loss no other gap counts (1 but for a single point of failure whose
   * actors another gap counts whole, see `suggestConnections`), plus, when the tie removes the gap
   * outright (a single point of failure that stops being one, a cut-off part or an isolate brought
   * in), `OUTRIGHT_SHARE` (¼) of its loss as found before the plan: this closure's part of the
   * suggestion's `gapValue`.
   */
  value: number;
  /**
   * What the tie closes of the gap, in English words ("gives all 8 Lappi developers a funder within 2
   * steps"): the sentences of `whatMessages` in lower case without their stops, joined by "and".
   */
  what: string;
  /**
   * What the tie closes of the gap as sentences (ids `weave.closure.*`), to render in any locale with
   * `formatMessage`: one per need it meets for a gap of unmet needs, else one.
   */
  whatMessages: Message[];
}

/** A gap about unmet needs (a coverage gap, or a silo or cut-off part that carries its members' needs). */
interface NeedTarget {
  readonly gap: number;
  /** Per need of the context, 1 for the actors of the gap who lack it. */
  readonly lacking: readonly (Uint8Array | null)[];
}

/** A siloed community: its members and what one more tie out takes off its note. */
interface SiloTarget {
  readonly gap: number;
  readonly member: Uint8Array;
  /** The loss of its note (the part of its loss that is not unmet needs) times 1/k for one tie out. */
  readonly notePerTieOut: number;
}

/** One role-pair gap between two role codes, and its loss per added tie. */
interface RolePairTarget {
  readonly gap: number;
  readonly a: number;
  readonly b: number;
  readonly perTie: number;
}

/** A ties-ending gap: the future components once its ties end, and the cut-off actors in each. */
interface EndingTarget {
  readonly gap: number;
  readonly future: Int32Array;
  /** The future component that keeps the main network. */
  readonly main: number;
  /** Per future component, the cut-off actors it holds. */
  readonly rescued: Int32Array;
}

/** The view once every ending tie has ended, and the needs its actors would lose then. */
interface FutureNeeds {
  /** The scoring context on the future view: its needs flag only the needs lost to the ending ties. */
  readonly context: ScoringContext;
  /** Per need of the context, the ending gap that carries each actor's lost need (−1: none). */
  readonly gapOf: readonly Int32Array[];
}

/** The options of `findStructuralGaps` the weaving calls pass on. @internal */
export interface GapStateOptions {
  readonly seed: number;
  readonly coverageBy: string | undefined;
  readonly horizonMonths: number;
}

export type { CountedGap } from "./gap-weights.js";

/** The gaps of a state as the gaps a plan starting there answers. @internal */
export function countedGaps(state: GapState): ReadonlyMap<string, CountedGap> {
  return new Map(state.gaps.map((gap, g) => [gap.id, { loss: gap.loss, weight: state.weight[g]! }]));
}

/** The gaps of a view and the lookups that map a tie's effects to them. @internal */
export interface GapState {
  readonly gaps: readonly StructuralGap[];
  /** Loss of each gap (`StructuralGap.loss`): the units of {@link GapClosure}. */
  readonly units: Float64Array;
  /**
   * What one unit closed of each gap is worth: the share of its units no other gap carries (see
   * `gapWeights`); 0 for a gap the plan's own ties opened.
   */
  readonly weight: Float64Array;
  /**
   * What removing each gap outright earns on top (`outrightCredits`): for a single point of failure or
   * a cut-off part, the credit itself; for the isolates, the credit per unit of an isolate's own loss;
   * 0 for other kinds and for gaps the plan's own ties opened.
   */
  readonly outright: Float64Array;
  /** Needs the ending ties would take away, on the view without them; `null` without ending ties. */
  readonly future: FutureNeeds | null;
  readonly cuts: CutStructure;
  /** Per actor, 1 / (number of roles its role needs), 0 when it needs none. */
  readonly needWeight: Float64Array;
  readonly needTargets: readonly NeedTarget[];
  readonly silos: readonly SiloTarget[];
  readonly rolePairs: readonly RolePairTarget[];
  readonly endings: readonly EndingTarget[];
  /** Fragmentation gap of each component index (−1 when none; the largest component has none). */
  readonly componentGap: Int32Array;
  /** The isolates gap, −1 when none. */
  readonly isolatesGap: number;
  /** Single-point-of-failure gap of each cut vertex, −1 when none. */
  readonly cutVertexGap: Int32Array;
  /** Single-point-of-failure gap of each bridge, keyed by min · n + max. */
  readonly bridgeGap: ReadonlyMap<number, number>;
}

/** A gap the tie touches: the loss it takes away, and the identified part of it. @internal */
export interface RemedyClosure {
  readonly gap: number;
  /** Loss taken away (actor-equivalents). */
  readonly closed: number;
  /** Identities of units closed (actor · needs + need for needs met; the isolate brought in). */
  readonly keys: readonly number[];
  /** The part of `closed` the keys carry, each key an equal share of it. */
  readonly keyed: number;
  /** The credit for removing the gap (or the isolate) outright, 0 when the tie leaves it. */
  readonly outright: number;
}

/** What a tie does to the gaps: its closures by gap index, and the effects behind them. @internal */
export interface Remedy {
  /** The two ends. */
  readonly ends: readonly [number, number];
  /** Σ weight · min(closed, loss) + outright over the gaps it touches (actor-equivalents). */
  readonly value: number;
  /** Per gap touched, the most valuable first. */
  readonly closures: readonly RemedyClosure[];
  /** Per need of the context, the actors who gain it within `maxDistance`. */
  readonly covered: readonly (readonly number[])[];
  /** Single points of failure bypassed. */
  readonly reliefs: readonly CutRelief[];
  /** Actors brought into the main component (the isolate, or the whole small component). */
  readonly broughtIn: number;
}

/** Scratch of {@link remedyOf}. @internal */
export interface RemedyScratch {
  readonly coverage: CoverageScratch;
  readonly relief: ReturnType<typeof createReliefScratch>;
}

/** Buffers for n actors. @internal */
export function createRemedyScratch(n: number): RemedyScratch {
  return { coverage: createCoverageScratch(n), relief: createReliefScratch(n) };
}

/** Ties the community needs out before its E-I index passes the silo threshold (at least 1). */
function tiesOutNeeded(internal: number, external: number, threshold: number): number {
  // (E + k − I) / (E + k + I) > t  ⇔  k > (t (E + I) − E + I) / (1 − t)
  if (threshold >= 1) return 1;
  const k = Math.floor((threshold * (external + internal) - external + internal) / (1 - threshold)) + 1;
  return Math.max(1, k);
}

/** The silo threshold `findStructuralGaps` applies by default. */
const SILO_EI_INDEX = -0.8;

/** Component labels of the view without the given pairs (one search per component). */
function componentsWithout(view: ScoringContext["view"], removed: ReadonlySet<number>): Int32Array {
  const { offsets, targets, order: n } = view;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    label[s] = count;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const x = queue[head]!;
      for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
        const y = targets[k]!;
        if (label[y] !== -1 || removed.has(Math.min(x, y) * n + Math.max(x, y))) continue;
        label[y] = count;
        queue[tail++] = y;
      }
    }
    count++;
  }
  return label;
}

/**
 * The needs the ending ties would take away: the view without every tie of a `ties-ending` gap, its
 * needs found again there, and each need an actor meets today but not then assigned to the first
 * ending gap that lists the actor. `null` without ending gaps.
 */
function futureNeedsOf(
  eco: Ecosystem,
  context: ScoringContext,
  gaps: readonly StructuralGap[],
): FutureNeeds | null {
  const { view } = context;
  const n = view.order;
  const removed = new Set<number>();
  const listedBy = new Int32Array(n).fill(-1);
  gaps.forEach((gap, g) => {
    if (gap.kind !== "ties-ending") return;
    for (const { ends } of gap.evidence.ties) {
      const a = view.index.get(ends[0]);
      const b = view.index.get(ends[1]);
      if (a !== undefined && b !== undefined) removed.add(Math.min(a, b) * n + Math.max(a, b));
    }
    const list = (id: string) => {
      const i = view.index.get(id);
      if (i !== undefined && listedBy[i] === -1) listedBy[i] = g;
    };
    for (const id of gap.evidence.cutOffActors) list(id);
    for (const { actors } of gap.evidence.lostNeeds) for (const id of actors) list(id);
  });
  if (removed.size === 0) return null;
  const futureView = withoutPairs(view, removed);
  const needs = needStates(eco, futureView, context.roleCode, context.roleIds, context.maxDistance);
  const gapOf: Int32Array[] = [];
  const lost = needs.map((need, s) => {
    const now = context.needs[s];
    const owner = new Int32Array(n).fill(-1);
    const unmetFlag = new Uint8Array(n);
    const unmet: number[] = [];
    if (now !== undefined && now.role === need.role) {
      for (let i = 0; i < n; i++) {
        if (need.unmetFlag[i] !== 1 || now.unmetFlag[i] === 1 || listedBy[i] === -1) continue;
        unmetFlag[i] = 1;
        unmet.push(i);
        owner[i] = listedBy[i]!;
      }
    }
    gapOf.push(owner);
    return { ...need, unmet, unmetFlag };
  });
  return { context: contextOnView(context, futureView, lost), gapOf };
}

/** The view without the given pairs (keyed min · n + max), as one more CSR. */
function withoutPairs(view: ScoringContext["view"], removed: ReadonlySet<number>): ScoringContext["view"] {
  const { offsets, targets, weights, order: n } = view;
  const keptOffsets = new Int32Array(n + 1);
  const keptTargets: number[] = [];
  const keptWeights: number[] = [];
  for (let x = 0; x < n; x++) {
    for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
      const y = targets[k]!;
      if (removed.has(Math.min(x, y) * n + Math.max(x, y))) continue;
      keptTargets.push(y);
      keptWeights.push(weights[k]!);
    }
    keptOffsets[x + 1] = keptTargets.length;
  }
  return {
    ...view,
    size: keptTargets.length / 2,
    offsets: keptOffsets,
    targets: Int32Array.from(keptTargets),
    weights: Float64Array.from(keptWeights),
  };
}

/**
 * The gaps of the ecosystem on the context's view, with the lookups {@link remedyOf} reads.
 * @internal
 */
export function createGapState(
  eco: Ecosystem,
  context: ScoringContext,
  options: GapStateOptions,
  counted: ReadonlyMap<string, CountedGap> | null = null,
): GapState {
  const { seed, coverageBy, horizonMonths } = options;
  const { view } = context;
  const n = view.order;
  const gaps = findStructuralGaps(eco, {
    ...context.viewOptions,
    maxDistance: context.maxDistance,
    seed,
    horizonMonths,
    ...(coverageBy === undefined ? {} : { coverageBy }),
  });
  const units = Float64Array.from(gaps, (gap) => gap.loss);
  const cuts = createCutStructure(view);
  const roleCodeOf = new Map(context.roleIds.map((role, code) => [role, code]));
  const needIndex = new Map(context.needs.map((need, s) => [need.role, s]));
  const needsPerRole = new Int32Array(context.roleIds.length);
  for (const { neededBy } of roleNeeds(eco, context.roleCode, context.roleIds))
    for (const code of neededBy) needsPerRole[code]!++;
  const needWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const count = needsPerRole[context.roleCode[i]!]!;
    needWeight[i] = count > 0 ? 1 / count : 0;
  }
  const needTargets: NeedTarget[] = [];
  const silos: SiloTarget[] = [];
  const rolePairs: RolePairTarget[] = [];
  const endings: EndingTarget[] = [];
  const componentGap = new Int32Array(Math.max(1, context.componentSizes.length)).fill(-1);
  let isolatesGap = -1;
  const cutVertexGap = new Int32Array(n).fill(-1);
  const bridgeGap = new Map<number, number>();
  const indexOf = (id: string): number => view.index.get(id) ?? -1;
  const flagsOf = (ids: readonly string[]): Uint8Array => {
    const flags = new Uint8Array(n);
    for (const id of ids) {
      const i = indexOf(id);
      if (i !== -1) flags[i] = 1;
    }
    return flags;
  };
  // The needs a gap carries: its own actors for a coverage gap, the listed members for the others.
  const needTarget = (g: number, losses: readonly NeedLoss[]): number => {
    const lacking: (Uint8Array | null)[] = context.needs.map(() => null);
    let loss = 0;
    for (const { needs, actors } of losses) {
      const s = needIndex.get(needs);
      if (s === undefined) continue;
      lacking[s] = flagsOf(actors);
      for (const id of actors) {
        const i = indexOf(id);
        if (i !== -1) loss += needWeight[i]!;
      }
    }
    needTargets.push({ gap: g, lacking });
    return loss;
  };
  // A whole-ecosystem coverage gap's loss leaves out the actors a more specific gap carries for the
  // same need (findStructuralGaps counts each unmet need once), so its remedies do too.
  const carried = new Set<string>();
  const key = (need: string, id: string) => `${need}\u0000${id}`;
  for (const gap of gaps) {
    if (gap.kind === "coverage" && gap.evidence.attribute !== null) {
      for (const id of gap.actors) carried.add(key(`${gap.evidence.role}>${gap.evidence.needs}`, id));
    } else if (gap.kind === "siloed-community" || gap.kind === "fragmentation") {
      for (const { needs, actors } of gap.evidence.unmetNeeds)
        for (const id of actors) carried.add(key(`*>${needs}`, id));
    }
  }
  gaps.forEach((gap, g) => {
    switch (gap.kind) {
      case "coverage": {
        const { role, needs, attribute } = gap.evidence;
        const own =
          attribute !== null
            ? gap.actors
            : gap.actors.filter(
                (id) => !carried.has(key(`${role}>${needs}`, id)) && !carried.has(key(`*>${needs}`, id)),
              );
        needTarget(g, [{ needs, actors: own }]);
        break;
      }
      case "siloed-community": {
        const { internalTies, externalTies, eiIndex, unmetNeeds } = gap.evidence;
        const needsLoss = needTarget(g, unmetNeeds);
        const closedIn = externalTies > 0 && eiIndex !== null && eiIndex <= SILO_EI_INDEX;
        const note = Math.max(0, gap.loss - needsLoss);
        const notePerTieOut = closedIn ? note / tiesOutNeeded(internalTies, externalTies, SILO_EI_INDEX) : 0;
        silos.push({ gap: g, member: flagsOf(gap.actors), notePerTieOut });
        break;
      }
      case "fragmentation": {
        if (gap.evidence.component === null) isolatesGap = g;
        else if (gap.evidence.component < componentGap.length) componentGap[gap.evidence.component] = g;
        // The gap's loss counts its actors' unmet needs beside their being cut off: an actor brought in
        // also meets the needs its new contact brings within reach.
        needTarget(g, gap.evidence.unmetNeeds);
        break;
      }
      case "single-point-of-failure": {
        const { actor, ends } = gap.evidence;
        if (actor !== null) {
          const i = indexOf(actor);
          if (i !== -1) cutVertexGap[i] = g;
        } else if (ends !== null) {
          const a = indexOf(ends[0]);
          const b = indexOf(ends[1]);
          if (a !== -1 && b !== -1) bridgeGap.set(Math.min(a, b) * n + Math.max(a, b), g);
        }
        break;
      }
      case "role-pair": {
        const { groups, expected, observed } = gap.evidence;
        const a = roleCodeOf.get(groups[0]);
        const b = roleCodeOf.get(groups[1]);
        const missing = Math.max(1, Math.ceil(expected - observed));
        if (a !== undefined && b !== undefined) rolePairs.push({ gap: g, a, b, perTie: gap.loss / missing });
        break;
      }
      case "ties-ending": {
        const { ties, cutOffActors } = gap.evidence;
        if (cutOffActors.length === 0) break;
        const removed = new Set<number>();
        for (const { ends } of ties) {
          const a = indexOf(ends[0]);
          const b = indexOf(ends[1]);
          if (a !== -1 && b !== -1) removed.add(Math.min(a, b) * n + Math.max(a, b));
        }
        const future = componentsWithout(view, removed);
        let parts = 0;
        for (let i = 0; i < n; i++) parts = Math.max(parts, future[i]! + 1);
        const sizes = new Int32Array(parts);
        const rescued = new Int32Array(parts);
        for (let i = 0; i < n; i++) sizes[future[i]!]!++;
        for (const id of cutOffActors) {
          const i = indexOf(id);
          if (i !== -1) rescued[future[i]!]!++;
        }
        let main = -1;
        for (let i = 0; i < n; i++) {
          if (context.component[i] !== 0 || rescued[future[i]!]! > 0) continue;
          if (main === -1 || sizes[future[i]!]! > sizes[main]!) main = future[i]!;
        }
        if (main !== -1) endings.push({ gap: g, future, main, rescued });
        break;
      }
    }
  });
  const future = futureNeedsOf(eco, context, gaps);
  if (future !== null) {
    // An ending gap also carries the needs its cut-off actors would lose with their last tie.
    const carriedByGap = new Float64Array(gaps.length);
    future.gapOf.forEach((gapOf) => {
      for (let i = 0; i < n; i++) if (gapOf[i]! >= 0) carriedByGap[gapOf[i]!]! += needWeight[i]!;
    });
    gaps.forEach((gap, g) => {
      if (gap.kind === "ties-ending")
        units[g] = Math.max(gap.loss, gap.evidence.cutOffActors.length + carriedByGap[g]!);
    });
  }
  return {
    gaps,
    units,
    weight: gapWeights(gaps, counted),
    outright: outrightCredits(gaps, counted),
    future,
    cuts,
    needWeight,
    needTargets,
    silos,
    rolePairs,
    endings,
    componentGap,
    isolatesGap,
    cutVertexGap,
    bridgeGap,
  };
}

/**
 * What the absent tie u–v would close of each gap, exactly, on the view (see {@link GapClosure} for the
 * units; `suggestConnections` documents the rule).
 * @internal
 */
export function remedyOf(
  state: GapState,
  context: ScoringContext,
  u: number,
  v: number,
  scratch: RemedyScratch,
): Remedy {
  const { view, component, componentSizes, roleCode, degree, needs } = context;
  const n = view.order;
  const closed = new Map<number, { closed: number; keys: number[]; keyed: number; outright: number }>();
  const add = (gap: number, amount: number, keys: readonly number[] = [], keyed = 0, outright = 0): void => {
    if (gap < 0 || amount <= 0 || !(state.units[gap]! > 0)) return;
    let entry = closed.get(gap);
    if (entry === undefined) {
      entry = { closed: 0, keys: [], keyed: 0, outright: 0 };
      closed.set(gap, entry);
    }
    entry.outright += outright;
    entry.closed += amount;
    entry.keyed += keyed;
    for (const key of keys) entry.keys.push(key);
  };

  const covered = needs.map((): number[] => []);
  coveredBy(context, u, v, scratch.coverage, null, covered);
  for (const target of state.needTargets) {
    const keys: number[] = [];
    let loss = 0;
    target.lacking.forEach((lacking, s) => {
      if (lacking === null) return;
      for (const i of covered[s]!) {
        if (lacking[i] !== 1) continue;
        keys.push(i * needs.length + s);
        loss += state.needWeight[i]!;
      }
    });
    add(target.gap, loss, keys, loss);
  }

  for (const silo of state.silos) {
    if ((silo.member[u] === 1) !== (silo.member[v] === 1)) add(silo.gap, silo.notePerTieOut);
  }

  for (const pair of state.rolePairs) {
    const a = roleCode[u]!;
    const b = roleCode[v]!;
    if ((a === pair.a && b === pair.b) || (a === pair.b && b === pair.a)) add(pair.gap, pair.perTie);
  }

  let broughtIn = 0;
  const cu = component[u]!;
  const cv = component[v]!;
  if (cu !== cv && (cu === 0 || cv === 0)) {
    const outside = cu === 0 ? v : u;
    const part = cu === 0 ? cv : cu;
    broughtIn = componentSizes[part]!;
    // Each actor brought in counts 1 (its needs met count beside, as needs), and removes its part.
    if (degree[outside] === 0) {
      const g = state.isolatesGap;
      if (g >= 0) add(g, 1, [-1 - outside], 1, state.outright[g]! * isolateLoss(state, outside));
    } else {
      const g = state.componentGap[part] ?? -1;
      if (g >= 0) add(g, broughtIn, [], 0, state.outright[g]!);
    }
  }

  const reliefs = reliefOf(state.cuts, component, u, v, scratch.relief);
  for (const relief of reliefs) {
    const gap =
      relief.element === "actor"
        ? state.cutVertexGap[relief.a]!
        : (state.bridgeGap.get(Math.min(relief.a, relief.b) * n + Math.max(relief.a, relief.b)) ?? -1);
    if (gap >= 0)
      add(
        gap,
        (state.units[gap]! * (relief.cutOff - relief.cutOffAfter)) / relief.cutOff,
        [],
        0,
        relief.cutOffAfter === 0 ? state.outright[gap]! : 0,
      );
  }

  for (const ending of state.endings) {
    const fu = ending.future[u]!;
    const fv = ending.future[v]!;
    if (fu === fv) continue;
    const saved = fu === ending.main ? ending.rescued[fv]! : fv === ending.main ? ending.rescued[fu]! : 0;
    add(ending.gap, saved);
  }
  if (state.future !== null) {
    const { context: later, gapOf } = state.future;
    const kept = later.needs.map((): number[] => []);
    coveredBy(later, u, v, scratch.coverage, null, kept);
    kept.forEach((actors, s) => {
      for (const i of actors) {
        const w = state.needWeight[i]!;
        add(gapOf[s]![i]!, w, [i * needs.length + s], w);
      }
    });
  }

  const closures: RemedyClosure[] = [];
  let value = 0;
  for (const [gap, entry] of closed) {
    const units = state.units[gap]!;
    value += state.weight[gap]! * Math.min(entry.closed, units) + entry.outright;
    closures.push({
      gap,
      closed: Math.min(entry.closed, units),
      keys: entry.keys,
      keyed: entry.keyed,
      outright: entry.outright,
    });
  }
  const worth = (c: RemedyClosure) => state.weight[c.gap]! * c.closed + c.outright;
  // The most valuable closure first, ties by the gaps' own order (most severe first).
  closures.sort((a, b) => worth(b) - worth(a) || a.gap - b.gap);
  return { ends: [u, v], value, closures, covered, reliefs, broughtIn };
}

/** An isolate's own loss in the isolates gap: 1 for being cut off, plus its unmet needs' weights. */
function isolateLoss(state: GapState, isolate: number): number {
  let own = 1;
  for (const target of state.needTargets) {
    if (target.gap !== state.isolatesGap) continue;
    for (const lacking of target.lacking)
      if (lacking !== null && lacking[isolate] === 1) own += state.needWeight[isolate]!;
  }
  return own;
}

/**
 * The English phrase of closure sentences (`GapClosure.what`): each sentence without its final stop,
 * starting in lower case (every closure sentence starts with a verb), joined by `and`.
 */
function closurePhrase(sentences: readonly Message[]): string {
  return sentences
    .map(({ text }) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, ""))
    .join(" and ");
}

/** The public closure records of a remedy. @internal */
export function closuresOf(
  state: GapState,
  remedy: Remedy,
  sentences: (gap: number, closed: number) => Message[],
): GapClosure[] {
  return remedy.closures.map(({ gap, closed, outright }) => {
    const found = state.gaps[gap]!;
    const of = state.units[gap]!;
    const whatMessages = sentences(gap, closed);
    return {
      gap: found.id,
      kind: found.kind,
      severity: found.severity,
      closed,
      of,
      value: state.weight[gap]! * closed + outright,
      what: closurePhrase(whatMessages),
      whatMessages,
    };
  });
}
