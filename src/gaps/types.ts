/**
 * The structural gap record returned by `findStructuralGaps`, its per-kind evidence, and the context
 * the gap kinds share.
 *
 * @packageDocumentation
 */
import { joinGapId } from "../internal/gap-id.js";
import type { Ecosystem } from "../model/ecosystem.js";
import type { EcosystemView, ViewOptions } from "../model/view.js";
import type { Message } from "../text/message.js";

/** The six kinds of structural gap, in the order they are documented (docs/gaps.md). */
export const STRUCTURAL_GAP_KINDS = Object.freeze([
  "role-pair",
  "siloed-community",
  "coverage",
  "fragmentation",
  "single-point-of-failure",
  "ties-ending",
] as const);

/** A kind of structural gap. */
export type StructuralGapKind = (typeof STRUCTURAL_GAP_KINDS)[number];

/** Evidence of a `role-pair` gap: two groups (or one group with itself) tied less than their degrees predict. */
export interface RolePairEvidence {
  /** The two groups, sorted; the same group twice for a within-group gap. */
  groups: [string, string];
  /** Whether the gap is within one group (its members rarely tied to each other). */
  within: boolean;
  /** Adjacent pairs of the undirected view joining the groups (within: both ends in the group). */
  observed: number;
  /** Ties expected under the configuration model: D_g·D_h / 2m, or D_g² / 4m within g. */
  expected: number;
  /** observed / expected. */
  ratio: number;
  /** One-sided permutation p-value of a ratio this low (label permutation, see docs/gaps.md). */
  pValue: number;
  /** Number of label permutations behind `pValue`. */
  permutations: number;
  /** Members of the groups without a tie to the other group (within: to another member). */
  unconnected: number;
}

/** A role that some actors need and lack (or would lose): who, and which role. */
export interface NeedLoss {
  /** The needed role. */
  needs: string;
  /** The actors who lack it (or would lose it), sorted by code units. */
  actors: string[];
}

/** Evidence of a `siloed-community` gap. */
export interface SiloedCommunityEvidence {
  /** Index of the community in `communities(eco, { seed })` (0 = largest). */
  community: number;
  /** Number of members. */
  size: number;
  /** I: adjacent pairs with both ends in the community. */
  internalTies: number;
  /** E: adjacent pairs with exactly one end in the community. */
  externalTies: number;
  /** (E − I) / (E + I); `null` when the community has no ties. */
  eiIndex: number | null;
  /** Roles some member needs that no member and no member's direct contact has, sorted. */
  missingRoles: string[];
  /** Share of members whose role needs one of `missingRoles`. */
  unmetShare: number;
  /**
   * Per needed role (sorted), the members who cannot reach an actor of it within `maxDistance` steps:
   * the coverage gaps of these very actors, which this gap carries instead of listing them twice.
   */
  unmetNeeds: NeedLoss[];
  /** Ids of the `coverage` gaps about members only, folded into this gap (sorted). */
  foldedGaps: string[];
}

/** Evidence of a `coverage` gap. */
export interface CoverageEvidence {
  /** The role of the actors concerned. */
  role: string;
  /** The role they need and cannot reach. */
  needs: string;
  /** The largest number of steps counted as reaching. */
  maxDistance: number;
  /** Actors of `role` (with `value`, when broken down) with no actor of `needs` within `maxDistance` steps. */
  without: number;
  /** Actors of `role` (with `value`, when broken down). */
  total: number;
  /** without / total. */
  share: number;
  /** The `coverageBy` attribute of a broken-down gap; `null` for the whole ecosystem. */
  attribute: string | null;
  /** The attribute value of a broken-down gap; `null` for the whole ecosystem. */
  value: string | null;
}

