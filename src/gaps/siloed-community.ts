/**
 * Siloed-community gaps: communities that keep their ties to themselves, or that lack a role their
 * members need.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { communities } from "../metrics/communities.js";
import { ecosystemRoles } from "../model/ecosystem.js";
import { message } from "../text/message.js";
import { needLossTotal, roleChoice, unmetClause, unmetNeeds } from "./needs.js";
import { NO_CLAUSE } from "./no-clause.js";
import { NOTE_LOSS, severityOfLoss } from "./severity.js";
import type { GapContext, SiloedCommunityEvidence, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/** What {@link siloedCommunityGaps} reads from the options. @internal */
export interface SiloedCommunitySettings {
  readonly seed: number;
  readonly minCommunitySize: number;
  readonly siloEiIndex: number;
}

/**
 * Siloed-community gaps: Louvain communities (seeded) whose ties stay inside, or that lack a role their
 * members need.
 *
 * @remarks
 * Communities come from `communities(eco, { kinds, at, seed })` (seeded Louvain on the
 * undirected view, weighted). For community C: I = adjacent pairs with both ends in C, E = pairs with
 * exactly one end in C, EI = (E − I) / (E + I) (Krackhardt and Stern; as `eiIndex` per group, grouping
 * by community). needed(C) = ∪ needs(role(i)) over members i; present(C) = roles of the members and of
 * their direct contacts (neighbours in the view); missingRoles = needed(C) − present(C), sorted.
 * unmetShare = share of members whose role needs one of missingRoles.
 * C is a gap when |C| ≥ minCommunitySize and (E > 0 and EI ≤ siloEiIndex, or missingRoles ≠ ∅).
 * A community with E = 0 is a whole component: its isolation is a `fragmentation` gap, and the E-I
 * test is not applied (else a connected ecosystem found as one community would be "siloed").
 * unmetNeeds: per needed role, the members with no actor of it within `maxDistance` steps (the
 * members' coverage gaps, which `findStructuralGaps` folds into this one).
 * Loss = Σ over unmetNeeds of 1 / |needs(role of the member)| (a member lacking every role it needs
 * counts 1) + 0.25 · max(−EI if the E-I test holds else 0, unmetShare) (the closure itself, a note
 * worth at most a quarter of one actor, {@link NOTE_LOSS}); severity = loss / (loss + 4). A closed
 * cluster that reaches every role it needs thus ranks below any actor lacking a need.
 * Ours: no reference implementation. Time complexity: that of Louvain (about O(m log n)) plus O(n + m).
 *
 * References: Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises.
 * Social Psychology Quarterly 51(2), 123–140. doi:10.2307/2786835. Blondel, V. D., et al. (2008).
 * Fast unfolding of communities in large networks. J. Stat. Mech. P10008.
 * doi:10.1088/1742-5468/2008/10/P10008
 * @internal
 */
export function siloedCommunityGaps(
  context: GapContext,
  settings: SiloedCommunitySettings,
): StructuralGapOf<"siloed-community">[] {
  const { eco, view, viewOptions, labelOf, reach } = context;
  const { order: n, offsets, targets, ids } = view;
  if (n === 0) return [];
  const found = communities(eco, { ...viewOptions, seed: settings.seed });
  const count = found.count;
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = found.assignment[ids[i]!]!;

  const internal = new Int32Array(count);
  const external = new Int32Array(count);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (v < u) continue;
      if (community[u] === community[v]) internal[community[u]!]!++;
      else {
        external[community[u]!]!++;
        external[community[v]!]!++;
      }
    }
  }

  const roles = ecosystemRoles(eco);
  const roleOf = (i: number): string => eco.getNodeAttribute(ids[i]!, "role");
  const needsOf = (role: string): readonly string[] => roles.get(role)?.needs ?? [];

  const gaps: StructuralGapOf<"siloed-community">[] = [];
  for (let c = 0; c < count; c++) {
    const memberIds = found.communities[c]!;
    const size = memberIds.length;
    if (size < settings.minCommunitySize) continue;
    const members = memberIds.map((id) => view.index.get(id)!);
    const needed = new Set<string>();
    const present = new Set<string>();
    for (const i of members) {
      for (const need of needsOf(roleOf(i))) needed.add(need);
      present.add(roleOf(i));
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) present.add(roleOf(targets[k]!));
    }
    const missingRoles = [...needed].filter((role) => !present.has(role)).sort(compareIds);
    const missing = new Set(missingRoles);
    const unmet = members.filter((i) => needsOf(roleOf(i)).some((need) => missing.has(need))).length;
    const unmetShare = unmet / size;
    const I = internal[c]!;
    const E = external[c]!;
    const eiIndex = E + I === 0 ? null : (E - I) / (E + I);
    const closed = E > 0 && eiIndex !== null && eiIndex <= settings.siloEiIndex;
    if (!closed && missingRoles.length === 0) continue;

    // Name the community after its best-connected member (ties by id), so a reader can place it.
    let hub = members[0]!;
    for (const i of members) {
      const degree = offsets[i + 1]! - offsets[i]!;
      const best = offsets[hub + 1]! - offsets[hub]!;
      if (degree > best || (degree === best && compareIds(ids[i]!, ids[hub]!) < 0)) hub = i;
    }
    const head = { hub: labelOf(ids[hub]!), size };
    const inside = E + I === 0 ? 0 : I / (E + I);
    const noneOf = roleChoice(missingRoles, "common.role.noneOf");
    const titleMessage =
      closed && missingRoles.length > 0
        ? message("gaps.siloed.title.both", { ...head, inside, missing: noneOf })
        : closed
          ? message("gaps.siloed.title.closed", { ...head, inside })
          : message("gaps.siloed.title.missing", { ...head, missing: noneOf });
    // A community that lacks no role is the place of no need: members who cannot reach a role it
    // holds are a matter of reach within it, and the coverage gap that lists them places them (else a
    // cluster that keeps its ties inside would rank by its periphery's needs, not as a note).
    const needsUnmet = missingRoles.length === 0 ? [] : unmetNeeds(reach, view, members);
    const detailMessage = message("gaps.siloed.detail", {
      members: memberIds.map(labelOf),
      internal: I,
      external: E,
      missing:
        missingRoles.length === 0
          ? NO_CLAUSE
          : message("gaps.siloed.missing", {
              count: unmet,
              roles: roleChoice(missingRoles, "common.role.reach"),
            }),
      unmet: unmetClause(needsUnmet, reach.maxDistance),
    });
    const evidence: SiloedCommunityEvidence = {
      community: c,
      size,
      internalTies: I,
      externalTies: E,
      eiIndex,
      missingRoles,
      unmetShare,
      unmetNeeds: needsUnmet,
      foldedGaps: [],
    };
    const loss =
      needLossTotal(reach, view, needsUnmet) + NOTE_LOSS * Math.max(closed ? -eiIndex! : 0, unmetShare);
    gaps.push({
      id: gapId(
        "siloed-community",
        memberIds.reduce((a, b) => (compareIds(a, b) <= 0 ? a : b)),
      ),
      kind: "siloed-community",
      severity: severityOfLoss(loss),
      loss,
      title: titleMessage.text,
      titleMessage,
      detail: detailMessage.text,
      detailMessage,
      actors: memberIds.slice(),
      evidence,
    });
  }
  return gaps;
}
