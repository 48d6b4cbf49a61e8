/**
 * Weaver candidates: who is best placed to host the ecosystem's common space or to weave it, by how
 * much of it they reach within a few steps (Borgatti's KPP-Pos reach).
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, ruleFinite, ruleIntegerFromTo, ruleIntegerGe } from "../model/option-errors.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type Message, message } from "../text/message.js";
import { keyPlayersOnView } from "./key-players.js";

/** The keys of {@link WeaverCandidatesOptions}, checked at run time (see `checkOptionKeys`). */
const WEAVER_CANDIDATES_OPTION_KEYS = optionKeys<WeaverCandidatesOptions>({
  ...VIEW_OPTION_KEYS,
  teamSize: true,
  reachDistance: true,
  seed: true,
  restarts: true,
  hostCount: true,
});

/** Options of {@link findWeaverCandidates}. */
export interface WeaverCandidatesOptions extends ViewOptions {
  /**
   * Size of the weaving team, an integer with 1 ≤ teamSize < number of actors.
   * @defaultValue 3
   */
  teamSize?: number;
  /**
   * An actor is reached when it is at most this many steps from the candidate (an integer ≥ 1).
   * Two steps: the candidate knows the actor or knows someone who does.
   * @defaultValue 2
   */
  reachDistance?: number;
  /**
   * Seed of the random starting sets of the team search (see {@link findKeyPlayers}).
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Random restarts of the team search (see {@link findKeyPlayers}), an integer ≥ 0.
   * @defaultValue 5
   */
  restarts?: number;
  /**
   * Number of single actors listed in `hosts`, an integer ≥ 0.
   * @defaultValue 10
   */
  hostCount?: number;
}

/** The defaults of {@link WeaverCandidatesOptions}. */
export const WEAVER_CANDIDATES_DEFAULTS = Object.freeze({
  directed: false,
  teamSize: 3,
  reachDistance: 2,
  seed: 1,
  restarts: 5,
  hostCount: 10,
} satisfies WeaverCandidatesOptions);

/** `part` of `whole`, 0 when `whole` is 0 (a share the reasons show as a whole percentage). */
function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** One actor as a host: what it reaches on its own. */
export interface WeaverHost {
  /** Actor id. */
  id: string;
  /** The actor's label, or its id when it has none. */
  label: string;
  /** The actor's role. */
  role: string;
  /** Share of the other actors within `reachDistance` steps of this actor. */
  reach: number;
  /** Number of other actors within `reachDistance` steps. */
  reached: number;
  /** Number of distinct roles among the actors reached. */
  roles: number;
  /** Number of distinct `region` values among the actors reached; `null` when no actor has a region. */
  regions: number | null;
  /** Why, in sentences with numbers, in English. */
  reasons: string[];
  /**
   * The same sentences as messages (ids `brokers.weaver.…`), same order: `reasons[i]` is
   * `reasonMessages[i].text`; `formatMessage(m, "sv")` writes one in Swedish.
   */
  reasonMessages: Message[];
}

/** A member of the weaving team: what it reaches alone and what it adds to the team. */
export interface WeaverCandidate extends WeaverHost {
  /** Share of the actors outside the team that this member reaches and no other member does. */
  marginal: number;
  /** Number of actors outside the team that only this member reaches. */
  added: number;
}

/** The weaving team, its members' contributions, and the best single hosts. */
export interface WeaverCandidatesResult {
  /** The team that reaches the most actors (KPP-Pos reach), sorted by id. */
  team: string[];
  /** Share of the actors outside the team within `reachDistance` steps of a member. */
  reach: number;
  /** Number of actors outside the team within `reachDistance` steps of a member. */
  reached: number;
  /** Whether the team is a proven optimum (exhaustive search; see {@link findKeyPlayers}). */
  exhaustive: boolean;
  /** The team's members, by `added` descending, then `reached` descending, then id. */
  candidates: WeaverCandidate[];
  /** The `hostCount` single actors that reach the most, by `reached` descending, then id. */
  hosts: WeaverHost[];
}

const FUNCTION = "findWeaverCandidates";

/** Actors within `m` steps of a source, by a breadth-first search bounded to the ball (stamps, no fill). */
class Ball {
  readonly queue: Int32Array;
  private readonly mark: Int32Array;
  private readonly depth: Int32Array;
  private stamp = 0;

