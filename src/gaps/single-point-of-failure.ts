/**
 * Single-point-of-failure gaps: actors (articulation points) and ties (bridges) whose loss would cut
 * actors off, naming who and which needs they would lose.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { blockArrays } from "../metrics/biconnected.js";
import { components } from "../metrics/components.js";
import { createCutOffScratch, cutOffActors } from "../metrics/cut-off-actors.js";
import { cutPoints } from "../metrics/cut-points.js";
import type { EcosystemView } from "../model/view.js";
import { type Message, type MessageParams, message } from "../text/message.js";
import { needsLostByCutOff, roleChoice } from "./needs.js";
import { NO_CLAUSE } from "./no-clause.js";
import { HANGING_WEIGHT, severityOfLoss } from "./severity.js";
import type { GapContext, NeedLoss, SinglePointOfFailureEvidence, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/**
 * The actors on the side of the bridge `a – b` that holds `cutOff` actors: a breadth-first search from
 * `a` that does not cross the bridge, stopped once it exceeds cutOff actors (then the side is `b`'s).
 * Iterative; O(cutOff's ties).
 */
function bridgeSide(
  view: EcosystemView,
  a: number,
  b: number,
  cutOff: number,
  queue: Int32Array,
  seen: Uint8Array,
): number[] {
  const { offsets, targets } = view;
  const search = (from: number, other: number): number[] | null => {
    seen[from] = 1;
    queue[0] = from;
    let tail = 1;
    let overflow = false;
    for (let head = 0; head < tail && !overflow; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (seen[w] === 1 || (u === from && w === other)) continue;
        if (tail === cutOff) {
          overflow = true;
          break;
        }
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
    const found = Array.from(queue.subarray(0, tail));
    for (const i of found) seen[i] = 0;
    return overflow || tail !== cutOff ? null : found;
  };
  return search(a, b) ?? search(b, a) ?? [];
}

/** The biconnected blocks of the view, and for each actor in some block the blocks it belongs to. */
interface BlocksAt {
  /** For each actor, the ids of its blocks (indices into `sizes`). */
  readonly of: ReadonlyMap<number, readonly number[]>;
  readonly sizes: Int32Array;
  readonly members: readonly Int32Array[];
  /** For each actor, its largest block and its second largest (−1 when it has none). */
  readonly largestBlock: Int32Array;
  readonly secondBlock: Int32Array;
}

/** One block search (Hopcroft–Tarjan, iterative), then one pass over the members; O(n + m). */
function blocksAt(view: EcosystemView): BlocksAt {
  const { blocks } = blockArrays(view);
  const of = new Map<number, number[]>();
  const sizes = new Int32Array(blocks.length);
  const largestBlock = new Int32Array(view.order).fill(-1);
  const secondBlock = new Int32Array(view.order).fill(-1);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    sizes[b] = block.length;
    for (const i of block) {
      const list = of.get(i);
      if (list === undefined) of.set(i, [b]);
      else list.push(b);
      const first = largestBlock[i]!;
      if (first === -1 || block.length > sizes[first]!) {
        secondBlock[i] = first;
        largestBlock[i] = b;
      } else {
        const second = secondBlock[i]!;
        if (second === -1 || block.length > sizes[second]!) secondBlock[i] = b;
      }
    }
  }
  return { of, sizes, members: blocks, largestBlock, secondBlock };
}

/**
 * The blocks meeting at a cut vertex: how many, and the size of the largest. One block per piece of
 * C − v, so the fewest new ties that leave no one hanging on v (joining its pieces, not through v) is
 * blocks − 1.
 */
function actorBlocks(at: BlocksAt, v: number): { count: number; largest: number; sizes: number[] } {
  const sizes = (at.of.get(v) ?? []).map((b) => at.sizes[b]!).sort((x, y) => y - x);
  return { count: sizes.length, largest: sizes[0] ?? 1, sizes };
}

/**
 * The largest block at `end` other than the bridge end – other (1, the actor alone, when none). The
 * bridge is a block of two, so only the two largest blocks at `end` can hold the answer: constant time,
 * which keeps a star's hub (one block per leaf) linear over all its bridges.
 */
function sideBlock(at: BlocksAt, end: number, other: number): number {
  for (const b of [at.largestBlock[end]!, at.secondBlock[end]!]) {
    if (b === -1) return 1;
    const members = at.members[b]!;
    if (members.length === 2 && (members[0] === other || members[1] === other)) continue;
    return Math.max(1, at.sizes[b]!);
  }
  return 1;
}

/**
 * `; 3 of them would lose their only access to a funder or an upskiller` for the title (`"title"`) or
 * the detail's closing sentence (`"detail"`); the empty clause when no need is lost.
 */
