/**
 * Affiliation documents: actors and the initiatives (projects, programmes, networks) they belong
 * to, projected to collaboration ties between co-members.
 *
 * @packageDocumentation
 */
import * as z from "zod/mini";
import { toJsonPath } from "../internal/json-path.js";
import type { Ecosystem } from "../model/ecosystem.js";
import type { ValidationIssue } from "../model/errors.js";
import { type EcosystemData, parseIsoDate, type Tie } from "../model/schema.js";
import { type IssueMessageId, issueMessage } from "../text/issue-message.js";
import type { Message } from "../text/message.js";
import { buildChecked, isPlainObject } from "./issues.js";
import { issueOf, readerIssue, sourceName } from "./reader-messages.js";

const nonEmpty = z
  .string({ error: "must be a string" })
  .check(z.minLength(1, { error: "must not be empty" }));
const isoDate = z.string({ error: "must be a string" }).check(
  z.refine((value) => parseIsoDate(value) !== null, {
    error: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" },
  }),
);

/** A member of an initiative: an actor id and, optionally, its role in the initiative (`lead`, `partner`). */
export const affiliationMemberSchema = z.strictObject({
  actor: nonEmpty,
  role: z.optional(z.string()),
});

/** An initiative: a project, programme or network with its members and optional dates. */
export const initiativeSchema = z.strictObject({
  id: nonEmpty,
  label: z.optional(z.string()),
  kind: z.optional(z.string()),
  members: z.array(affiliationMemberSchema),
  since: z.optional(isoDate),
  until: z.optional(isoDate),
});

/**
 * The affiliation document. `actors` and `roles` are those of the ecosystem document (checked by
 * `validateEcosystem`); `initiatives` replaces `ties`.
 */
export const affiliationDocumentSchema = z.strictObject({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  roles: z.optional(z.array(z.unknown())),
  actors: z.array(z.unknown()),
  initiatives: z.array(initiativeSchema),
});

/** A member of an initiative. */
export type AffiliationMember = z.infer<typeof affiliationMemberSchema>;
/** An initiative. */
export type Initiative = z.infer<typeof initiativeSchema>;
/** The affiliation document (actors and roles typed as in `EcosystemData`). */
export interface AffiliationDocument {
  name?: string;
  description?: string;
  roles?: EcosystemData["roles"];
  actors: EcosystemData["actors"];
  initiatives: Initiative[];
}

/** The schema's own texts, by the `issues` message that writes each. */
const SCHEMA_MESSAGES: readonly IssueMessageId[] = ["issues.string", "issues.empty", "issues.invalidDate"];

/** A text of the schema as its message; zod's own words, where the schema sets none, stay English. */
function schemaMessage(text: string): Message {
  for (const id of SCHEMA_MESSAGES) {
    const made = issueMessage(id);
    if (made.text === text) return made;
  }
  return issueMessage("issues.zod", { text });
}

function schemaIssues(input: unknown): ValidationIssue[] {
  const parsed = affiliationDocumentSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues
    .filter((issue) => !(issue.path[0] === "actors" || issue.path[0] === "roles") || issue.path.length <= 1)
    .map((issue) => {
      const params = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined) : undefined;
      const code = typeof params?.code === "string" ? params.code : issue.code;
      const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => JSON.stringify(key)) : [];
      const message =
        issue.code === "unrecognized_keys"
          ? keys.length === 1
            ? issueMessage("issues.unknownField", { key: keys[0]! })
            : issueMessage("issues.unknownFields", { keys: keys.join(", ") })
          : issue.code === "invalid_type" && issue.input === undefined
            ? issueMessage("issues.required")
            : schemaMessage(issue.message.charAt(0).toLowerCase() + issue.message.slice(1));
      return issueOf(code, toJsonPath(issue.path), message);
    });
}

/**
 * Projects co-membership to ties; the caller has checked the initiatives. Pairs come in the order
 * first met (initiatives in order, members in order), each tie from the member listed first.
 */
function project(initiatives: readonly Initiative[]): Tie[] {
  const pairs = new Map<string, { source: string; target: string; shared: Initiative[] }>();
  for (const initiative of initiatives) {
    const members = [...new Set(initiative.members.map((member) => member.actor))];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const key = a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
        const pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, { source: a, target: b, shared: [initiative] });
        else pair.shared.push(initiative);
      }
    }
  }
  return [...pairs.values()].map(({ source, target, shared }) => {
    const tie: Tie = { source, target, kind: "collaboration", weight: shared.length };
    // YYYY-MM-DD dates sort as text in calendar order.
    if (shared.every((initiative) => initiative.since !== undefined)) {
      tie.since = shared.map((initiative) => initiative.since!).sort()[0];
    }
    if (shared.every((initiative) => initiative.until !== undefined)) {
      tie.until = shared
        .map((initiative) => initiative.until!)
        .sort()
        .at(-1);
    }
    return tie;
  });
}

