/**
 * `compareEcosystems`: what changed between two ecosystems (before and after a scenario, or two
 * dates): actors and ties, the network's figures, role-pair mixing, structural gaps, bridge actors and
 * stage, with sentences that say it.
 *
 * @packageDocumentation
 */

import { type DiagnoseStageOptions, diagnoseStage, type NetworkStage } from "../brokers/diagnose-stage.js";
import { type BridgeActor, findBridgeActors } from "../brokers/find-bridge-actors.js";
import { stageName } from "../brokers/stage-reasons.js";
import { type FindStructuralGapsOptions, findStructuralGaps } from "../gaps/find-structural-gaps.js";
import type { StructuralGap, StructuralGapKind } from "../gaps/types.js";
import { compareIds } from "../internal/compare.js";
import { components } from "../metrics/components.js";
import { mixingMatrix } from "../metrics/groups.js";
import { constraint } from "../metrics/structural-holes.js";
import { checkArguments, checkEcosystem, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, ruleNumberAtLeast } from "../model/option-errors.js";
import { isTieDirected } from "../model/roles.js";
import type { Actor, Tie } from "../model/schema.js";
import { tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { type Message, message } from "../text/message.js";
import { checkEfficiencySources, efficiencyFigure, efficiencySourcesFor } from "./efficiency-sources.js";

/** The keys of {@link CompareEcosystemsOptions}, checked at run time (see `checkOptionKeys`). */
const COMPARE_ECOSYSTEMS_OPTION_KEYS = optionKeys<CompareEcosystemsOptions>({
  ...VIEW_OPTION_KEYS,
  seed: true,
  top: true,
  severityTolerance: true,
  efficiencySources: true,
  gapOptions: true,
  stageOptions: true,
});

const FN = "compareEcosystems";

/** Options of {@link compareEcosystems}. */
export interface CompareEcosystemsOptions extends ViewOptions {
  /**
   * Seed of every random part (gap permutations and communities, bridge communities and pivots,
   * sampled efficiency), the same for both ecosystems so that differences are the network's.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * How many bridge actors count as the top (`findBridgeActors`' `top`).
   * @defaultValue 10
   */
  top?: number;
  /**
   * A gap present in both is reported as changed when its severity moved by more than this.
   * @defaultValue 0.01
   */
  severityTolerance?: number;
  /**
   * How global efficiency is computed: `"auto"` (exact up to 2 000 actors, else 500 seeded sources),
   * `"exact"`, or a number of sources (an integer ≥ 2).
   * @defaultValue "auto"
   */
  efficiencySources?: "auto" | "exact" | number;
  /**
   * Options passed to `findStructuralGaps` for both ecosystems; its `groupBy` also groups the
   * role-pair ratios.
   * @defaultValue its own defaults
   */
  gapOptions?: Omit<FindStructuralGapsOptions, keyof ViewOptions | "seed">;
  /**
   * Options passed to `diagnoseStage` for both ecosystems.
   * @defaultValue its own defaults
   */
  stageOptions?: Omit<DiagnoseStageOptions, keyof ViewOptions | "seed">;
}

/** The defaults of {@link CompareEcosystemsOptions}. */
export const COMPARE_ECOSYSTEMS_DEFAULTS = Object.freeze({
  directed: false,
  seed: 1,
  top: 10,
  severityTolerance: 0.01,
  efficiencySources: "auto",
} satisfies CompareEcosystemsOptions);

/** Largest ecosystem whose global efficiency `compareEcosystems` computes exactly by default. */
export const COMPARE_EXACT_EFFICIENCY_LIMIT = 2000;

/** Seeded sources of the sampled global efficiency above {@link COMPARE_EXACT_EFFICIENCY_LIMIT}. */
export const COMPARE_EFFICIENCY_SOURCES = 500;

/** The network's figures, on the undirected view of the options' `kinds` and `at`. */
export interface ComparisonFigures {
  /** Actors. */
  actors: number;
  /** Ties of the document (parallel ties counted apart). */
  ties: number;
  /** Global efficiency (exact or sampled, see `efficiencySources`). */
  globalEfficiency: number;
  /** Connected components (an isolate is one). */
  components: number;
  /** Actors of the largest component divided by all actors; 0 for an empty ecosystem. */
  largestComponentShare: number;
  /** Mean of Burt's constraint over actors with contacts; `null` when no actor has one. */
  averageConstraint: number | null;
}

/** Observed and expected ties between two groups, as in the role-pair gap. */
export interface RolePairMixing {
  /** Adjacent pairs joining the groups (within one group: both ends in it). */
  observed: number;
  /** Configuration-model expectation: D_g·D_h / 2m, or D_g² / 4m within g. */
  expected: number;
  /** observed / expected; `null` when expected is 0. */
  ratio: number | null;
}

/** One pair of groups, before and after. */
export interface RolePairChange {
  /** The two groups, sorted; the same twice for a within-group pair. */
  groups: [string, string];
  /** `null` when one of the groups has no actor in that ecosystem. */
  before: RolePairMixing | null;
  after: RolePairMixing | null;
}

/** A structural gap matched across the two ecosystems. */
export interface GapChange {
  /** What the gap is about, stable across ecosystems (see {@link compareEcosystems}). */
  key: string;
  kind: StructuralGapKind;
  /** The gap's title (after, or before for a closed gap), in English: `titleMessage.text`. */
  title: string;
  /** The gap's title as a message, to write in any locale with `formatMessage`. */
  titleMessage: Message;
  /** Severity before; `null` for an opened gap. */
  before: number | null;
  /** Severity after; `null` for a closed gap. */
  after: number | null;
  /** The gap itself (after, or before for a closed gap), with its evidence. */
  gap: StructuralGap;
}

/** A bridge actor that entered or left the top. */
export interface BridgeChange {
  id: string;
  label: string;
  /** Rank and score in the ecosystem where it is among the top. */
  rank: number;
  score: number;
}

/** A tie whose weight or amount changed (same ends, kind, direction and dates). */
export interface TieChange {
  before: Tie;
  after: Tie;
}

/** What {@link compareEcosystems} reports. */
export interface EcosystemComparison {
  /** Same actors (ids, roles, labels, attributes), same ties (as multisets) and same declared roles. */
  identical: boolean;
  actors: {
    /** Ids in `after` only, sorted. */
    added: string[];
    /** Ids in `before` only, sorted. */
    removed: string[];
    /** Ids in both whose role, label or attributes differ, sorted. */
    changed: string[];
  };
  ties: {
    /** Ties in `after` only, sorted by source, target, kind, dates. */
    added: Tie[];
    /** Ties in `before` only, same order. */
    removed: Tie[];
    /** Ties in both whose weight or amount changed. */
    changed: TieChange[];
  };
  figures: { before: ComparisonFigures; after: ComparisonFigures };
  /** Every pair of groups present in either ecosystem, sorted by groups. */
  rolePairs: RolePairChange[];
  gaps: {
    /** Gaps only after, most severe first. */
    opened: GapChange[];
    /** Gaps only before, most severe first. */
    closed: GapChange[];
    /** Gaps in both whose severity moved by more than `severityTolerance`, largest move first. */
    changed: GapChange[];
  };
  bridges: {
    /** In the top after, not before, by rank after. */
    gained: BridgeChange[];
    /** In the top before, not after, by rank before. */
    lost: BridgeChange[];
  };
  stage: { before: NetworkStage | null; after: NetworkStage | null };
  /** Sentences a person can read, most important first, in English. */
  summary: string[];
  /**
   * The same sentences as messages (ids `scenario.summary.…`), same order: `summary[i]` is
   * `summaryMessages[i].text`; `formatMessage(m, "fi")` writes one in Finnish.
   */
  summaryMessages: Message[];
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareIds(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The identity of a tie: its ends (sorted when undirected), kind, direction and dates. */
function tieKey(tie: Tie): string {
  const directed = isTieDirected(tie);
  const [a, b] =
    directed || compareIds(tie.source, tie.target) <= 0 ? [tie.source, tie.target] : [tie.target, tie.source];
  return JSON.stringify([a, b, tie.kind, directed, tie.since ?? null, tie.until ?? null]);
}

function compareTies(a: Tie, b: Tie): number {
  return (
    compareIds(tieKey(a), tieKey(b)) ||
    (a.weight ?? 1) - (b.weight ?? 1) ||
    (a.amount ?? -1) - (b.amount ?? -1)
  );
}

function diffTies(before: readonly Tie[], after: readonly Tie[]): EcosystemComparison["ties"] {
  const groups = new Map<string, { before: Tie[]; after: Tie[] }>();
  const groupOf = (tie: Tie) => {
    const key = tieKey(tie);
    let group = groups.get(key);
    if (group === undefined) {
      group = { before: [], after: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const tie of before) groupOf(tie).before.push(tie);
  for (const tie of after) groupOf(tie).after.push(tie);
  const added: Tie[] = [];
  const removed: Tie[] = [];
  const changed: TieChange[] = [];
  const strength = (tie: Tie) => `${tie.weight ?? 1}|${tie.amount ?? ""}`;
  for (const key of [...groups.keys()].sort(compareIds)) {
    const group = groups.get(key)!;
    // Multiset difference on (weight, amount); what is left on both sides pairs up as changed.
    const left = [...group.before].sort(compareTies);
    const right = [...group.after].sort(compareTies);
    const unmatched: Tie[] = [];
    for (const tie of left) {
      const at = right.findIndex((other) => strength(other) === strength(tie));
      if (at === -1) unmatched.push(tie);
      else right.splice(at, 1);
    }
    const pairs = Math.min(unmatched.length, right.length);
    for (let k = 0; k < pairs; k++) changed.push({ before: unmatched[k]!, after: right[k]! });
    for (let k = pairs; k < unmatched.length; k++) removed.push(unmatched[k]!);
    for (let k = pairs; k < right.length; k++) added.push(right[k]!);
  }
  return { added, removed, changed };
}

function diffActors(before: readonly Actor[], after: readonly Actor[]): EcosystemComparison["actors"] {
  const old = new Map(before.map((actor) => [actor.id, actor]));
  const fresh = new Map(after.map((actor) => [actor.id, actor]));
  const added = after.filter((actor) => !old.has(actor.id)).map((actor) => actor.id);
  const removed = before.filter((actor) => !fresh.has(actor.id)).map((actor) => actor.id);
  const changed = after
    .filter((actor) => old.has(actor.id) && stableJson(old.get(actor.id)) !== stableJson(actor))
    .map((actor) => actor.id);
  return {
    added: added.sort(compareIds),
    removed: removed.sort(compareIds),
    changed: changed.sort(compareIds),
  };
}

/**
 * The subject of a gap, stable across ecosystems: the role pair, the (role, need, attribute value),
 * the articulation point or the bridge's ends, the actor whose ties end; for a siloed community or a cut-off component, the
 * members (matched across ecosystems by overlap, see {@link compareEcosystems}).
 */
function gapKey(gap: StructuralGap): string {
  switch (gap.kind) {
    case "role-pair":
      return `role-pair:${gap.evidence.groups.join("|")}`;
    case "coverage": {
      const { role, needs, attribute, value } = gap.evidence;
      return `coverage:${role}>${needs}${attribute === null ? "" : `:${attribute}=${value}`}`;
    }
    case "single-point-of-failure":
      return gap.evidence.element === "actor"
        ? `single-point-of-failure:actor:${gap.evidence.actor}`
        : `single-point-of-failure:tie:${gap.evidence.ends!.join("|")}`;
    case "fragmentation":
      return gap.evidence.component === null
        ? "fragmentation:isolates"
        : `fragmentation:${gap.actors.join("|")}`;
    case "siloed-community":
      return `siloed-community:${gap.actors.join("|")}`;
    case "ties-ending":
      return `ties-ending:${gap.evidence.actor}`;
  }
}

/** Gaps whose subject is a set of actors that may gain or lose members. */
function matchedByOverlap(gap: StructuralGap): boolean {
  return gap.kind === "siloed-community" || (gap.kind === "fragmentation" && gap.evidence.component !== null);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let shared = 0;
  for (const id of b) if (set.has(id)) shared++;
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Least overlap (Jaccard) at which two member-set gaps of one kind are the same gap. */
const OVERLAP = 0.5;

function diffGaps(
  before: readonly StructuralGap[],
  after: readonly StructuralGap[],
  tolerance: number,
): EcosystemComparison["gaps"] {
  const change = (key: string, old: StructuralGap | null, fresh: StructuralGap | null): GapChange => {
    const gap = (fresh ?? old)!;
    return {
      key,
      kind: gap.kind,
      title: gap.title,
      titleMessage: gap.titleMessage,
      before: old?.severity ?? null,
      after: fresh?.severity ?? null,
      gap,
    };
  };
  const pairs: [string, StructuralGap, StructuralGap][] = [];
  const oldByKey = new Map<string, StructuralGap>();
  for (const gap of before) if (!oldByKey.has(gapKey(gap))) oldByKey.set(gapKey(gap), gap);
  const usedOld = new Set<StructuralGap>();
  const freshLeft: StructuralGap[] = [];
  for (const gap of after) {
    const old = oldByKey.get(gapKey(gap));
    if (old !== undefined && !usedOld.has(old)) {
      usedOld.add(old);
      pairs.push([gapKey(gap), old, gap]);
    } else freshLeft.push(gap);
  }
  // Member-set gaps: pair the remaining ones of a kind by decreasing overlap (ties by key).
  const candidates: [number, string, string, StructuralGap, StructuralGap][] = [];
  for (const fresh of freshLeft.filter(matchedByOverlap)) {
    for (const old of before) {
      if (usedOld.has(old) || old.kind !== fresh.kind || !matchedByOverlap(old)) continue;
      const overlap = jaccard(old.actors, fresh.actors);
      if (overlap >= OVERLAP) candidates.push([overlap, gapKey(fresh), gapKey(old), old, fresh]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || compareIds(a[1], b[1]) || compareIds(a[2], b[2]));
  const usedFresh = new Set<StructuralGap>();
  for (const [, key, , old, fresh] of candidates) {
    if (usedOld.has(old) || usedFresh.has(fresh)) continue;
    usedOld.add(old);
    usedFresh.add(fresh);
    pairs.push([key, old, fresh]);
  }
  const bySeverity = (a: GapChange, b: GapChange) =>
    (b.after ?? b.before!) - (a.after ?? a.before!) || compareIds(a.key, b.key);
  const opened = freshLeft.filter((gap) => !usedFresh.has(gap)).map((gap) => change(gapKey(gap), null, gap));
  const closed = before.filter((gap) => !usedOld.has(gap)).map((gap) => change(gapKey(gap), gap, null));
  const changed = pairs
    .filter(([, old, fresh]) => Math.abs(fresh.severity - old.severity) > tolerance)
    .map(([key, old, fresh]) => change(key, old, fresh))
    .sort(
      (a, b) => Math.abs(b.after! - b.before!) - Math.abs(a.after! - a.before!) || compareIds(a.key, b.key),
    );
  return { opened: opened.sort(bySeverity), closed: closed.sort(bySeverity), changed };
}

/** Observed and expected ties of each pair of groups, from the mixing matrix (undirected view). */
function rolePairMixing(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  groupBy: FindStructuralGapsOptions["groupBy"],
): Map<string, RolePairMixing> {
  const { groups, counts } = mixingMatrix(eco, {
    ...viewOptions,
    ...(groupBy === undefined ? {} : { groupBy }),
  });
  // counts[g][h] lists each edge at both ends: off the diagonal O[g,h] = counts[g][h], on it 2·O[g,g];
  // the row sums are the degree sums D_g and their total is 2m.
  const degreeSums = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const twoM = degreeSums.reduce((sum, value) => sum + value, 0);
  const result = new Map<string, RolePairMixing>();
  for (let g = 0; g < groups.length; g++) {
    for (let h = g; h < groups.length; h++) {
      const observed = g === h ? counts[g]![g]! / 2 : counts[g]![h]!;
      const expected =
        twoM === 0
          ? 0
          : g === h
            ? degreeSums[g]! ** 2 / (2 * twoM)
            : (degreeSums[g]! * degreeSums[h]!) / twoM;
      result.set(JSON.stringify([groups[g], groups[h]]), {
        observed,
        expected,
        ratio: expected === 0 ? null : observed / expected,
      });
    }
  }
  return result;
}

interface Analysis {
  figures: ComparisonFigures;
  mixing: Map<string, RolePairMixing>;
  gaps: StructuralGap[];
  bridges: BridgeActor[];
  stage: NetworkStage | null;
}

function analyse(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  settings: CompareEcosystemsOptions &
    Required<Pick<CompareEcosystemsOptions, "seed" | "top" | "efficiencySources">>,
): Analysis {
  const n = eco.order;
  const parts = components(eco, viewOptions);
  const sources = efficiencySourcesFor(
    settings.efficiencySources,
    n,
    COMPARE_EXACT_EFFICIENCY_LIMIT,
    COMPARE_EFFICIENCY_SOURCES,
  );
  const efficiency = efficiencyFigure(eco, viewOptions, settings.seed, sources);
  let constraintSum = 0;
  let constrained = 0;
  const constraints = constraint(eco, viewOptions);
  // Summed in id order, so the figure does not depend on the order of the input file.
  for (const id of eco.nodes().sort(compareIds)) {
    const value = constraints[id];
    if (value !== null && value !== undefined) {
      constraintSum += value;
      constrained++;
    }
  }
  const { groupBy } = settings.gapOptions ?? {};
  return {
    figures: {
      actors: n,
      ties: eco.size,
      globalEfficiency: efficiency,
      components: parts.count,
      largestComponentShare: n === 0 ? 0 : (parts.sizes[0] ?? 0) / n,
      averageConstraint: constrained === 0 ? null : constraintSum / constrained,
    },
    mixing: rolePairMixing(eco, viewOptions, groupBy),
    gaps: findStructuralGaps(eco, { ...settings.gapOptions, ...viewOptions, seed: settings.seed }),
    bridges: findBridgeActors(eco, {
      ...viewOptions,
      top: settings.top,
      seed: settings.seed,
      ...(groupBy === undefined ? {} : { groupBy }),
    }),
    stage:
      n < 3
        ? null
        : diagnoseStage(eco, { ...settings.stageOptions, ...viewOptions, seed: settings.seed }).stage,
  };
}

function bridgeChanges(from: readonly BridgeActor[], other: readonly BridgeActor[]): BridgeChange[] {
  const ids = new Set(other.map((actor) => actor.id));
  return from
    .filter((actor) => !ids.has(actor.id))
    .map(({ id, label, rank, score }) => ({ id, label, rank, score }));
}

function moved(before: number, after: number): "rose" | "fell" | "stayed" {
  if (after > before) return "rose";
  if (after < before) return "fell";
  return "stayed";
}

/** Gap titles as a quoted list: at most three, then `and N more`. */
function quotedTitles(list: readonly GapChange[]): Message[] {
  const shown = list
    .slice(0, 3)
    .map((gap) => message("scenario.summary.quoted", { title: gap.titleMessage }));
  if (list.length > 3) shown.push(message("common.list.more", { count: list.length - 3 }));
  return shown;
}

function summarize(
  comparison: Omit<EcosystemComparison, "summary" | "summaryMessages">,
  labelOf: (id: string) => string,
): Message[] {
  if (comparison.identical) return [message("scenario.summary.identical")];
  const lines: Message[] = [];
  const { actors, ties, figures, gaps, bridges, stage, rolePairs } = comparison;
  const actorParts: Message[] = [];
  if (actors.added.length > 0)
    actorParts.push(
      message("scenario.summary.actorsJoined", {
        count: actors.added.length,
        names: actors.added.map(labelOf),
      }),
    );
  if (actors.removed.length > 0)
    actorParts.push(
      message("scenario.summary.actorsLeft", {
        count: actors.removed.length,
        names: actors.removed.map(labelOf),
      }),
    );
  if (actors.changed.length > 0)
    actorParts.push(
      message("scenario.summary.actorsChanged", {
        count: actors.changed.length,
        names: actors.changed.map(labelOf),
      }),
    );
  if (actorParts.length > 0) lines.push(message("scenario.summary.actors", { parts: actorParts }));
  const tieParts: Message[] = [];
  if (ties.added.length > 0)
    tieParts.push(message("scenario.summary.tiesMade", { count: ties.added.length }));
  if (ties.removed.length > 0)
    tieParts.push(message("scenario.summary.tiesBroken", { count: ties.removed.length }));
  if (ties.changed.length > 0)
    tieParts.push(message("scenario.summary.tiesChanged", { count: ties.changed.length }));
  if (tieParts.length > 0) lines.push(message("scenario.summary.ties", { parts: tieParts }));
  const { before, after } = figures;
  lines.push(
    message("scenario.summary.efficiency", {
      direction: moved(before.globalEfficiency, after.globalEfficiency),
      before: before.globalEfficiency,
      after: after.globalEfficiency,
    }),
  );
  if (
    before.components !== after.components ||
    before.largestComponentShare !== after.largestComponentShare
  ) {
    lines.push(
      message("scenario.summary.components", {
        before: before.components,
        after: after.components,
        share: after.largestComponentShare,
        shareBefore: before.largestComponentShare,
      }),
    );
  }
  if (
    before.averageConstraint !== null &&
    after.averageConstraint !== null &&
    before.averageConstraint !== after.averageConstraint
  ) {
    lines.push(
      message("scenario.summary.constraint", {
        direction: moved(before.averageConstraint, after.averageConstraint),
        before: before.averageConstraint,
        after: after.averageConstraint,
      }),
    );
  }
  const movedPairs = rolePairs
    .filter((pair) => pair.before?.ratio != null && pair.after?.ratio != null)
    .filter((pair) => Math.abs(pair.after!.ratio! - pair.before!.ratio!) >= 0.05)
    .sort(
      (a, b) => Math.abs(b.after!.ratio! - b.before!.ratio!) - Math.abs(a.after!.ratio! - a.before!.ratio!),
    )
    .slice(0, 3);
  for (const pair of movedPairs) {
    const [g, h] = pair.groups;
    const ratios = { before: pair.before!.ratio!, after: pair.after!.ratio! };
    lines.push(
      g === h
        ? message("scenario.summary.rolePairWithin", { g, ...ratios })
        : message("scenario.summary.rolePairBetween", { g, h, ...ratios }),
    );
  }
  if (gaps.closed.length > 0)
    lines.push(
      message("scenario.summary.gapsClosed", {
        count: gaps.closed.length,
        titles: quotedTitles(gaps.closed),
      }),
    );
  if (gaps.opened.length > 0)
    lines.push(
      message("scenario.summary.gapsOpened", {
        count: gaps.opened.length,
        titles: quotedTitles(gaps.opened),
      }),
    );
  if (gaps.changed.length > 0) {
    const most = gaps.changed[0]!;
    lines.push(
      message("scenario.summary.gapsChanged", {
        count: gaps.changed.length,
        title: most.titleMessage,
        before: most.before!,
        after: most.after!,
      }),
    );
  }
  if (bridges.gained.length > 0)
    lines.push(message("scenario.summary.bridgesGained", { names: bridges.gained.map((b) => b.label) }));
  if (bridges.lost.length > 0)
    lines.push(message("scenario.summary.bridgesLost", { names: bridges.lost.map((b) => b.label) }));
  if (stage.before !== stage.after)
    lines.push(
      message("scenario.summary.stage", { before: stageName(stage.before), after: stageName(stage.after) }),
    );
  return lines;
}

/**
 * What changed between two ecosystems: actors and ties, the network's figures, role-pair mixing,
 * structural gaps opened, closed and changed, bridge actors gained and lost, and the stage, with
 * sentences that say it.
 *
 * @remarks
 * Actors are matched by id; ties as multisets by (ends, kind, direction, since, until), the ends of an
 * undirected tie unordered; a matched tie whose weight or amount differs is `changed`.
 * On the undirected view of `kinds` and `at`, for each ecosystem: global efficiency E (as
 * `globalEfficiency`), components and the largest one's share, mean constraint over actors with
 * contacts (as `constraint`, weighted), and for each pair of groups g ≤ h the role-pair figures of the
 * `role-pair` gap: O[g,h] observed adjacent pairs, E[g,h] = D_g·D_h / 2m (D_g² / 4m within g), ratio
 * O/E, read from the mixing matrix (D_g its row sums, 2m its total).
 * Gaps (`findStructuralGaps`) are matched by subject, never by position: the role pair, the (role,
 * need, attribute value) of a coverage gap, the actor or the bridge's ends of a single point of
 * failure, the isolates; a siloed community or a cut-off component is matched by its members — the
 * same members, else the pair of the same kind with the largest overlap |A ∩ B| / |A ∪ B| ≥ 0.5.
 * Bridge actors are compared as the sets of the `top` of `findBridgeActors`. The stage is
 * `diagnoseStage`'s (`null` below 3 actors). Every random part uses the same seed on both sides.
 * `identical` is true when actors, ties and declared roles are the same; the figures are still
 * computed (and equal). Deterministic order throughout: ids and keys by code units, gaps by severity.
 * Ours: no reference implementation; every figure is that of the named function.
 * Time complexity: that of `findStructuralGaps`, `findBridgeActors`, `diagnoseStage` and
 * `globalEfficiency` on each ecosystem, plus O((n + m) log(n + m)) for the differences.
 *
 * References: Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
 * doi:10.1103/PhysRevE.67.026126. Latora, V. & Marchiori, M. (2001). Physical Review Letters 87,
 * 198701. doi:10.1103/PhysRevLett.87.198701
 *
 * @param before - the ecosystem before (unchanged).
 * @param after - the ecosystem after (unchanged).
 * @param options - view options (`directed: true` is refused), `seed`, `top`, `severityTolerance`,
 *   `efficiencySources`, `gapOptions`, `stageOptions`.
 * @returns the comparison; `summary` says it in sentences.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link InvalidOptionError} for a bad `severityTolerance` or `efficiencySources`.
 * @example
 * const eco = sampleEcosystem();
 * compareEcosystems(eco, eco).identical; // true
 * @see {@link applyScenario}
 * @category Scenarios
 */
export function compareEcosystems(
  before: Ecosystem,
  after: Ecosystem,
  options: CompareEcosystemsOptions = {},
): EcosystemComparison {
  checkEcosystem("compareEcosystems", before);
  checkArguments("compareEcosystems", after, options, COMPARE_ECOSYSTEMS_OPTION_KEYS);
  if (options.directed === true) {
    throw new NotApplicableError(`${FN}: figures are read on the undirected view; drop directed: true`);
  }
  const settings = { ...COMPARE_ECOSYSTEMS_DEFAULTS, ...options };
  if (!(Number.isFinite(settings.severityTolerance) && settings.severityTolerance >= 0)) {
    throw mustBe(FN, "severityTolerance", String(settings.severityTolerance), ruleNumberAtLeast(0));
  }
  checkEfficiencySources(FN, settings.efficiencySources);
  const viewOptions = tieFiltersOf(options);

  const oldData = toEcosystemData(before);
  const newData = toEcosystemData(after);
  const actors = diffActors(oldData.actors, newData.actors);
  const ties = diffTies(oldData.ties, newData.ties);
  const identical =
    actors.added.length + actors.removed.length + actors.changed.length === 0 &&
    ties.added.length + ties.removed.length + ties.changed.length === 0 &&
    stableJson(oldData.roles ?? []) === stableJson(newData.roles ?? []);

  const first = analyse(before, viewOptions, settings);
  const second = before === after ? first : analyse(after, viewOptions, settings);
  const pairKeys = [...new Set([...first.mixing.keys(), ...second.mixing.keys()])].sort(compareIds);
  const rolePairs = pairKeys.map((key) => ({
    groups: JSON.parse(key) as [string, string],
    before: first.mixing.get(key) ?? null,
    after: second.mixing.get(key) ?? null,
  }));
  const comparison: Omit<EcosystemComparison, "summary" | "summaryMessages"> = {
    identical,
    actors,
    ties,
    figures: { before: first.figures, after: second.figures },
    rolePairs,
    gaps: diffGaps(first.gaps, second.gaps, settings.severityTolerance),
    bridges: {
      gained: bridgeChanges(second.bridges, first.bridges),
      lost: bridgeChanges(first.bridges, second.bridges),
    },
    stage: { before: first.stage, after: second.stage },
  };
  const labelOf = (id: string) => actorLabel(after.hasNode(id) ? after : before, id);
  const summaryMessages = summarize(comparison, labelOf);
  return { ...comparison, summary: summaryMessages.map((line) => line.text), summaryMessages };
}
