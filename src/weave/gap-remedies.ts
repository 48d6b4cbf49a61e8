/**
 * Gap-driven weaving: what an absent tie would do to each structural gap of `findStructuralGaps`,
 * counted exactly on the view, and the value of the tie as the severity-weighted share of the gaps it
 * closes.
 *
 * @packageDocumentation
 */
import { findStructuralGaps } from "../gaps/find-structural-gaps.js";
import type { StructuralGap, StructuralGapKind } from "../gaps/types.js";
import type { Ecosystem } from "../model/ecosystem.js";
import {
  type CutRelief,
  type CutStructure,
  createCutStructure,
  createReliefScratch,
  reliefOf,
} from "./cut-structure.js";
import {
  type CoverageScratch,
  coveredBy,
  createCoverageScratch,
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
   * How much of the gap the tie closes, in the gap's units: actors who gain a needed role
   * (`coverage`), needed roles the community gains (`siloed-community`; plus a share of one unit for a
   * tie out of a closed community), actors brought into the main component (`fragmentation`), actors
   * who stop hanging on the element (`single-point-of-failure`), missing ties between the groups
   * (`role-pair`).
   */
  closed: number;
  /** The gap's size in the same units, so `closed / of` is the share closed. */
  of: number;
  /** severity · closed / of: this closure's part of the suggestion's `gapValue`. */
  value: number;
  /** What the tie closes of the gap, in words ("gives all 8 Lappi developers a funder within 2 steps"). */
  what: string;
}

/** One coverage gap: the need it is about and its actors. */
interface CoverageTarget {
  readonly gap: number;
  readonly need: number;
  readonly member: Uint8Array;
}

/** One siloed community: its members, the roles it misses, and what one more tie out is worth. */
interface SiloTarget {
  readonly gap: number;
  readonly member: Uint8Array;
  readonly missing: readonly number[];
  /** Share of the E-I unit one more external tie closes (0 when the community is not closed). */
  readonly perTieOut: number;
}

/** One role-pair gap between two role codes. */
interface RolePairTarget {
  readonly gap: number;
  readonly a: number;
  readonly b: number;
}

/** The gaps of a view and the lookups that map a tie's effects to them. @internal */
export interface GapState {
  readonly gaps: readonly StructuralGap[];
  /** Units of each gap (see {@link GapClosure.of}). */
  readonly units: Float64Array;
  readonly cuts: CutStructure;
  readonly coverage: readonly CoverageTarget[];
  readonly silos: readonly SiloTarget[];
  readonly rolePairs: readonly RolePairTarget[];
  /** Fragmentation gap of each component index (−1 when none; the largest component has none). */
  readonly componentGap: Int32Array;
  /** The isolates gap, −1 when none. */
  readonly isolatesGap: number;
  /** Single-point-of-failure gap of each cut vertex, −1 when none. */
  readonly cutVertexGap: Int32Array;
  /** Single-point-of-failure gap of each bridge, keyed by min · n + max. */
  readonly bridgeGap: ReadonlyMap<number, number>;
}

