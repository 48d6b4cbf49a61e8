/**
 * The sentences that explain a bridge actor's rank, in plain numbers, the part of the score that adds
 * most first; each is a message of the `brokers` catalogue, written in any locale by `formatMessage`.
 *
 * @packageDocumentation
 */
import { type Message, message } from "../text/message.js";
import { fineNumber, fineShare } from "../text/shares.js";
import type { GroupingNaming } from "./bridge-brokerage.js";

/** The parts of the bridge score, one number per part. */
export interface BridgeParts {
  /** Normalised betweenness: the share of shortest paths between other actors through it. */
  betweenness: number;
  /** Actors its removal cuts off, as a share of the other actors. */
  cutOff: number;
  /** Needs others would lose without it, as a share of the needs met today. */
  needs: number;
  /** Cross-group brokerage, as a share of the pairs it could broker (mean over the groupings). */
  brokerage: number;
}

/** The facts a bridge actor's sentences are made of. */
export interface BridgeFacts {
  readonly contributions: BridgeParts;
  readonly betweenness: number;
  /** Whether betweenness was estimated from pivots. */
  readonly estimated: boolean;
  readonly cutOff: number;
  /** Actors left in the largest remaining piece of its component. */
  readonly rest: number;
  /** Per needed role, how many actors would lose their way to it, and whether all are cut off. */
  readonly needs: readonly { role: string; actors: number; allCutOff: boolean }[];
  readonly directed: boolean;
  readonly brokerage: readonly { naming: GroupingNaming; crossGroup: number; share: number }[];
  /** Groups among its contacts per grouping, when at least 2. */
  readonly spans: readonly { count: number; naming: GroupingNaming }[];
  readonly participation: number | null;
  /** Its ties that carry the most shortest paths: the contact's label and the tie's share of paths. */
  readonly carried: readonly { contact: string; share: number }[];
}

type Scored = "hangs" | "paths" | "brokerage";
/** Order of the scored sentences when their parts add the same to the score. */
const TIE_ORDER: readonly Scored[] = ["hangs", "paths", "brokerage"];

/**
 * `8 … their only way to a funder and 9 to an upskiller`: the lead need by `lead` (`brokers.bridge.
 * wouldLose`, `8 actors would lose`; or `brokers.bridge.ofThem`, `8 of them`), the others after it.
 */
function needsList(
  needs: BridgeFacts["needs"],
  lead: "brokers.bridge.wouldLose" | "brokers.bridge.ofThem",
): Message[] {
  return needs.map((need, k) =>
    message(k === 0 ? lead : "brokers.bridge.moreNeed", { count: need.actors, role: need.role }),
  );
}

function hangsSentence(facts: BridgeFacts): Message {
  const { cutOff, rest, needs } = facts;
  if (cutOff === 0)
    return message("brokers.bridge.ifLeft", { parts: needsList(needs, "brokers.bridge.wouldLose") });
  let tail: Message;
  if (needs.length === 0) tail = message("common.nothing");
  else if (needs.every((need) => need.allCutOff)) {
    tail =
      cutOff === 1
        ? message("brokers.bridge.tailOwn", {
            roles: needs.map((need) => message("brokers.bridge.toRole", { role: need.role })),
          })
        : message("brokers.bridge.tailAnd", { parts: needsList(needs, "brokers.bridge.ofThem") });
  } else tail = message("brokers.bridge.tailSemi", { parts: needsList(needs, "brokers.bridge.wouldLose") });
  return message("brokers.bridge.holds", { cutOff, rest, tail });
}

function groupingParams(naming: GroupingNaming): { kind: string; name: string; index: number } {
  return { kind: naming.kind, name: naming.name, index: naming.index };
}

function brokerageSentence(facts: BridgeFacts): Message {
  const shown = facts.brokerage.filter((row) => row.crossGroup > 0);
  if (facts.directed) {
    const parts = shown.map((row, k) =>
      message(k === 0 ? "brokers.bridge.pathsAcrossFirst" : "brokers.bridge.pathsAcross", {
        count: row.crossGroup,
        across: message("brokers.grouping.across", groupingParams(row.naming)),
        share: fineShare(row.share),
      }),
    );
    return message("brokers.bridge.brokersDirected", { parts });
  }
  // sna counts each unordered pair once per direction on the undirected view.
  const parts = shown.map((row, k) =>
    message(k === 0 ? "brokers.bridge.pairsAcrossFirst" : "brokers.bridge.pairsAcross", {
      count: row.crossGroup / 2,
      across: message("brokers.grouping.across", groupingParams(row.naming)),
      share: fineShare(row.share),
    }),
  );
  return message("brokers.bridge.brokersUndirected", { parts });
}

/**
 * The reasons of one bridge actor: a sentence per scored part it has (what hangs on it, for the cutOff
 * and needs parts; the shortest paths; brokerage), ordered by the contribution of the parts each
 * reports, largest first (ties: hangs, paths, brokerage), so the first is the one that decided the
 * rank; then the ties that carry the most shortest paths and the groups its contacts span (evidence,
 * not scored). An actor with no scored part gets
 * one sentence saying so.
 */
export function bridgeReasons(facts: BridgeFacts): Message[] {
  const { contributions } = facts;
  const scored: { part: Scored; weight: number; reason: Message }[] = [];
  if (facts.cutOff > 0 || facts.needs.length > 0) {
    scored.push({
      part: "hangs",
      weight: contributions.cutOff + contributions.needs,
      reason: hangsSentence(facts),
    });
  }
  if (facts.betweenness > 0) {
    scored.push({
      part: "paths",
      weight: contributions.betweenness,
      reason: message("brokers.bridge.paths", {
        share: fineShare(facts.betweenness),
        estimated: facts.estimated,
      }),
    });
  }
  if (facts.brokerage.some((row) => row.crossGroup > 0)) {
    scored.push({ part: "brokerage", weight: contributions.brokerage, reason: brokerageSentence(facts) });
  }
  scored.sort((a, b) => b.weight - a.weight || TIE_ORDER.indexOf(a.part) - TIE_ORDER.indexOf(b.part));
  const reasons = scored.map((sentence) => sentence.reason);
  if (reasons.length === 0) reasons.push(message("brokers.bridge.none"));
  // A tie of an actor on no path between others carries only that actor's own paths: no news.
  if (facts.carried.length > 0 && facts.betweenness > 0) {
    reasons.push(
      message("brokers.bridge.carries", {
        ties: facts.carried.map((tie) =>
          message("brokers.bridge.carriedTie", { contact: tie.contact, share: fineShare(tie.share) }),
        ),
        estimated: facts.estimated,
      }),
    );
  }
  if (facts.spans.length > 0) {
    const p = facts.participation;
    reasons.push(
      message("brokers.bridge.spans", {
        spans: facts.spans.map(({ count, naming }) =>
          message("brokers.grouping.count", { count, ...groupingParams(naming) }),
        ),
        participation:
          p === null
            ? message("common.nothing")
            : message("brokers.bridge.participation", { value: fineNumber(p) }),
      }),
    );
  }
  return reasons;
}