function lostClause(lost: readonly NeedLoss[], place: "title" | "detail"): Message {
  if (lost.length === 0) return NO_CLAUSE;
  const who = new Set<string>();
  for (const { actors } of lost) for (const id of actors) who.add(id);
  return message(place === "title" ? "gaps.singlePoint.lostTitle" : "gaps.singlePoint.lostDetail", {
    count: who.size,
    roles: roleChoice(lost, "common.role.accessTo"),
  });
}

/**
 * Single-point-of-failure gaps: one per articulation point and one per bridge that would cut at least
 * one actor off, with the actors it would cut off and the needs they would lose.
 *
 * @remarks
 * From `cutPoints(eco, { kinds, at })` (one iterative Hopcroft–Tarjan search). For an actor v in
 * component C, cutOff(v) = |C| − 1 − max_j |P_j| where P_j are the pieces of C − v (the actors that
 * would lose every path to the largest remaining piece); for a bridge splitting C into sides of s and
 * |C| − s actors, cutOff = min(s, |C| − s). Both are measured within the element's own component
 * (the metric's `cutVertexImpact` and `bridgeImpact`). A gap when cutOff ≥ 1: every articulation point
 * and every bridge. cutOffShare = cutOff / n. `cutOffActors` lists them (`cutOffActors` of
 * src/brokers for a vertex; a bounded search that does not cross the tie for a bridge) and `lostNeeds`
 * the needs each reaches within `maxDistance` steps today that no actor of its cut-off part provides.
 * Loss = 0.5 · cutOff ({@link HANGING_WEIGHT}: each actor hangs on it, still connected today);
 * severity = loss / (loss + 4): a cut vertex holding 9 actors → 0.53, a pendant's only tie → 0.11.
 * `blockSizes` and `bypassTies` come from one iterative block search (`blockArrays`, O(n + m)): the
 * blocks meeting at a cut vertex are one per piece of C − v, so joining the pieces takes blocks − 1
 * new ties; any tie between a bridge's two sides other than itself puts it on a cycle.
 * Agrees with NetworkX `articulation_points` and `bridges` as sets (parallel ties count as one
 * relationship). Time complexity: O(n + m + a log a + b log b) plus the cut-off parts' ties.
 * @internal
 */
/**
 * The most cut-off actors the single-point-of-failure gaps of one call list by id, smallest cut-off
 * first (see `SinglePointOfFailureEvidence.cutOffListed`): it keeps a path of 10⁶ actors, whose cut
 * vertices would list n²/4 ids, linear in time and memory.
 */
export const LISTED_CUT_OFF_BUDGET = 2_000_000;

/**
 * Which of the elements (articulation points first, then bridges, in `cutOffs` order) get their
 * cut-off actors listed: the smallest cut-offs first while the total stays within the budget.
 */
function listedWithinBudget(cutOffs: readonly number[]): Uint8Array {
  const order = Array.from(cutOffs.keys()).sort((a, b) => cutOffs[a]! - cutOffs[b]! || a - b);
  const listed = new Uint8Array(cutOffs.length);
  let total = 0;
  for (const k of order) {
    total += cutOffs[k]!;
    if (total > LISTED_CUT_OFF_BUDGET) break;
    listed[k] = 1;
  }
  return listed;
}