/** Evidence of a `fragmentation` gap. */
export interface FragmentationEvidence {
  /** Number of components of the view (an isolate counts as one). */
  components: number;
  /** Number of isolates (actors without ties) in the view. */
  isolates: number;
  /** Size of the largest component divided by the number of actors. */
  largestShare: number;
  /** Actors in the part this gap reports (the component, or all isolates). */
  size: number;
  /** Index of the component in `components(eco)` (0 = largest); `null` for the isolates gap. */
  component: number | null;
  /** Per needed role (sorted), the gap's actors who cannot reach an actor of it within `maxDistance` steps. */
  unmetNeeds: NeedLoss[];
  /**
   * Ids of the gaps about this gap's actors only, folded into it (sorted): the `coverage` gaps of its
   * actors and, for a cut-off component, the `siloed-community` gap of the same members.
   */
  foldedGaps: string[];
}

/** Evidence of a `single-point-of-failure` gap. */
export interface SinglePointOfFailureEvidence {
  /** `"actor"` for an articulation point, `"tie"` for a bridge. */
  element: "actor" | "tie";
  /** The articulation point; `null` for a bridge. */
  actor: string | null;
  /** The bridge's two ends, sorted; `null` for an articulation point. */
  ends: [string, string] | null;
  /** Actors its loss would cut off from the largest remaining part of its component. */
  cutOff: number;
  /** cutOff divided by the number of actors in the ecosystem. */
  cutOffShare: number;
  /** Size of the component it belongs to. */
  componentSize: number;
  /**
   * The actors it would cut off (`cutOff` of them), sorted; empty when `cutOffListed` is false.
   */
  cutOffActors: string[];
  /**
   * Whether `cutOffActors` and `lostNeeds` are filled in. Listing costs the size of what is cut off,
   * which sums to O(n²) over the single points of failure of a long path, so the gaps are listed from
   * the smallest cut-off up while the total stays within `LISTED_CUT_OFF_BUDGET` (2 000 000 actors);
   * the rest keep their counts only. Every real ecosystem we know of is listed in full.
   */
  cutOffListed: boolean;
  /**
   * Per needed role (sorted), the cut-off actors who reach it within `maxDistance` steps today and
   * whose cut-off part holds no actor of it: the needs they could meet only through this element.
   */
  lostNeeds: NeedLoss[];
  /**
   * Ids of the bridges folded into this articulation point's gap because they would cut off exactly
   * the same actors (a tie from the point to the part it holds), sorted; always `[]` for a bridge.
   */
  foldedGaps: string[];
  /**
   * How robust what it holds together is, as biconnected blocks (groups no single departure splits;
   * `biconnectedComponents`). For an actor: the sizes of the blocks that meet at it, largest first,
   * one per part its departure would leave. For a tie: the largest block at each end apart from the
   * tie itself, in the order of `ends` (1 when the end belongs to no other block).
   */
  blockSizes: number[];
  /**
   * The fewest new ties (none of them through the actor, nor the tie itself) after which its loss
   * would cut no one off: blockSizes.length − 1 for an actor (one tie per extra part, joining the
   * parts in a chain), 1 for a tie (any tie between its two sides puts it on a cycle).
   */
  bypassTies: number;
}

/** A tie that ends within the horizon of a `ties-ending` gap. */
export interface EndingTie {
  /** The tie's two ends, sorted. */
  ends: [string, string];
  /** The tie's kind. */
  kind: string;
  /** The tie's `until` date (`YYYY-MM-DD`). */
  until: string;
}

/** Evidence of a `ties-ending` gap: ties of one actor that end soon and whose loss would open a gap. */
export interface TiesEndingEvidence {
  /** The actor the ending ties share (the end with most ending ties; ties by id). */
  actor: string;
  /** The analysis date (`at`). */
  at: string;
  /** The horizon in months. */
  horizonMonths: number;
  /** The last day of the horizon: `at` plus `horizonMonths` months. */
  horizonEnd: string;
  /** The ending ties (active on `at`, ending before `horizonEnd`), sorted by ends then kind. */
  ties: EndingTie[];
  /** Actors of the largest component that would lose every path to it once these ties end, sorted. */
  cutOffActors: string[];
  /** Per needed role (sorted), the actors who reach it within `maxDistance` steps today and would not. */
  lostNeeds: NeedLoss[];
}