  constructor(private readonly view: EcosystemView) {
    this.queue = new Int32Array(view.order);
    this.mark = new Int32Array(view.order);
    this.depth = new Int32Array(view.order);
  }

  /** Fills `queue[0 … size−1]` with the source and the actors within m steps; returns size. */
  search(source: number, m: number): number {
    const { offsets, targets } = this.view;
    const { queue, mark, depth } = this;
    this.stamp++;
    const stamp = this.stamp;
    mark[source] = stamp;
    depth[source] = 0;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const next = depth[u]! + 1;
      if (next > m) continue;
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (mark[v] !== stamp) {
          mark[v] = stamp;
          depth[v] = next;
          queue[tail++] = v;
        }
      }
    }
    return tail;
  }
}

function checkInteger(name: string, value: number, min: number, max = Number.POSITIVE_INFINITY): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.POSITIVE_INFINITY ? ruleIntegerGe(min) : ruleIntegerFromTo(min, max);
    throw mustBe(FUNCTION, name, String(value), range);
  }
}

/**
 * Weaver candidates: the team of actors who together reach the most of the ecosystem within a few
 * steps, what each member adds, and the single actors best placed to host a common space.
 *
 * @remarks
 * The team is Borgatti's KPP-Pos reach set: the T actors (T = `teamSize`) maximising
 * R = |{j ∉ S : d(S, j) ≤ m}| / (N − T), d(S, j) the hop distance from the nearest member, m =
 * `reachDistance`, N the number of actors ({@link findKeyPlayers} with `objective: "reach"`; exhaustive
 * when affordable, else the swap search). For each member u: reach(u) = |{j ≠ u : d(u, j) ≤ m}| / (N − 1)
 * (alone), and marginal(u) = |{j ∉ S : d(u, j) ≤ m and d(v, j) > m for every other member v}| / (N − T),
 * what the team would lose without u. Hosts are the `hostCount` actors of highest reach(u).
 * Reasons count the distinct roles and, when any actor has a `region` attribute (a string or a list of
 * strings), the distinct regions among the actors reached.
 * Ours: Borgatti's reach applied to the weaver's question; no reference implementation.
 * Runs on the undirected view; `directed: true` is refused.
 * Time complexity: the team search (see {@link findKeyPlayers}) plus O(N · b), b the mean number of
 * actors within m steps.
 *
 * References: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
 * Computational and Mathematical Organization Theory 12(1), 21–34. doi:10.1007/s10588-006-7084-x.
 *
 * @param options - view options, `teamSize`, `reachDistance`, `seed`, `restarts`, `hostCount`.
 * @returns the team, its reach, each member's contribution, and the top single hosts.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @throws {@link InvalidOptionError} when `teamSize` is not an integer with 1 ≤ teamSize < number of
 * actors, or `reachDistance`, `restarts`, `seed` or `hostCount` is invalid.
 * @example
 * // hub tied to x, y, z
 * findWeaverCandidates(createEcosystem(star), { teamSize: 1 }).candidates[0].reasons;
 * // ["reaches 3 of 3 other actors (100%) within 2 steps; spans 1 role",
 * //  "adds 3 actors (100%) that no other team member reaches within 2 steps",
 * //  "tied directly to 3 actors"]
 * @see {@link findKeyPlayers}
 * @category Brokers
 */