export function singlePointOfFailureGaps(context: GapContext): StructuralGapOf<"single-point-of-failure">[] {
  const { eco, view, viewOptions, labelOf, reach } = context;
  const n = view.order;
  if (n === 0) return [];
  const cuts = cutPoints(eco, viewOptions);
  const parts = components(eco, viewOptions);
  const componentSizeOf = (id: string): number => parts.sizes[parts.assignment[id]!]!;
  const scratch = createCutOffScratch(n);
  const needScratch = { mark: new Uint8Array(n), piece: new Int32Array(n), queue: new Int32Array(n) };
  const queue = new Int32Array(n);
  const seen = new Uint8Array(n);
  const blocks = blocksAt(view);

  const gaps: StructuralGapOf<"single-point-of-failure">[] = [];
  // The evidence and severity of an element that would cut `cutOffIndices` off its component.
  const gapOf = (
    element:
      | { element: "actor"; actor: string; ends: null }
      | { element: "tie"; actor: null; ends: [string, string] },
    cutOff: number,
    cutOffIndices: readonly number[] | null,
    componentSize: number,
    words: {
      readonly title: "gaps.singlePoint.actor.title" | "gaps.singlePoint.tie.title";
      readonly detail: "gaps.singlePoint.actor.detail" | "gaps.singlePoint.tie.detail";
      readonly params: MessageParams;
    },
    robustness: { readonly blockSizes: number[]; readonly bypassTies: number; readonly bypass: Message },
  ): StructuralGapOf<"single-point-of-failure"> => {
    const cutOffIds = cutOffIndices === null ? [] : cutOffIndices.map((i) => view.ids[i]!).sort(compareIds);
    const lostNeeds =
      cutOffIndices === null ? [] : needsLostByCutOff(reach, view, cutOffIndices, needScratch);
    const evidence: SinglePointOfFailureEvidence = {
      ...element,
      cutOff,
      cutOffShare: cutOff / n,
      componentSize,
      cutOffActors: cutOffIds,
      cutOffListed: cutOffIndices !== null,
      lostNeeds,
      foldedGaps: [],
      blockSizes: robustness.blockSizes,
      bypassTies: robustness.bypassTies,
    };
    const actors = element.ends === null ? [element.actor] : [...element.ends];
    const loss = HANGING_WEIGHT * cutOff;
    const listed =
      cutOffIndices === null
        ? NO_CLAUSE
        : message("gaps.singlePoint.listed", { actors: cutOffIds.map(labelOf) });
    const titleMessage = message(words.title, {
      ...words.params,
      cutOff,
      lost: lostClause(lostNeeds, "title"),
    });
    const detailMessage = message(words.detail, {
      ...words.params,
      cutOff,
      listed,
      lost: lostClause(lostNeeds, "detail"),
      bypass: robustness.bypass,
    });
    return {
      id:
        element.ends === null
          ? gapId("single-point-of-failure", "actor", element.actor)
          : gapId("single-point-of-failure", "tie", element.ends[0], element.ends[1]),
      kind: "single-point-of-failure",
      severity: severityOfLoss(loss),
      loss,
      title: titleMessage.text,
      titleMessage,
      detail: detailMessage.text,
      detailMessage,
      actors,
      evidence,
    };
  };
  const cutOffs: number[] = [];
  for (const actor of cuts.articulationPoints) cutOffs.push(cuts.cutVertexImpact[actor]!);
  for (const bridge of cuts.bridgeImpact) cutOffs.push(bridge.cutOff);
  const listed = listedWithinBudget(cutOffs);
  let element = 0;
  for (const actor of cuts.articulationPoints) {
    const cutOff = cuts.cutVertexImpact[actor]!;
    const isListed = listed[element++] === 1;
    if (cutOff < 1) continue;
    const componentSize = componentSizeOf(actor);
    const v = view.index.get(actor)!;
    const cutOffIndices = isListed ? cutOffActors(view, v, cutOff, scratch) : null;
    const meeting = actorBlocks(blocks, v);
    const bypassTies = meeting.count - 1;
    gaps.push(
      gapOf(
        { element: "actor", actor, ends: null },
        cutOff,
        cutOffIndices,
        componentSize,
        {
          title: "gaps.singlePoint.actor.title",
          detail: "gaps.singlePoint.actor.detail",
          params: { actor: labelOf(actor), componentSize },
        },
        {
          blockSizes: meeting.sizes,
          bypassTies,
          bypass: message("gaps.singlePoint.actor.bypass", {
            actor: labelOf(actor),
            blocks: meeting.count,
            largest: meeting.largest,
            bypass: bypassTies,
          }),
        },
      ),
    );
  }
  for (const bridge of cuts.bridgeImpact) {
    const { source, target, cutOff } = bridge;
    const isListed = listed[element++] === 1;
    if (cutOff < 1) continue;
    const componentSize = componentSizeOf(source);
    const ends = [source, target].sort(compareIds) as [string, string];
    const side = isListed
      ? bridgeSide(view, view.index.get(ends[0])!, view.index.get(ends[1])!, cutOff, queue, seen)
      : null;
    const a = view.index.get(ends[0])!;
    const b = view.index.get(ends[1])!;
    const blockSizes = [sideBlock(blocks, a, b), sideBlock(blocks, b, a)];
    gaps.push(
      gapOf(
        { element: "tie", actor: null, ends },
        cutOff,
        side,
        componentSize,
        {
          title: "gaps.singlePoint.tie.title",
          detail: "gaps.singlePoint.tie.detail",
          params: { a: labelOf(ends[0]), b: labelOf(ends[1]), rest: componentSize - cutOff },
        },
        {
          blockSizes,
          bypassTies: 1,
          bypass: message("gaps.singlePoint.tie.bypass", {
            a: labelOf(ends[0]),
            b: labelOf(ends[1]),
            sizeA: blockSizes[0]!,
            sizeB: blockSizes[1]!,
          }),
        },
      ),
    );
  }
  return gaps;
}