/** Evidence by gap kind. */
export interface StructuralGapEvidence {
  "role-pair": RolePairEvidence;
  "siloed-community": SiloedCommunityEvidence;
  coverage: CoverageEvidence;
  fragmentation: FragmentationEvidence;
  "single-point-of-failure": SinglePointOfFailureEvidence;
  "ties-ending": TiesEndingEvidence;
}

/** A structural gap of one kind. */
export interface StructuralGapOf<K extends StructuralGapKind> {
  /**
   * A stable id: the same for the same gap of the same input and options, whatever the order of the
   * file. Made by {@link gapId} from the kind and what places the gap (groups, roles, the first member
   * id, the cut vertex or the bridge's ends), so suggestions and plans can name the gaps they close.
   */
  id: string;
  /** What kind of gap this is. */
  kind: K;
  /**
   * How serious, in [0, 1], on one scale for every kind: loss / (loss + {@link SEVERITY_HALF_LOSS})
   * (docs/gaps.md, "Severity").
   */
  severity: number;
  /**
   * What the actors lose, in actor-equivalents: the sum over affected actors of their loss (cut off
   * entirely = 1, each unmet needed role = its share of the actor's needs, hanging on one element =
   * half of that); a structural note (a closed but healthy cluster, a role pair) counts at most 0.25.
   */
  loss: number;
  /** A short sentence, in English: `titleMessage.text`. */
  title: string;
  /**
   * The title as a message (id `gaps.<kind>.…` and its parameters), to write in any locale with
   * `formatMessage(gap.titleMessage, "fi")`; its `text` is {@link StructuralGapOf.title}.
   */
  titleMessage: Message;
  /** One or two sentences a person can read without knowing network analysis, in English. */
  detail: string;
  /** The detail as a message; its `text` is {@link StructuralGapOf.detail}. */
  detailMessage: Message;
  /** The actor ids concerned, sorted by code units. */
  actors: string[];
  /** The numbers behind the gap. */
  evidence: StructuralGapEvidence[K];
}

/** A structural gap: a discriminated union on `kind`, so `evidence` is typed by kind. */
export type StructuralGap = {
  [K in StructuralGapKind]: StructuralGapOf<K>;
}[StructuralGapKind];

/**
 * The id of a gap: its kind and the parts that place it, each percent-encoded and joined by `:`
 * (`coverage:developer:funder`, `single-point-of-failure:tie:a1:a2`), so an actor id holding a `:`
 * cannot make two gaps share an id.
 */
export function gapId(kind: StructuralGapKind, ...parts: readonly string[]): string {
  return joinGapId(kind, parts);
}

/** The needed roles of an ecosystem and who reaches them within `maxDistance` steps. @internal */
export interface NeedReach {
  /** The needed roles, sorted by id. */
  readonly roles: readonly string[];
  /** Per needed role (same order), its actors' dense indices. */
  readonly providers: readonly (readonly number[])[];
  /** Per needed role, each actor's hop distance to the nearest provider, −1 beyond `maxDistance`. */
  readonly distance: readonly Int32Array[];
  /** Per actor, the indices (into `roles`) of the roles its role needs (never its own role). */
  readonly needsOf: readonly (readonly number[])[];
  /** Per actor, the index (into `roles`) of the needed role it is, or −1. */
  readonly provides: Int32Array;
  /** The largest number of steps counted as reaching. */
  readonly maxDistance: number;
}

/** What every gap kind reads: the ecosystem, its undirected view and how to name actors. @internal */
export interface GapContext {
  readonly eco: Ecosystem;
  /** The undirected analysis view of the call's `kinds` and `at`. */
  readonly view: EcosystemView;
  /** The view options to pass on to the measures (`kinds`, `at`; never `directed`). */
  readonly viewOptions: ViewOptions;
  /** The actor's `label`, else its id. */
  readonly labelOf: (id: string) => string;
  /** Who reaches each needed role within the call's `maxDistance` steps. */
  readonly reach: NeedReach;
}
