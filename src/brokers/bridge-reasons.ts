/**
 * The sentences that explain a bridge actor's rank, in plain numbers, the part of the score that adds
 * most first.
 *
 * @packageDocumentation
 */
import { countOf, nameList, percentFine, shortNumberFine, withArticle } from "../internal/wording.js";

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
  readonly brokerage: readonly { plural: string; crossGroup: number; share: number }[];
  /** Groups among its contacts per grouping, as `[count, noun, plural]`, when at least 2. */
  readonly spans: readonly [number, string, string][];
  readonly participation: number | null;
}

type Scored = "hangs" | "paths" | "brokerage";
/** Order of the scored sentences when their parts add the same to the score. */
const TIE_ORDER: readonly Scored[] = ["hangs", "paths", "brokerage"];

/** `8 … their only way to a funder and 9 to an upskiller`, after a `first` lead-in (`8 of them`). */
function needsList(needs: BridgeFacts["needs"], first: string): string {
  const [lead, ...rest] = needs;
  if (lead === undefined) return "";
  const head = `${first} ${lead.actors === 1 ? "its" : "their"} only way to ${withArticle(lead.role)}`;
  return nameList([head, ...rest.map((need) => `${need.actors} to ${withArticle(need.role)}`)], needs.length);
}

function hangsSentence(facts: BridgeFacts): string {
  const { cutOff, rest, needs } = facts;
  const first = needs[0];
  if (cutOff === 0) {
    return `if it left, ${needsList(needs, `${countOf(first?.actors ?? 0, "actor")} would lose`)}`;
  }
  const others = rest === 1 ? "the other actor" : `the other ${rest} actors`;
  let text =
    cutOff === 1
      ? `holds 1 actor to the rest of the network: if it left, that actor would lose its only path to ${others}`
      : `holds ${cutOff} actors to the rest of the network: if it left, they would lose their only path to ${others}`;
  if (first === undefined) return text;
  if (needs.every((need) => need.allCutOff)) {
    text +=
      cutOff === 1
        ? `, and its only way to ${needs.map((need) => withArticle(need.role)).join(" and to ")}`
        : `, and ${needsList(needs, `${first.actors} of them`)}`;
  } else {
    text += `; ${needsList(needs, `${countOf(first.actors, "actor")} would lose`)}`;
  }
  return text;
}

function brokerageSentence(facts: BridgeFacts): string {
  const shown = facts.brokerage.filter((row) => row.crossGroup > 0);
  if (facts.directed) {
    const parts = shown.map(
      (row, k) =>
        `${countOf(row.crossGroup, "path")}${k === 0 ? " a → it → c" : ""} across ${row.plural} (${percentFine(row.share)}${k === 0 ? " of all such ordered pairs" : ""})`,
    );
    return `brokers ${parts.join(" and ")}, with no tie a → c`;
  }
  // sna counts each unordered pair once per direction on the undirected view.
  const parts = shown.map(
    (row, k) =>
      `${row.crossGroup / 2}${k === 0 ? ` ${row.crossGroup === 2 ? "pair" : "pairs"} of its contacts` : ""} across ${row.plural} (${percentFine(row.share)}${k === 0 ? " of all such pairs" : ""})`,
  );
  return `brokers ${parts.join(" and ")}: contacts not tied to each other, each pair counted once`;
}

/**
 * The reasons of one bridge actor: a sentence per scored part it has (what hangs on it, for the cutOff
 * and needs parts; the shortest paths; brokerage), ordered by the contribution of the parts each
 * reports, largest first (ties: hangs, paths, brokerage), so the first is the one that decided the
 * rank; then the groups its contacts span (evidence, not scored). An actor with no scored part gets
 * one sentence saying so.
 */
export function bridgeReasons(facts: BridgeFacts): string[] {
  const { contributions } = facts;
  const scored: { part: Scored; weight: number; text: string }[] = [];
  if (facts.cutOff > 0 || facts.needs.length > 0) {
    scored.push({
      part: "hangs",
      weight: contributions.cutOff + contributions.needs,
      text: hangsSentence(facts),
    });
  }
  if (facts.betweenness > 0) {
    scored.push({
      part: "paths",
      weight: contributions.betweenness,
      text: `lies on ${percentFine(facts.betweenness)} of the shortest paths between other actors${facts.estimated ? " (estimated)" : ""}`,
    });
  }
  if (facts.brokerage.some((row) => row.crossGroup > 0)) {
    scored.push({ part: "brokerage", weight: contributions.brokerage, text: brokerageSentence(facts) });
  }
  scored.sort((a, b) => b.weight - a.weight || TIE_ORDER.indexOf(a.part) - TIE_ORDER.indexOf(b.part));
  const reasons = scored.map((sentence) => sentence.text);
  if (reasons.length === 0) {
    reasons.push("holds no bridging position in this view: no shortest path between others runs through it");
  }
  if (facts.spans.length > 0) {
    const spans = nameList(
      facts.spans.map(([count, noun, plural]) => countOf(count, noun, plural)),
      facts.spans.length,
    );
    const p = facts.participation;
    reasons.push(`its contacts span ${spans}${p === null ? "" : ` (participation ${shortNumberFine(p)})`}`);
  }
  return reasons;
}
