/**
 * Which actors reach each role they need within a few steps: the distances every gap kind reads to
 * say what actors lack or would lose.
 *
 * @packageDocumentation
 */
import { bfs } from "../internal/bfs.js";
import { compareIds } from "../internal/compare.js";
import { resolveGroups } from "../metrics/group-by.js";
import type { EcosystemView } from "../model/view.js";
import { type Message, message } from "../text/message.js";
import { roleNeeds } from "./coverage.js";
import { NO_CLAUSE } from "./no-clause.js";
import type { GapContext, NeedLoss, NeedReach } from "./types.js";

/**
 * The needed roles and each actor's distance to them on the view (one multi-source BFS per needed
 * role, depth at most `maxDistance`). O(S · (n + m)) for S needed roles.
 * @internal
 */
export function needReach(context: Pick<GapContext, "eco" | "view">, maxDistance: number): NeedReach {
  const { eco, view } = context;
  const n = view.order;
  const { codes, groups } = resolveGroups(eco, view, "role", "findStructuralGaps");
  const needs = roleNeeds(eco, codes, groups);
  const byRole: number[][] = groups.map(() => []);
  needs.forEach((need, k) => {
    for (const code of need.neededBy) byRole[code]!.push(k);
  });
  const queue = new Int32Array(n);
  const distance = needs.map((need) => {
    const found = new Int32Array(n);
    bfs(view, need.providers, found, queue, maxDistance);
    return found;
  });
  const needsOf: (readonly number[])[] = new Array(n);
  for (let i = 0; i < n; i++) needsOf[i] = byRole[codes[i]!]!;
  const provides = new Int32Array(n).fill(-1);
  needs.forEach((need, k) => {
    for (const i of need.providers) provides[i] = k;
  });
  return {
    roles: needs.map((need) => need.role),
    providers: needs.map((need) => need.providers),
    distance,
    needsOf,
    provides,
    maxDistance,
  };
}

/**
 * Per needed role, the `members` for whom `lacks(i, k)` holds, as {@link NeedLoss} records (roles
 * sorted, actors sorted by id, roles nobody lacks left out). O(Σ needs of the members).
 * @internal
 */
export function needLosses(
  reach: NeedReach,
  view: EcosystemView,
  members: Iterable<number>,
  lacks: (i: number, need: number) => boolean,
): NeedLoss[] {
  const lists: string[][] = reach.roles.map(() => []);
  for (const i of members) {
    for (const k of reach.needsOf[i]!) if (lacks(i, k)) lists[k]!.push(view.ids[i]!);
  }
  const out: NeedLoss[] = [];
  reach.roles.forEach((needs, k) => {
    const actors = lists[k]!;
    if (actors.length > 0) out.push({ needs, actors: actors.sort(compareIds) });
  });
  return out;
}

/**
 * The loss of unmet needs, in actor-equivalents: Σ over the listed (actor, role) pairs of
 * 1 / (number of roles the actor's role needs), so an actor lacking every role it needs counts 1.
 * @internal
 */
export function needLossTotal(reach: NeedReach, view: EcosystemView, losses: readonly NeedLoss[]): number {
  let total = 0;
  for (const { actors } of losses) {
    for (const id of actors) total += 1 / reach.needsOf[view.index.get(id)!]!.length;
  }
  return total;
}

/** Members of `members` with no provider of need `k` within `maxDistance` steps. @internal */
export function unmetNeeds(reach: NeedReach, view: EcosystemView, members: Iterable<number>): NeedLoss[] {
  return needLosses(reach, view, members, (i, k) => reach.distance[k]![i] === -1);
}

/**
 * The needs `cutOff` actors would lose if they lost every path outside their part: per needed role,
 * the actors who reach it within `maxDistance` steps today and whose part (a connected piece of the
 * view restricted to `cutOff`, computed here) holds no provider of it. O(Σ over the cut-off actors of
 * their ties + their needs).
 * @internal
 */
export function needsLostByCutOff(
  reach: NeedReach,
  view: EcosystemView,
  cutOff: readonly number[],
  scratch: { readonly mark: Uint8Array; readonly piece: Int32Array; readonly queue: Int32Array },
): NeedLoss[] {
  const { mark, piece, queue } = scratch;
  const { offsets, targets } = view;
  for (const i of cutOff) {
    mark[i] = 1;
    piece[i] = -1;
  }
  const provided: Set<number>[] = [];
  for (const root of cutOff) {
    if (piece[root] !== -1) continue;
    const label = provided.length;
    const roles = new Set<number>();
    provided.push(roles);
    piece[root] = label;
    queue[0] = root;
    for (let head = 0, tail = 1; head < tail; head++) {
      const u = queue[head]!;
      if (reach.provides[u] !== -1) roles.add(reach.provides[u]!);
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (mark[w] === 1 && piece[w] === -1) {
          piece[w] = label;
          queue[tail++] = w;
        }
      }
    }
  }
  const losses = needLosses(
    reach,
    view,
    cutOff,
    (i, k) => reach.distance[k]![i] !== -1 && !provided[piece[i]!]!.has(k),
  );
  for (const i of cutOff) mark[i] = 0;
  return losses;
}

/**
 * " Within 2 steps, 8 of them cannot reach a funder and 8 cannot reach an upskiller." for a place's
 * unmet needs (`gaps.needs.unmet`); the empty clause when there are none. @internal
 */
export function unmetClause(losses: readonly NeedLoss[], maxDistance: number): Message {
  if (losses.length === 0) return NO_CLAUSE;
  const parts = losses.map((loss, k) =>
    message(k === 0 ? "gaps.needs.unmetFirst" : "gaps.needs.unmetMore", {
      count: loss.actors.length,
      needs: loss.needs,
    }),
  );
  return message("gaps.needs.unmet", { maxDistance, parts });
}

/** The roles of `losses` as `a funder or an upskiller`, each written by `id` for its place. @internal */
export function roleChoice(
  losses: readonly NeedLoss[] | readonly string[],
  id: "common.role.reach" | "common.role.accessTo" | "common.role.noneOf",
): { or: Message[] } {
  return {
    or: losses.map((loss) => message(id, { role: typeof loss === "string" ? loss : loss.needs })),
  };
}