/**
 * Builds an ecosystem from affiliations: actors, and the initiatives they are members of, projected
 * to one undirected `collaboration` tie per pair of co-members, weighted by the number of initiatives
 * they share.
 *
 * @remarks
 * w(a, b) = |{ I : a ∈ M(I) and b ∈ M(I) }|, where M(I) is the set of members of initiative I
 * (an actor listed twice in one initiative is an error, not a double count).
 * since(a, b) = the earliest `since` of the shared initiatives, and until(a, b) the latest `until`,
 * each only when every shared initiative has one (otherwise the tie is open on that side, as some
 * shared initiative is). The ties are the one-mode projection of the actor–initiative bipartite graph
 * with weights counting shared events, as NetworkX `bipartite.weighted_projected_graph(B, actors)`
 * (ratio=False); differs on purpose: ecoweave keeps each pair's dates. The initiatives' labels and
 * kinds and the members' roles in them describe the source and are not carried into the ecosystem.
 * Checked: the schema ({@link affiliationDocumentSchema}), duplicate initiative ids, members naming
 * unknown actors, members listed twice, `since` after `until`, and the actors and roles as in
 * `validateEcosystem`; every problem at once, at its JSON path (`initiatives[3].members[2].actor`).
 * Time complexity: O(n + Σ_I |M(I)|²).
 *
 * References: Breiger, R. L. (1974). The duality of persons and groups. Social Forces 53(2), 181–190.
 * doi:10.2307/2576011
 *
 * @param document - the affiliation document.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem with its JSON path.
 * @example
 * const eco = fromAffiliations({
 *   actors: [{ id: "a", role: "developer" }, { id: "b", role: "upskiller" }],
 *   initiatives: [{ id: "p1", members: [{ actor: "a" }, { actor: "b" }] }, { id: "p2", members: [{ actor: "b" }, { actor: "a" }] }],
 * });
 * eco.getEdgeAttribute(eco.edges()[0]!, "weight"); // 2
 * @category Import and export
 */
export function fromAffiliations(document: unknown): Ecosystem {
  const issues = schemaIssues(document);
  const record = isPlainObject(document) ? document : {};
  const actors = Array.isArray(record.actors) ? record.actors : [];
  const actorIds = new Set<string>();
  for (const actor of actors) {
    if (isPlainObject(actor) && typeof actor.id === "string") actorIds.add(actor.id);
  }
  const initiatives = Array.isArray(record.initiatives) ? record.initiatives : [];
  const initiativeIds = new Set<string>();
  initiatives.forEach((initiative, index) => {
    if (!isPlainObject(initiative)) return;
    const id = initiative.id;
    if (typeof id === "string" && id !== "") {
      if (initiativeIds.has(id)) {
        issues.push(
          readerIssue("duplicate_id", `initiatives[${index}].id`, "io.affiliations.duplicateInitiative", {
            id,
          }),
        );
      }
      initiativeIds.add(id);
    }
    const members = Array.isArray(initiative.members) ? initiative.members : [];
    const seen = new Set<string>();
    members.forEach((member, memberIndex) => {
      const actor = isPlainObject(member) ? member.actor : undefined;
      if (typeof actor !== "string" || actor === "") return;
      const path = `initiatives[${index}].members[${memberIndex}].actor`;
      if (!actorIds.has(actor))
        issues.push(issueOf("unknown_actor", path, issueMessage("issues.unknownActor", { id: actor })));
      if (seen.has(actor)) {
        issues.push(readerIssue("duplicate_member", path, "io.affiliations.duplicateMember", { actor }));
      }
      seen.add(actor);
    });
    const since = typeof initiative.since === "string" ? parseIsoDate(initiative.since) : null;
    const until = typeof initiative.until === "string" ? parseIsoDate(initiative.until) : null;
    if (since !== null && until !== null && since > until) {
      issues.push(
        issueOf(
          "date_order",
          `initiatives[${index}].until`,
          issueMessage("issues.dateOrder", {
            until: String(initiative.until),
            since: String(initiative.since),
          }),
        ),
      );
    }
  });
  const data: EcosystemData = {
    actors: actors as EcosystemData["actors"],
    ties: issues.length === 0 ? project(initiatives as Initiative[]) : [],
  };
  if (record.name !== undefined) data.name = record.name as string;
  if (record.description !== undefined) data.description = record.description as string;
  if (record.roles !== undefined) data.roles = record.roles as EcosystemData["roles"];
  return buildChecked(
    data,
    issues,
    (path) => (path.startsWith("ties") ? "initiatives" : path),
    sourceName("affiliations"),
  );
}
