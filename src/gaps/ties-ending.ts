/**
 * Ties-ending gaps: ties whose `until` date falls within a horizon after the analysis date, and whose
 * end would cut actors off or take away their only access to a role they need.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { parseIsoDate } from "../model/schema.js";
import { type Message, message } from "../text/message.js";
import { needLosses, needLossTotal, roleChoice } from "./needs.js";
import { NO_CLAUSE } from "./no-clause.js";
import { severityOfLoss } from "./severity.js";
import type { EndingTie, GapContext, NeedLoss, StructuralGapOf, TiesEndingEvidence } from "./types.js";
import { gapId } from "./types.js";

/** What {@link tiesEndingGaps} reads from the options. @internal */
export interface TiesEndingSettings {
  /** The analysis date; no gaps without it. */
  readonly at: string | undefined;
  readonly horizonMonths: number;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `date` (`YYYY-MM-DD`) plus `months` calendar months, the day clamped to the month's length
 * (2024-02-29 + 12 → 2025-02-28). @internal
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), monthLength(newYear, newMonth));
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(day, 2)}`;
}

/** An adjacent pair of the view whose every active tie ends within the horizon. */
interface EndingPair {
  readonly u: number;
  readonly v: number;
  readonly ties: EndingTie[];
}

/**
 * Ties-ending gaps: for each actor, its ties that end within `horizonMonths` after `at` and whose end
 * would open a gap. None without `at`.
 *
 * @remarks
 * A tie *ends within the horizon* when it is active on `at` (it is in the view: since ≤ at ≤ until)
 * and its until ≤ horizonEnd = at + horizonMonths months. A pair of actors is lost when every one of
 * its active ties ends so (a pair keeping another tie, or with a tie that starts later and is active on
 * horizonEnd, is not). Each lost pair goes to the end with more lost pairs (then more contacts, then
 * the smaller id), so a funder whose programme ends is one gap listing all of its ties. For each such actor, the view without its
 * lost pairs is compared with the view: `cutOffActors` are the actors of the largest component with
 * no path left to its largest remaining piece; `lostNeeds` the other actors that reach a needed role
 * within `maxDistance` steps today and would not (only actors within maxDistance − 1 steps of a lost
 * pair's end can change, and each is searched again to depth maxDistance). A gap when some actor
 * loses something. Loss = Σ over affected actors of 1 when cut off, else 1 / |needs(role)| per lost
 * role: ending ties are scheduled, so they count as fully as a loss today; severity = loss / (loss + 4).
 * Time complexity: O(T + A · (n + m)) for T ties and A actors with lost pairs, plus the local searches.
 * @internal
 */
export function tiesEndingGaps(
  context: GapContext,
  settings: TiesEndingSettings,
): StructuralGapOf<"ties-ending">[] {
  const { eco, view, viewOptions, labelOf, reach } = context;
  const { at, horizonMonths } = settings;
  const n = view.order;
  if (at === undefined || n === 0) return [];
  const analysisDate: string = at;
  const atDay = parseIsoDate(at)!;
  const horizonEnd = addMonths(at, horizonMonths);
  const endDay = parseIsoDate(horizonEnd)!;
  const kinds = viewOptions.kinds === undefined ? null : new Set(viewOptions.kinds);

  // Pairs (u < v) of active ties: whether one survives the horizon, and the ending ones.
  const pairs = new Map<number, { survives: boolean; u: number; v: number; ties: EndingTie[] }>();
  eco.forEachEdge((_edge, tie, source, target) => {
    if (source === target || (kinds !== null && !kinds.has(tie.kind))) return;
    const since = tie.since === undefined ? null : parseIsoDate(tie.since);
    const until = tie.until === undefined ? null : parseIsoDate(tie.until);
    if ((since !== null && since > atDay) || (until !== null && until < atDay)) return;
    const a = view.index.get(source)!;
    const b = view.index.get(target)!;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = u * n + v;
    let pair = pairs.get(key);
    if (pair === undefined) {
      pair = { survives: false, u, v, ties: [] };
      pairs.set(key, pair);
    }
    if (until === null || until > endDay) pair.survives = true;
    else {
      const ends = [source, target].sort(compareIds) as [string, string];
      pair.ties.push({ ends, kind: tie.kind, until: tie.until! });
    }
  });
  const lost: EndingPair[] = [];
  for (const pair of pairs.values()) if (!pair.survives) lost.push(pair);
  if (lost.length === 0) return [];

  const lostCount = new Int32Array(n);
  for (const { u, v } of lost) {
    lostCount[u]!++;
    lostCount[v]!++;
  }
  const byActor = new Map<number, EndingPair[]>();
  for (const pair of lost) {
    const { u, v } = pair;
    const degreeGap = view.offsets[u + 1]! - view.offsets[u]! - (view.offsets[v + 1]! - view.offsets[v]!);
    const preferU = lostCount[u]! - lostCount[v]! || degreeGap || compareIds(view.ids[v]!, view.ids[u]!);
    const owner = preferU > 0 ? u : v;
    const list = byActor.get(owner);
    if (list === undefined) byActor.set(owner, [pair]);
    else list.push(pair);
  }

  const search = new Searcher(context, describe);
  const gaps: StructuralGapOf<"ties-ending">[] = [];
  for (const [owner, ownerPairs] of byActor) {
    const gap = search.gapOf(owner, ownerPairs, { at, horizonMonths, horizonEnd });
    if (gap !== null) gaps.push(gap);
  }
  return gaps;

  function describe(
    owner: number,
    ties: readonly EndingTie[],
    cutOff: readonly string[],
    lostNeeds: readonly NeedLoss[],
  ): { titleMessage: Message; detailMessage: Message } {
    const label = labelOf(view.ids[owner]!);
    let last = ties[0]!.until;
    for (const tie of ties) if (compareIds(tie.until, last) > 0) last = tie.until;
    const kindsEnding = [...new Set(ties.map((tie) => tie.kind))].sort(compareIds);
    const others = ties.map((tie) => labelOf(tie.ends[0] === view.ids[owner] ? tie.ends[1] : tie.ends[0]));
    const consequences: Message[] = [];
    if (cutOff.length > 0) consequences.push(message("gaps.tiesEnding.cutOff", { count: cutOff.length }));
    const losing = new Set<string>();
    for (const loss of lostNeeds) for (const id of loss.actors) losing.add(id);
    if (losing.size > 0) {
      consequences.push(
        message("gaps.tiesEnding.lose", {
          count: losing.size,
          roles: roleChoice(lostNeeds, "common.role.accessTo"),
        }),
      );
    }
    const titleMessage = message("gaps.tiesEnding.title", {
      count: ties.length,
      kinds: { or: kindsEnding },
      actor: label,
      last,
      consequences,
    });
    const detailMessage = message("gaps.tiesEnding.detail", {
      actor: label,
      others,
      at: analysisDate,
      end: horizonEnd,
      cut:
        cutOff.length > 0 ? message("gaps.tiesEnding.detailCut", { actors: cutOff.map(labelOf) }) : NO_CLAUSE,
      lose:
        losing.size > 0
          ? message("gaps.tiesEnding.detailLose", {
              actors: [...losing].sort(compareIds).map(labelOf),
              roles: roleChoice(lostNeeds, "common.role.reach"),
              maxDistance: reach.maxDistance,
            })
          : NO_CLAUSE,
    });
    return { titleMessage, detailMessage };
  }
}

/** The title and detail of a ties-ending gap. */
type Describe = (
  owner: number,
  ties: readonly EndingTie[],
  cutOff: readonly string[],
  lostNeeds: readonly NeedLoss[],
) => { titleMessage: Message; detailMessage: Message };

/** Compares the view with the view minus one actor's lost pairs, reusing its buffers across actors. */
class Searcher {
  private readonly piece: Int32Array;
  private readonly queue: Int32Array;
  private readonly mark: Int32Array;
  private readonly depthOf: Int32Array;
  private readonly removed = new Set<number>();
  private readonly largest: Uint8Array;
  private stamp = 0;

  constructor(
    private readonly context: GapContext,
    private readonly describe: Describe,
  ) {
    const n = context.view.order;
    this.piece = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.mark = new Int32Array(n);
    this.depthOf = new Int32Array(n);
    this.largest = largestComponentMask(context);
  }

  gapOf(
    owner: number,
    lost: readonly EndingPair[],
    when: { at: string; horizonMonths: number; horizonEnd: string },
  ): StructuralGapOf<"ties-ending"> | null {
    const { view, reach } = this.context;
    const n = view.order;
    this.removed.clear();
    for (const { u, v } of lost) this.removed.add(u * n + v);
    const cutOff = this.staysConnected(owner, lost) ? [] : this.cutOffIndices();
    const isCut = new Set(cutOff);
    const candidates = this.near(lost, reach.maxDistance - 1).filter((i) => !isCut.has(i));
    const lostNeeds = needLosses(reach, view, candidates, (i, k) => {
      if (reach.distance[k]![i] === -1) return false;
      return !this.reaches(i, k);
    });
    const cutOffIds = cutOff.map((i) => view.ids[i]!).sort(compareIds);
    const loss = cutOffIds.length + needLossTotal(reach, view, lostNeeds);
    if (loss === 0) return null;
    const ties: EndingTie[] = [];
    for (const pair of lost) for (const tie of pair.ties) ties.push(tie);
    ties.sort(
      (a, b) =>
        compareIds(a.ends[0], b.ends[0]) ||
        compareIds(a.ends[1], b.ends[1]) ||
        compareIds(a.kind, b.kind) ||
        compareIds(a.until, b.until),
    );
    const actor = view.ids[owner]!;
    const evidence: TiesEndingEvidence = {
      actor,
      ...when,
      ties,
      cutOffActors: cutOffIds,
      lostNeeds,
    };
    const { titleMessage, detailMessage } = this.describe(owner, ties, cutOffIds, lostNeeds);
    const actors = new Set<string>([actor]);
    for (const id of cutOffIds) actors.add(id);
    for (const need of lostNeeds) for (const id of need.actors) actors.add(id);
    return {
      id: gapId("ties-ending", actor),
      kind: "ties-ending",
      severity: severityOfLoss(loss),
      loss,
      title: titleMessage.text,
      titleMessage,
      detail: detailMessage.text,
      detailMessage,
      actors: [...actors].sort(compareIds),
      evidence,
    };
  }

  private kept(u: number, w: number): boolean {
    const n = this.context.view.order;
    return !this.removed.has(u < w ? u * n + w : w * n + u);
  }

  /**
   * Whether, without the removed pairs (all of them the owner's), the owner still reaches every other
   * end: then every path that used a removed pair can go round it, and nobody is cut off. Outside the
   * largest component nobody counts as cut off either. A search from the owner that stops once every
   * end is found, so the usual case (a detour nearby) costs little.
   */
  private staysConnected(owner: number, lost: readonly EndingPair[]): boolean {
    if (this.largest[owner] === 0) return true;
    const { offsets, targets } = this.context.view;
    const { mark, queue } = this;
    const stamp = ++this.stamp;
    const wanted = ++this.stamp;
    let missing = 0;
    for (const { u, v } of lost) {
      const end = u === owner ? v : u;
      if (mark[end] !== wanted) {
        mark[end] = wanted;
        missing++;
      }
    }
    mark[owner] = stamp;
    queue[0] = owner;
    for (let head = 0, tail = 1; head < tail && missing > 0; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (mark[w] === stamp || !this.kept(u, w)) continue;
        if (mark[w] === wanted) missing--;
        mark[w] = stamp;
        queue[tail++] = w;
      }
    }
    return missing === 0;
  }

  /** Actors of the largest component outside its largest piece once the removed pairs are gone. */
  private cutOffIndices(): number[] {
    const { offsets, targets, order: n } = this.context.view;
    const { piece, queue, largest } = this;
    piece.fill(-1);
    let best = -1;
    let bestSize = 0;
    let label = 0;
    for (let root = 0; root < n; root++) {
      if (largest[root] === 0 || piece[root] !== -1) continue;
      piece[root] = label;
      queue[0] = root;
      let tail = 1;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
          const w = targets[k]!;
          if (piece[w] === -1 && this.kept(u, w)) {
            piece[w] = label;
            queue[tail++] = w;
          }
        }
      }
      if (tail > bestSize) {
        bestSize = tail;
        best = label;
      }
      label++;
    }
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (largest[i] === 1 && piece[i] !== best) out.push(i);
    return out;
  }

  /** Actors within `depth` steps of a lost pair's end, on the view (ends included). */
  private near(lost: readonly EndingPair[], depth: number): number[] {
    const { offsets, targets } = this.context.view;
    const { mark, queue, depthOf } = this;
    const stamp = ++this.stamp;
    let tail = 0;
    for (const { u, v } of lost) {
      for (const end of [u, v]) {
        if (mark[end] === stamp) continue;
        mark[end] = stamp;
        depthOf[end] = 0;
        queue[tail++] = end;
      }
    }
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const next = depthOf[u]! + 1;
      if (next > depth) continue;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (mark[w] === stamp) continue;
        mark[w] = stamp;
        depthOf[w] = next;
        queue[tail++] = w;
      }
    }
    return Array.from(queue.subarray(0, tail));
  }

  /** Whether `i` reaches a provider of need `k` within `maxDistance` steps without the removed pairs. */
  private reaches(i: number, k: number): boolean {
    const { view, reach } = this.context;
    const { offsets, targets } = view;
    const { mark } = this;
    const stamp = ++this.stamp;
    let frontier = [i];
    mark[i] = stamp;
    for (let depth = 0; depth <= reach.maxDistance; depth++) {
      const next: number[] = [];
      for (const u of frontier) {
        if (reach.provides[u] === k) return true;
        if (depth === reach.maxDistance) continue;
        for (let l = offsets[u]!, end = offsets[u + 1]!; l < end; l++) {
          const w = targets[l]!;
          if (mark[w] === stamp || !this.kept(u, w)) continue;
          mark[w] = stamp;
          next.push(w);
        }
      }
      frontier = next;
    }
    return false;
  }
}

/** 1 for the actors of the view's largest component (ties by smallest index), 0 elsewhere. */
function largestComponentMask(context: GapContext): Uint8Array {
  const { offsets, targets, order: n } = context.view;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let best = -1;
  let bestSize = 0;
  for (let root = 0; root < n; root++) {
    if (label[root] !== -1) continue;
    label[root] = root;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (label[w] === -1) {
          label[w] = root;
          queue[tail++] = w;
        }
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      best = root;
    }
  }
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = label[i] === best ? 1 : 0;
  return mask;
}
