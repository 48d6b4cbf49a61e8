// The vocabulary of the planted ecosystems: what a planted ecosystem carries (features the answers
// must find, items ties can fix, a witness of ties that fixes them) and the builder of their documents.
import type { Actor, EcosystemData, Tie } from "../../src/model/schema.js";
import type { AddedTie, PlantedItem } from "./truth.js";

/** Something an answer must find in its top 3. */
export interface PlantedFeature {
  /** A short name for messages. */
  name: string;
  /** `gaps`: `findStructuralGaps`; `bridges`: `findBridgeActors`. */
  answer: "gaps" | "bridges";
  /**
   * gaps: every one of these must be listed by a top-3 gap that is about the feature (at least half
   * of its actors in `actors` ∪ `context`); bridges: every one must be among the top 3 bridge actors.
   */
  actors: readonly string[];
  /** gaps: other actors a gap about the feature may list (the cut vertex, the region's connector). */
  context?: readonly string[];
}

/** A planted ecosystem and its truth. */
export interface PlantedEcosystem {
  /** Short key, used in test names and the bench table. */
  key: string;
  data: EcosystemData;
  /** The analysis date of every answer and of the truth. */
  at: string;
  features: readonly PlantedFeature[];
  /** Actors of a healthy cluster that must not rank above the features (a gap of mostly these is a decoy gap). */
  decoy?: readonly string[];
  /**
   * What ties can fix, one remedy each: a part to join to the main component (one tie), a role a group
   * lacks (one tie from an actor next to the whole group to an actor of that role; two roles are two
   * items, since such a tie brings its neighbours only the role of its far end), a cut vertex to bypass
   * (one tie), read at the item's date when a tie is about to end.
   */
  items: readonly PlantedItem[];
  /**
   * Ties that close every item, best first (most items per tie). What k ties can close is counted as
   * what the witness's first k close: a number shown to be reachable. The tests check that the witness
   * closes every item and that no single absent tie closes more items than its first (by trying every
   * absent pair): at k = 1 it is the best possible; for larger k it is a reachable count, not a
   * proven maximum (ties can close more together than apart).
   */
  witness: readonly AddedTie[];
}

/** The analysis date of the planted ecosystems (and of the sample's checks). */
export const PLANTED_AT = "2025-06-30";

/** Optional fields of a tie a builder sets. */
export type TieExtra = Partial<Pick<Tie, "since" | "until" | "weight" | "amount">>;

/** Collects actors and ties, refusing duplicates so a typo in a builder fails loudly. */
export class Builder {
  readonly actors: Actor[] = [];
  readonly ties: Tie[] = [];
  private readonly known = new Set<string>();
  private readonly pairs = new Set<string>();

  actor(id: string, role: string, region: string): string {
    if (this.known.has(id)) throw new Error(`planted: duplicate actor ${id}`);
    this.known.add(id);
    this.actors.push({ id, label: `${region} ${role} ${id}`, role, attributes: { region } });
    return id;
  }

  tie(source: string, target: string, kind: string, extra: TieExtra = {}): void {
    if (!this.known.has(source) || !this.known.has(target)) throw new Error(`planted: ${source} – ${target}`);
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    if (this.pairs.has(key)) throw new Error(`planted: duplicate tie ${key}`);
    this.pairs.add(key);
    this.ties.push({ source, target, kind, ...extra });
  }

  data(name: string, description: string): EcosystemData {
    return { name, description, actors: this.actors.slice(), ties: this.ties.slice() };
  }
}

const pad = (i: number) => String(i).padStart(2, "0");

/** Developer ids `<prefix>-d<from>` … `<prefix>-d<to>`. */
export function developers(prefix: string, from: number, to: number): string[] {
  const ids: string[] = [];
  for (let i = from; i <= to; i++) ids.push(`${prefix}-d${pad(i)}`);
  return ids;
}

export interface ClusterOptions {
  /** Add the funder `<prefix>-f01`, funding the even developers. Default true. */
  funder?: boolean;
  /** Add the upskiller `<prefix>-u01`: training the odd developers, or all of them without a funder. */
  upskiller?: boolean;
  extra?: TieExtra;
}

/**
 * A healthy regional cluster: developers d01 … dk on a ring of collaboration with peer-learning
 * chords d(i)–d(i+3) for i = 1, 4, 7 …; the funder funds the even developers, the upskiller trains
 * the odd ones, and the two exchange information. So every developer has one of funder and upskiller
 * as a neighbour and the other 2 steps away, and no single actor or tie splits the cluster.
 */
export function cluster(
  b: Builder,
  prefix: string,
  region: string,
  size: number,
  options: ClusterOptions = {},
) {
  const { funder = true, upskiller = true, extra = {} } = options;
  const devs = developers(prefix, 1, size);
  for (const id of devs) b.actor(id, "developer", region);
  for (let i = 0; i < size; i++) b.tie(devs[i]!, devs[(i + 1) % size]!, "collaboration", extra);
  if (size > 4) for (let i = 0; i + 3 < size; i += 3) b.tie(devs[i]!, devs[i + 3]!, "peer-learning", extra);
  const f = funder ? b.actor(`${prefix}-f01`, "funder", region) : null;
  const u = upskiller ? b.actor(`${prefix}-u01`, "upskiller", region) : null;
  devs.forEach((id, i) => {
    const odd = i % 2 === 0;
    if (f !== null && !odd) b.tie(f, id, "funding", { amount: 50_000, ...extra });
    if (u !== null && (odd || f === null)) b.tie(u, id, "training", extra);
  });
  if (f !== null && u !== null) b.tie(f, u, "information", extra);
  return { devs, funder: f, upskiller: u, all: [...devs, ...(f ? [f] : []), ...(u ? [u] : [])] };
}

/** Two collaboration ties between clusters, on distinct actors, so neither is a bridge. */
export function link(b: Builder, pairs: readonly (readonly [string, string])[]): void {
  for (const [x, y] of pairs) b.tie(x, y, "collaboration");
}
