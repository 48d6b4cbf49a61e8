/**
 * Coverage gaps: actors who cannot reach a role they need within a few steps.
 *
 * @packageDocumentation
 */
import { bfs } from "../internal/bfs.js";
import { compareIds } from "../internal/compare.js";
import { resolveGroups } from "../metrics/group-by.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { message } from "../text/message.js";
import { NO_CLAUSE } from "./no-clause.js";
import { severityOfLoss } from "./severity.js";
import type { CoverageEvidence, GapContext, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/** What {@link coverageGaps} reads from the options. @internal */
export interface CoverageSettings {
  readonly maxDistance: number;
  readonly coverageBy: string | undefined;
}

/** A role that present roles need, as the coverage gaps and the weaver's scores count it. @internal */
export interface RoleNeed {
  /** The needed role. */
  readonly role: string;
  /** Its actors (dense indices, ascending): the sources of the search for it. */
  readonly providers: readonly number[];
  /** Codes of the present roles that need it (ascending; a role's need of itself is skipped). */
  readonly neededBy: readonly number[];
}

/**
 * The roles that the present roles need, sorted by id, each with its providers and the roles that need
 * it (see {@link coverageGaps} for why a role's need of itself is skipped). O(n + r · s) for r present
 * roles needing s roles each.
 * @internal
 */
export function roleNeeds(eco: Ecosystem, roleCodes: Int32Array, roleIds: readonly string[]): RoleNeed[] {
  const roles = ecosystemRoles(eco);
  const neededBy = new Map<string, number[]>();
  for (let code = 0; code < roleIds.length; code++) {
    const role = roleIds[code]!;
    for (const need of new Set(roles.get(role)?.needs ?? [])) {
      if (need === role) continue;
      const list = neededBy.get(need);
      if (list === undefined) neededBy.set(need, [code]);
      else list.push(code);
    }
  }
  const membersOfRole: number[][] = roleIds.map(() => []);
  for (let i = 0; i < roleCodes.length; i++) membersOfRole[roleCodes[i]!]!.push(i);
  const codeOfRole = new Map(roleIds.map((role, code) => [role, code]));
  return [...neededBy.keys()].sort(compareIds).map((role) => {
    const code = codeOfRole.get(role);
    return { role, providers: code === undefined ? [] : membersOfRole[code]!, neededBy: neededBy.get(role)! };
  });
}

/**
 * Coverage gaps: for each role r and each role s that r needs, the actors of r with no actor of s
 * within `maxDistance` steps; one gap per (r, s) and, with `coverageBy`, one per (r, s, value).
 *
 * @remarks
 * d(i, s) = min over actors j of role s of the hop distance from i to j in the undirected view; actor
 * i of role r is *without* s when d(i, s) > maxDistance (or no path). without = #{i of role r : d(i, s) >
 * maxDistance}, total = #{i of role r}, share = without / total; a gap when without ≥ 1.
 * Loss = without / |needs(r)|: each actor without loses its share of the roles it needs (a developer
 * needing a funder and an upskiller loses half per role); severity = loss / (loss + 4) (see
 * `severityOfLoss`): 7 of 7 developers without a funder → loss 3.5, severity 0.47. Broken down by
 * `coverageBy`, the same counts are taken over the actors of r having each value.
 * d(·, s) comes from one multi-source breadth-first search per needed role s (sources: every actor of
 * role s, depth at most maxDistance), shared by every role that needs s.
 * A role that needs itself is not checked: every actor reaches itself at distance 0, and "members of
 * one group who rarely meet" is the within-group `role-pair` gap.
 * Ours: no reference implementation. Time complexity: O(S · (n + m)) for S distinct needed roles.
 * @internal
 */
export function coverageGaps(context: GapContext, settings: CoverageSettings): StructuralGapOf<"coverage">[] {
  const { eco, view, labelOf } = context;
  const { maxDistance, coverageBy } = settings;
  const n = view.order;
  if (n === 0) return [];
  const { codes: roleCodes, groups: roleIds } = resolveGroups(eco, view, "role", "findStructuralGaps");
  const byValue =
    coverageBy === undefined ? null : resolveGroups(eco, view, coverageBy, "findStructuralGaps");

  const membersOfRole: number[][] = roleIds.map(() => []);
  for (let i = 0; i < n; i++) membersOfRole[roleCodes[i]!]!.push(i);

  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  const gaps: StructuralGapOf<"coverage">[] = [];
  const needs = roleNeeds(eco, roleCodes, roleIds);
  const needCountOf = new Int32Array(roleIds.length);
  for (const { neededBy } of needs) for (const code of neededBy) needCountOf[code]!++;
  for (const { role: need, providers: sources, neededBy } of needs) {
    bfs(view, sources, distance, queue, maxDistance);
    for (const roleCode of neededBy) {
      const role = roleIds[roleCode]!;
      const members = membersOfRole[roleCode]!;
      const without = members.filter((i) => distance[i] === -1);
      const base = {
        role,
        needs: need,
        maxDistance,
        exists: sources.length > 0,
        needCount: needCountOf[roleCode]!,
      };
      const overall = coverageGap(base, members.length, without, null, null, view.ids, labelOf);
      if (overall !== null) gaps.push(overall);
      if (byValue === null) continue;
      const totals = new Int32Array(byValue.groups.length);
      const lacking: number[][] = byValue.groups.map(() => []);
      for (const i of members) totals[byValue.codes[i]!]!++;
      for (const i of without) lacking[byValue.codes[i]!]!.push(i);
      for (let v = 0; v < byValue.groups.length; v++) {
        const gap = coverageGap(
          base,
          totals[v]!,
          lacking[v]!,
          coverageBy!,
          byValue.groups[v]!,
          view.ids,
          labelOf,
        );
        if (gap !== null) gaps.push(gap);
      }
    }
  }
  return gaps;
}

function coverageGap(
  base: { role: string; needs: string; maxDistance: number; exists: boolean; needCount: number },
  total: number,
  withoutIndices: readonly number[],
  attribute: string | null,
  value: string | null,
  ids: readonly string[],
  labelOf: (id: string) => string,
): StructuralGapOf<"coverage"> | null {
  const without = withoutIndices.length;
  if (without === 0) return null;
  const { role, needs, maxDistance, exists, needCount } = base;
  const actors = withoutIndices.map((i) => ids[i]!).sort(compareIds);
  const share = without / total;
  const evidence: CoverageEvidence = { role, needs, maxDistance, without, total, share, attribute, value };
  const titleMessage =
    attribute === null
      ? message("gaps.coverage.title", { without, total, role, needs, maxDistance })
      : message("gaps.coverage.titleBy", { without, total, role, needs, maxDistance, attribute, value });
  const names = actors.map(labelOf);
  const counted = NO_CLAUSE;
  const detailMessage = exists
    ? message("gaps.coverage.detail", { actors: names, count: without, needs, maxDistance, role, counted })
    : message("gaps.coverage.detailAbsent", { needs, role, actors: names, counted });
  const id =
    attribute === null
      ? gapId("coverage", role, needs)
      : gapId("coverage", role, needs, attribute, String(value));
  return {
    id,
    kind: "coverage",
    severity: severityOfLoss(without / needCount),
    loss: without / needCount,
    title: titleMessage.text,
    titleMessage,
    detail: detailMessage.text,
    detailMessage,
    actors,
    evidence,
  };
}