export function findWeaverCandidates(
  eco: Ecosystem,
  options: WeaverCandidatesOptions = {},
): WeaverCandidatesResult {
  checkArguments("findWeaverCandidates", eco, options, WEAVER_CANDIDATES_OPTION_KEYS);
  if (options.directed === true) {
    throw new NotApplicableError(
      `${FUNCTION}: reach is measured on the undirected view; omit directed or pass false`,
    );
  }
  const view = getView(eco, { ...options, directed: false });
  const n = view.order;
  const teamSize = options.teamSize ?? WEAVER_CANDIDATES_DEFAULTS.teamSize;
  const m = options.reachDistance ?? WEAVER_CANDIDATES_DEFAULTS.reachDistance;
  const seed = options.seed ?? WEAVER_CANDIDATES_DEFAULTS.seed;
  const restarts = options.restarts ?? WEAVER_CANDIDATES_DEFAULTS.restarts;
  const hostCount = options.hostCount ?? WEAVER_CANDIDATES_DEFAULTS.hostCount;
  checkInteger("teamSize", teamSize, 1, n - 1);
  checkInteger("reachDistance", m, 1);
  checkInteger("restarts", restarts, 0);
  checkInteger("hostCount", hostCount, 0);
  if (!Number.isFinite(seed)) throw mustBe(FUNCTION, "seed", String(seed), ruleFinite());

  const found = keyPlayersOnView(view, {
    k: teamSize,
    objective: "reach",
    reachDistance: m,
    seed,
    restarts,
    candidates: undefined,
    exhaustive: undefined,
  });

  // Roles and regions, read once from the graph (never in the searches below).
  const roleOf: string[] = new Array<string>(n);
  const regionsOf: (readonly string[])[] = new Array<readonly string[]>(n);
  const labelOf: string[] = new Array<string>(n);
  let hasRegion = false;
  for (let i = 0; i < n; i++) {
    const actor = eco.getNodeAttributes(view.ids[i]!);
    roleOf[i] = actor.role;
    labelOf[i] = actorLabel(eco, view.ids[i]!);
    const region = actor.attributes?.region;
    if (region !== undefined) hasRegion = true;
    regionsOf[i] = typeof region === "string" ? [region] : Array.isArray(region) ? region : [];
  }

  const ball = new Ball(view);
  const reachedCount = new Int32Array(n);
  for (let i = 0; i < n; i++) reachedCount[i] = ball.search(i, m) - 1;

  const describe = (i: number): WeaverHost => {
    const size = ball.search(i, m);
    const roles = new Set<string>();
    const regions = new Set<string>();
    for (let q = 1; q < size; q++) {
      const j = ball.queue[q]!;
      roles.add(roleOf[j]!);
      for (const region of regionsOf[j]!) regions.add(region);
    }
    const reached = size - 1;
    const degree = view.offsets[i + 1]! - view.offsets[i]!;
    const reasonMessages = [
      message("brokers.weaver.reaches", {
        reached,
        others: n - 1,
        share: shareOf(reached, n - 1),
        steps: m,
        roles: roles.size,
        regions: regions.size,
        hasRegion,
      }),
      message("brokers.weaver.tied", { count: degree }),
    ];
    return {
      id: view.ids[i]!,
      label: labelOf[i]!,
      role: roleOf[i]!,
      reach: reached / (n - 1),
      reached,
      roles: roles.size,
      regions: hasRegion ? regions.size : null,
      reasons: reasonMessages.map((reason) => reason.text),
      reasonMessages,
    };
  };

  // How many members reach each actor, then what each member reaches alone.
  const members = found.actors.map((id) => view.index.get(id)!);
  const inTeam = new Uint8Array(n);
  for (const u of members) inTeam[u] = 1;
  const cover = new Int32Array(n);
  for (const u of members) {
    const size = ball.search(u, m);
    for (let q = 0; q < size; q++) cover[ball.queue[q]!]!++;
  }
  let teamReached = 0;
  for (let j = 0; j < n; j++) if (inTeam[j] === 0 && cover[j]! > 0) teamReached++;
  const outside = n - teamSize;

  const candidates: WeaverCandidate[] = members.map((u) => {
    const size = ball.search(u, m);
    let added = 0;
    for (let q = 0; q < size; q++) {
      const j = ball.queue[q]!;
      if (inTeam[j] === 0 && cover[j] === 1) added++;
    }
    const host = describe(u);
    const reasonMessages = [...host.reasonMessages];
    reasonMessages.splice(
      1,
      0,
      message("brokers.weaver.adds", { added, share: shareOf(added, outside), steps: m }),
    );
    const reasons = reasonMessages.map((reason) => reason.text);
    return { ...host, reasons, reasonMessages, marginal: added / outside, added };
  });
  candidates.sort((a, b) => b.added - a.added || b.reached - a.reached || compareIds(a.id, b.id));

  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => reachedCount[b]! - reachedCount[a]! || compareIds(view.ids[a]!, view.ids[b]!));
  const hosts = order.slice(0, Math.min(hostCount, n)).map(describe);

  return {
    team: found.actors,
    reach: teamReached / outside,
    reached: teamReached,
    exhaustive: found.exhaustive,
    candidates,
    hosts,
  };
}
