/**
 * Role-pair gaps: two groups (roles by default), or one group with itself, tied far less than the
 * number of ties their members have predicts.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { createRandom, shuffleInPlace } from "../internal/rng.js";
import { type GroupBy, resolveGroups } from "../metrics/group-by.js";
import { type Message, message } from "../text/message.js";
import { NOTE_LOSS, severityOfLoss } from "./severity.js";
import type { GapContext, RolePairEvidence, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/** What {@link rolePairGaps} reads from the options. @internal */
export interface RolePairSettings {
  readonly groupBy: GroupBy;
  readonly seed: number;
  readonly permutations: number;
  readonly maxRatio: number;
  readonly alpha: number;
}

/** Relative tolerance when comparing a permuted ratio with the observed one (equal ratios count as extreme). */
const RATIO_TOLERANCE = 1e-12;

/**
 * Role-pair gaps: pairs of groups, and groups with themselves, whose observed ties fall well short of
 * the configuration-model expectation, with a seeded label-permutation p-value.
 *
 * @remarks
 * On the undirected view with m adjacent pairs, let k_i be actor i's degree and D_g = Σ_{i ∈ g} k_i.
 * O[g,h] = #pairs with one end in g and the other in h (g ≠ h), O[g,g] = #pairs with both ends in g.
 * E[g,h] = D_g·D_h / 2m for g ≠ h and E[g,g] = D_g² / 4m (the configuration model's expected number of
 * edges given every actor's degree). ratio = O / E.
 * Null model: the group labels are shuffled over the actors (uniform permutation, seeded). This keeps
 * the graph (so every degree) and every group's size exactly, and each permuted labelling is an
 * independent, exactly exchangeable sample, at O(n + m) per permutation with typed arrays. Rewiring
 * by double-edge swaps would keep the labels instead, but its samples form a Markov chain that needs
 * many swaps per sample to mix and a hash set to forbid parallel edges; it is slower and only
 * approximately uniform. Because a permutation moves degree between groups, the statistic compared is
 * the degree-corrected ratio recomputed under each labelling (not the raw count):
 * p = (1 + #{permutations with ratio* ≤ ratio}) / (1 + permutations), one-sided (fewer ties than
 * expected). A permutation whose E* is 0 counts as extreme (conservative).
 * A gap when ratio ≤ maxRatio and p ≤ alpha; within-group pairs need at least two members.
 * Loss = 0.25 · (1 − ratio) · (1 − p): the share of the predicted ties that are missing, discounted by
 * the chance that a shortfall this large is luck, as a note worth at most a quarter of one actor's
 * loss ({@link NOTE_LOSS}): fewer ties than chance takes nothing concrete from anyone (actors who lack
 * a role they need are `coverage` gaps). Severity = loss / (loss + 4), at most 0.06.
 * Ours: no reference implementation; E agrees with the expected edge counts of the configuration model
 * (Newman 2003) and the test with the label-permutation tests of UCINET and R `sna` (QAP-style).
 * Undefined: no gaps without ties (m = 0); pairs with E = 0 are skipped.
 * Time complexity: O(n + m + G²) plus O(P · (n + m + G²)) for P permutations and G groups, the
 * permutations run only when some pair passes the ratio threshold.
 *
 * References: Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
 * doi:10.1103/PhysRevE.67.026126. Molloy, M., & Reed, B. (1995). A critical point for random graphs
 * with a given degree sequence. Random Structures & Algorithms 6(2–3), 161–180.
 * doi:10.1002/rsa.3240060204
 * @internal
 */
