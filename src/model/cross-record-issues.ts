/**
 * The cross-record rules of the ecosystem document, the ones a schema of single records cannot
 * express: duplicate ids, ids, roles and kinds spelt two Unicode ways, unknown roles, needs and tie
 * ends, self-ties, date order and sums that overflow.
 *
 * @packageDocumentation
 */

import { nearName } from "../internal/closest.js";
import { toJsonPath } from "../internal/json-path.js";
import type { ValidationIssue } from "./errors.js";
import { isInvisible } from "./id-spelling.js";
import { issueWithMessage } from "./issue-messages.js";
import { BUILT_IN_ROLES, roleIdsInForce } from "./roles.js";
import { isUsableAttributeName, isUsableId, parseIsoDate } from "./schema.js";
import {
  equivalentActorIssue,
  equivalentEndIssue,
  equivalentKindIssue,
  equivalentRoleIssue,
  equivalentRoleReferenceIssue,
  SpellingRegister,
} from "./spelling-issues.js";

/** How many distinct unknown actor ids get a "did you mean" (each costs a scan of the ids). */
const UNKNOWN_ACTOR_SUGGESTIONS = 20;

function* attributeNameIssues(
  attributes: unknown,
  list: "actors" | "ties",
  index: number,
): Generator<ValidationIssue> {
  if (attributes === null || typeof attributes !== "object" || Array.isArray(attributes)) return;
  for (const key of Object.keys(attributes)) {
    if (!isUsableAttributeName(key)) {
      yield issueWithMessage(
        "reserved_id",
        toJsonPath([list, index, "attributes", key]),
        "issues.reservedAttribute",
        { key },
      );
    }
  }
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(record: unknown, key: string): unknown {
  return record !== null && typeof record === "object" && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

function unknownRoleIssue(path: string, role: string, knownRoles: Iterable<string>): ValidationIssue {
  const known = [...knownRoles].map((r) => `"${r}"`).join(", ");
  return issueWithMessage("unknown_role", path, "issues.unknownRole", { role, known });
}

function unknownActorIssue(path: string, id: string, near: string | null): ValidationIssue {
  return near === null
    ? issueWithMessage("unknown_actor", path, "issues.unknownActor", { id })
    : issueWithMessage("unknown_actor", path, "issues.unknownActorNear", {
        id,
        suggestion: JSON.stringify(near),
      });
}

/** A role name that is no role in force: another role's id in a second spelling, or unknown. */
function roleReferenceIssue(
  path: string,
  role: string,
  listedRoles: readonly string[],
  roleSpellings: SpellingRegister,
): ValidationIssue {
  const variant = roleSpellings.otherSpelling(role);
  return variant === undefined
    ? unknownRoleIssue(path, role, listedRoles)
    : equivalentRoleReferenceIssue(path, role, variant);
}

/**
 * The cross-record rules, run on the raw input so that they report even where the schema failed
 * elsewhere: duplicate ids, ids and kinds spelt two Unicode ways, unknown roles and needs, ties to
 * unknown actors, self-ties, date order, overflowing sums. Issues come one at a time, so that a
 * million of them are counted without being held.
 * @internal
 */
export function* crossRecordIssues(input: unknown): Generator<ValidationIssue> {
  const declaredRoles = asArray(field(input, "roles"));
  const roleIds = new Set<string>();
  // Built-in ids first: a declared role may replace a built-in, but not in another spelling.
  const roleSpellings = new SpellingRegister();
  for (const role of BUILT_IN_ROLES) roleSpellings.register(role.id);
  // Refused second spellings stay out of the roles an "unknown role" lists, which would look doubled.
  const secondSpellings = new Set<string>();
  for (let index = 0; index < declaredRoles.length; index++) {
    const id = field(declaredRoles[index], "id");
    if (!isUsableId(id)) continue;
    const first = roleSpellings.register(id);
    if (roleIds.has(id)) {
      yield issueWithMessage("duplicate_id", `roles[${index}].id`, "issues.duplicateRole", { id });
    } else if (first !== undefined) {
      secondSpellings.add(id);
      yield equivalentRoleIssue(`roles[${index}].id`, id, first);
    }
    roleIds.add(id);
  }
  const knownRoles = roleIdsInForce(roleIds);
  const listedRoles = [...knownRoles].filter((role) => !secondSpellings.has(role));
  for (let index = 0; index < declaredRoles.length; index++) {
    const needs = asArray(field(declaredRoles[index], "needs"));
    for (let needIndex = 0; needIndex < needs.length; needIndex++) {
      const need = needs[needIndex];
      if (isUsableId(need) && !knownRoles.has(need)) {
        yield roleReferenceIssue(`roles[${index}].needs[${needIndex}]`, need, listedRoles, roleSpellings);
      }
    }
  }

  const actorIds = new Set<string>();
  const idSpellings = new SpellingRegister();
  const actors = asArray(field(input, "actors"));
  for (let index = 0; index < actors.length; index++) {
    const actor = actors[index];
    const id = field(actor, "id");
    if (isUsableId(id)) {
      const first = idSpellings.register(id);
      if (actorIds.has(id)) {
        yield issueWithMessage("duplicate_id", `actors[${index}].id`, "issues.duplicateActor", { id });
      } else if (first !== undefined) yield equivalentActorIssue(`actors[${index}].id`, id, first);
      actorIds.add(id);
    }
    yield* attributeNameIssues(field(actor, "attributes"), "actors", index);
    const role = field(actor, "role");
    if (isUsableId(role) && !knownRoles.has(role)) {
      yield roleReferenceIssue(`actors[${index}].role`, role, listedRoles, roleSpellings);
    }
  }

  // Suggestions scan every id, so only the first few unknown ids get one (a file of a million ties
  // to unknown actors must still validate in seconds).
  let suggestionsLeft = UNKNOWN_ACTOR_SUGGESTIONS;
  const suggestionFor = new Map<string, string | null>();
  const nearActor = (id: string): string | null => {
    const known = suggestionFor.get(id);
    if (known !== undefined) return known;
    if (suggestionsLeft === 0) return null;
    suggestionsLeft--;
    const near = nearName(id, actorIds);
    const suggestion = near === id ? null : near;
    suggestionFor.set(id, suggestion);
    return suggestion;
  };
  const kindSpellings = new SpellingRegister();
  const ties = asArray(field(input, "ties"));
  for (let index = 0; index < ties.length; index++) {
    const tie = ties[index];
    yield* attributeNameIssues(field(tie, "attributes"), "ties", index);
    const kind = field(tie, "kind");
    if (typeof kind === "string" && !isInvisible(kind)) {
      const first = kindSpellings.register(kind);
      if (first !== undefined) yield equivalentKindIssue(`ties[${index}].kind`, kind, first);
    }
    const source = field(tie, "source");
    const target = field(tie, "target");
    for (const [end, id] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (isUsableId(id) && !actorIds.has(id)) {
        const variant = idSpellings.otherSpelling(id);
        yield variant === undefined
          ? unknownActorIssue(`ties[${index}].${end}`, id, nearActor(id))
          : equivalentEndIssue(`ties[${index}].${end}`, id, variant);
      }
    }
    if (isUsableId(source) && source === target) {
      yield issueWithMessage("self_tie", `ties[${index}]`, "issues.selfTie", { id: source });
    }
    const since = field(tie, "since");
    const until = field(tie, "until");
    if (typeof since === "string" && typeof until === "string") {
      const sinceDay = parseIsoDate(since);
      const untilDay = parseIsoDate(until);
      if (sinceDay !== null && untilDay !== null && sinceDay > untilDay) {
        yield issueWithMessage("date_order", `ties[${index}].until`, "issues.dateOrder", { until, since });
      }
    }
  }
  yield* sumOverflowIssues(ties);
}

/** The fields summed over ties, with the code of the issue their overflowing sum raises. */
const SUMMED_FIELDS = [
  { key: "weight", code: "weight_overflow", what: "weights" },
  { key: "amount", code: "amount_overflow", what: "amounts" },
] as const;

/**
 * One issue per summed field whose sum over the document's ties leaves the finite numbers, at the tie
 * where it does. Analyses add weights per pair and per actor, and reports add amounts per actor and
 * per role; every such sum is part of the document's sum, so a finite document sum keeps them finite
 * and no NaN or Infinity reaches an answer. Only valid values count (invalid ones have their own issue).
 */
function sumOverflowIssues(ties: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { key, code, what } of SUMMED_FIELDS) {
    let sum = 0;
    for (let index = 0; index < ties.length; index++) {
      const value = field(ties[index], key);
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) continue;
      sum += value;
      if (Number.isFinite(sum)) continue;
      issues.push(
        issueWithMessage(code, `ties[${index}].${key}`, "issues.overflow", {
          what,
          max: String(Number.MAX_VALUE),
        }),
      );
      break;
    }
  }
  return issues;
}