/** What a tie does to the gaps: its closures by gap index, and the effects behind them. @internal */
export interface Remedy {
  /** The two ends. */
  readonly ends: readonly [number, number];
  /** Σ severity · closed / units over the gaps it touches. */
  readonly value: number;
  /**
   * Per gap touched: the units closed, and the identity of those units that have one (the actors who
   * gain a need, the roles a silo gains, the isolate brought in), so a list of suggestions can tell a
   * second remedy of the same units from one of other units.
   */
  readonly closures: readonly {
    readonly gap: number;
    readonly closed: number;
    readonly keys: readonly number[];
  }[];
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

/**
 * The gaps of the ecosystem on the context's view, with the lookups {@link remedyOf} reads.
 * @internal
 */
export function createGapState(
  eco: Ecosystem,
  context: ScoringContext,
  seed: number,
  coverageBy: string | undefined,
): GapState {
  const { view } = context;
  const n = view.order;
  const gaps = findStructuralGaps(eco, {
    ...context.viewOptions,
    maxDistance: context.maxDistance,
    seed,
    ...(coverageBy === undefined ? {} : { coverageBy }),
  });
  const units = new Float64Array(gaps.length);
  const cuts = createCutStructure(view);
  const roleCodeOf = new Map(context.roleIds.map((role, code) => [role, code]));
  const needIndex = new Map(context.needs.map((need, s) => [need.role, s]));
  const coverage: CoverageTarget[] = [];
  const silos: SiloTarget[] = [];
  const rolePairs: RolePairTarget[] = [];
  const componentGap = new Int32Array(Math.max(1, context.componentSizes.length)).fill(-1);
  let isolatesGap = -1;
  const cutVertexGap = new Int32Array(n).fill(-1);
  const bridgeGap = new Map<number, number>();
  const membersOf = (gap: StructuralGap): Uint8Array => {
    const member = new Uint8Array(n);
    for (const id of gap.actors) {
      const i = view.index.get(id);
      if (i !== undefined) member[i] = 1;
    }
    return member;
  };
  gaps.forEach((gap, g) => {
    switch (gap.kind) {
      case "coverage": {
        const need = needIndex.get(gap.evidence.needs);
        units[g] = gap.evidence.without;
        if (need !== undefined) coverage.push({ gap: g, need, member: membersOf(gap) });
        break;
      }
      case "siloed-community": {
        const { missingRoles, internalTies, externalTies, eiIndex } = gap.evidence;
        const closedIn = externalTies > 0 && eiIndex !== null && eiIndex <= SILO_EI_INDEX;
        units[g] = missingRoles.length + (closedIn ? 1 : 0);
        const missing: number[] = [];
        for (const role of missingRoles) {
          const code = roleCodeOf.get(role);
          if (code !== undefined) missing.push(code);
        }
        const perTieOut = closedIn ? 1 / tiesOutNeeded(internalTies, externalTies, SILO_EI_INDEX) : 0;
        silos.push({ gap: g, member: membersOf(gap), missing, perTieOut });
        break;
      }
      case "fragmentation": {
        units[g] = gap.evidence.size;
        if (gap.evidence.component === null) isolatesGap = g;
        else if (gap.evidence.component < componentGap.length) componentGap[gap.evidence.component] = g;
        break;
      }
      case "single-point-of-failure": {
        units[g] = gap.evidence.cutOff;
        const { actor, ends } = gap.evidence;
        if (actor !== null) {
          const i = view.index.get(actor);
          if (i !== undefined) cutVertexGap[i] = g;
        } else if (ends !== null) {
          const a = view.index.get(ends[0]);
          const b = view.index.get(ends[1]);
          if (a !== undefined && b !== undefined) bridgeGap.set(Math.min(a, b) * n + Math.max(a, b), g);
        }
        break;
      }
      case "role-pair": {
        const { groups, expected, observed } = gap.evidence;
        const a = roleCodeOf.get(groups[0]);
        const b = roleCodeOf.get(groups[1]);
        units[g] = Math.max(1, Math.ceil(expected - observed));
        if (a !== undefined && b !== undefined) rolePairs.push({ gap: g, a, b });
        break;
      }
    }
  });
  return {
    gaps,
    units,
    cuts,
    coverage,
    silos,
    rolePairs,
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
  const { view, component, componentSizes, roleCode, degree } = context;
  const n = view.order;
  const closed = new Map<number, number>();
  const keysOf = new Map<number, number[]>();
  const add = (gap: number, amount: number, keys: readonly number[] = []): void => {
    if (gap < 0 || amount <= 0) return;
    closed.set(gap, (closed.get(gap) ?? 0) + amount);
    if (keys.length > 0) {
      const list = keysOf.get(gap);
      if (list === undefined) keysOf.set(gap, keys.slice());
      else for (const key of keys) list.push(key);
    }
  };

  const covered = context.needs.map((): number[] => []);
  coveredBy(context, u, v, scratch.coverage, null, covered);
  for (const target of state.coverage) {
    const gained: number[] = [];
    for (const i of covered[target.need]!) if (target.member[i] === 1) gained.push(i);
    add(target.gap, gained.length, gained);
  }

  for (const silo of state.silos) {
    const inU = silo.member[u] === 1;
    const inV = silo.member[v] === 1;
    if (inU === inV) continue;
    const outside = inU ? v : u;
    if (silo.missing.includes(roleCode[outside]!)) add(silo.gap, 1, [roleCode[outside]!]);
    add(silo.gap, silo.perTieOut);
  }

  for (const pair of state.rolePairs) {
    const a = roleCode[u]!;
    const b = roleCode[v]!;
    if ((a === pair.a && b === pair.b) || (a === pair.b && b === pair.a)) add(pair.gap, 1);
  }

  let broughtIn = 0;
  const cu = component[u]!;
  const cv = component[v]!;
  if (cu !== cv && (cu === 0 || cv === 0)) {
    const outside = cu === 0 ? v : u;
    const part = cu === 0 ? cv : cu;
    broughtIn = componentSizes[part]!;
    if (degree[outside] === 0) add(state.isolatesGap, 1, [outside]);
    else add(state.componentGap[part] ?? -1, broughtIn);
  }

  const reliefs = reliefOf(state.cuts, component, u, v, scratch.relief);
  for (const relief of reliefs) {
    const gap =
      relief.element === "actor"
        ? state.cutVertexGap[relief.a]!
        : (state.bridgeGap.get(Math.min(relief.a, relief.b) * n + Math.max(relief.a, relief.b)) ?? -1);
    add(gap, relief.cutOff - relief.cutOffAfter);
  }

  const closures: { gap: number; closed: number; keys: number[] }[] = [];
  let value = 0;
  for (const [gap, amount] of closed) {
    const units = state.units[gap]!;
    const share = units > 0 ? Math.min(1, amount / units) : 0;
    value += state.gaps[gap]!.severity * share;
    closures.push({ gap, closed: Math.min(amount, units), keys: keysOf.get(gap) ?? [] });
  }
  // The most valuable closure first, ties by gap order (severity, then the gaps' own order).
  closures.sort(
    (a, b) =>
      state.gaps[b.gap]!.severity * (b.closed / state.units[b.gap]!) -
        state.gaps[a.gap]!.severity * (a.closed / state.units[a.gap]!) || a.gap - b.gap,
  );
  return { ends: [u, v], value, closures, covered, reliefs, broughtIn };
}

/** The public closure records of a remedy. @internal */
export function closuresOf(
  state: GapState,
  remedy: Remedy,
  words: (gap: number, closed: number) => string,
): GapClosure[] {
  return remedy.closures.map(({ gap, closed }) => {
    const found = state.gaps[gap]!;
    const of = state.units[gap]!;
    return {
      gap: found.id,
      kind: found.kind,
      severity: found.severity,
      closed,
      of,
      value: of > 0 ? (found.severity * closed) / of : 0,
      what: words(gap, closed),
    };
  });
}