export function rolePairGaps(
  context: GapContext,
  settings: RolePairSettings,
): StructuralGapOf<"role-pair">[] {
  const { eco, view } = context;
  const { order: n, offsets, targets, size: m } = view;
  if (m === 0) return [];
  const { codes, groups } = resolveGroups(eco, view, settings.groupBy, "findStructuralGaps");
  const G = groups.length;

  // Edge list (u < v) and degrees, once.
  const ends = new Int32Array(2 * m);
  const degree = new Int32Array(n);
  const groupSize = new Int32Array(G);
  let e = 0;
  for (let u = 0; u < n; u++) {
    degree[u] = offsets[u + 1]! - offsets[u]!;
    groupSize[codes[u]!]!++;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (v < u) continue;
      ends[e++] = u;
      ends[e++] = v;
    }
  }

  const cells = new Float64Array(G * G);
  const degreeSum = new Float64Array(G);
  const tally = (labels: Int32Array): void => {
    cells.fill(0);
    degreeSum.fill(0);
    for (let i = 0; i < n; i++) degreeSum[labels[i]!]! += degree[i]!;
    for (let k = 0; k < 2 * m; k += 2) cells[labels[ends[k]!]! * G + labels[ends[k + 1]!]!]!++;
  };
  const observedOf = (g: number, h: number): number =>
    g === h ? cells[g * G + g]! : cells[g * G + h]! + cells[h * G + g]!;
  const expectedOf = (g: number, h: number): number =>
    g === h ? (degreeSum[g]! * degreeSum[g]!) / (4 * m) : (degreeSum[g]! * degreeSum[h]!) / (2 * m);

  tally(codes);
  interface Candidate {
    g: number;
    h: number;
    observed: number;
    expected: number;
    ratio: number;
    extreme: number;
  }
  const candidates: Candidate[] = [];
  for (let g = 0; g < G; g++) {
    for (let h = g; h < G; h++) {
      if (g === h && groupSize[g]! < 2) continue;
      const expected = expectedOf(g, h);
      if (expected === 0) continue;
      const observed = observedOf(g, h);
      const ratio = observed / expected;
      if (ratio <= settings.maxRatio) candidates.push({ g, h, observed, expected, ratio, extreme: 0 });
    }
  }
  if (candidates.length === 0) return [];

  const labels = Int32Array.from(codes);
  const random = createRandom(settings.seed);
  for (let p = 0; p < settings.permutations; p++) {
    shuffleInPlace(random, labels);
    tally(labels);
    for (const candidate of candidates) {
      const expected = expectedOf(candidate.g, candidate.h);
      if (
        expected === 0 ||
        observedOf(candidate.g, candidate.h) / expected <= candidate.ratio + RATIO_TOLERANCE
      ) {
        candidate.extreme++;
      }
    }
  }

  const gaps: StructuralGapOf<"role-pair">[] = [];
  for (const candidate of candidates) {
    const pValue = (1 + candidate.extreme) / (1 + settings.permutations);
    if (pValue > settings.alpha) continue;
    gaps.push(describe(context, settings.groupBy, groups, codes, candidate, pValue, settings.permutations));
  }
  return gaps;
}

/**
 * How a group is named in a sentence: `developers`, `actors with region Lappi`, `actors of group x`
 * (`Developers`, … as the subject that opens it).
 */
function groupPhrase(groupBy: GroupBy, group: string, subject: boolean): Message {
  const kind = groupBy === "role" ? "role" : typeof groupBy === "string" ? "attribute" : "function";
  return message(subject ? "gaps.group.subject" : "gaps.group.object", {
    kind,
    group,
    attribute: typeof groupBy === "string" ? groupBy : "",
  });
}

/** The chance of a shortfall this large: `under 0.1%`, `under 1%`, or the whole percentage. */
function chanceOf(pValue: number): Message {
  const band = pValue < 0.001 ? "tiny" : Math.round(pValue * 100) === 0 ? "small" : "share";
  return message("gaps.rolePair.chance", { band, share: pValue });
}

function describe(
  context: GapContext,
  groupBy: GroupBy,
  groups: readonly string[],
  codes: Int32Array,
  candidate: { g: number; h: number; observed: number; expected: number; ratio: number },
  pValue: number,
  permutations: number,
): StructuralGapOf<"role-pair"> {
  const { view, labelOf } = context;
  const { offsets, targets, ids, order: n } = view;
  const { g, h, observed, expected, ratio } = candidate;
  const within = g === h;

  // Members with no tie across (within: with no tie to another member).
  const unconnectedIds: string[] = [];
  let total = 0;
  for (let u = 0; u < n; u++) {
    const own = codes[u]!;
    if (own !== g && own !== h) continue;
    total++;
    const other = own === g ? h : g;
    let tied = false;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end && !tied; k++)
      tied = codes[targets[k]!] === other;
    if (!tied) unconnectedIds.push(ids[u]!);
  }
  unconnectedIds.sort(compareIds);

  const [first, second] = [groups[g]!, groups[h]!].sort(compareIds) as [string, string];
  const a = groupPhrase(groupBy, first, true);
  const b = groupPhrase(groupBy, second, false);
  const titleMessage =
    observed === 0
      ? within
        ? message("gaps.rolePair.neverWithin", { a, expected })
        : message("gaps.rolePair.neverBetween", { a, b, expected })
      : within
        ? message("gaps.rolePair.lessWithin", { a, times: 1 / ratio })
        : message("gaps.rolePair.lessBetween", { a, b, times: 1 / ratio });
  const detailMessage = message(within ? "gaps.rolePair.detailWithin" : "gaps.rolePair.detailBetween", {
    observed,
    expected,
    chance: chanceOf(pValue),
    unconnected: unconnectedIds.length,
    total,
    names: unconnectedIds.map(labelOf),
  });
  const evidence: RolePairEvidence = {
    groups: [first, second],
    within,
    observed,
    expected,
    ratio,
    pValue,
    permutations,
    unconnected: unconnectedIds.length,
  };
  return {
    id: gapId("role-pair", first, second),
    kind: "role-pair",
    severity: severityOfLoss(NOTE_LOSS * (1 - ratio) * (1 - pValue)),
    loss: NOTE_LOSS * (1 - ratio) * (1 - pValue),
    title: titleMessage.text,
    titleMessage,
    detail: detailMessage.text,
    detailMessage,
    actors: unconnectedIds,
    evidence,
  };
}
