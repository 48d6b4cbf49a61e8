/**
 * `applyScenario`: a new ecosystem with a list of changes applied (actors join, leave or change;
 * ties are made or broken; a weaving plan is carried out). The input is never mutated, and a list
 * with any problem is refused whole, every problem named with its place in the list.
 *
 * @packageDocumentation
 */
import { toJsonPath } from "../internal/json-path.js";
import { buildEcosystem, type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import {
  countsWithOmitted,
  documentName,
  EcosystemValidationError,
  type ValidationIssue,
} from "../model/errors.js";
import { compareIssuePaths } from "../model/issue-order.js";
import { isTieDirected } from "../model/roles.js";
import type { Actor, AttributeValue, Tie } from "../model/schema.js";
import { validateEcosystem } from "../model/validate.js";
import { changeListIssues, type ScenarioChange } from "./scenario-schema.js";

/** Where the fields of a record of the working document came from, as JSON paths into `changes`. */
interface Origin {
  /** Path of the record in the change that created it (`changes[2].actor`); `null` for the base. */
  readonly base: string | null;
  /** Field paths (`.role`, `.attributes.region`) that a later change set, and where. */
  readonly fields: Map<string, string>;
}

interface WorkingActor {
  actor: Actor;
  origin: Origin;
}

interface WorkingTie {
  tie: Tie;
  origin: Origin;
}

/** `.name` or `["odd key"]`: the path of one field below a record, as `toJsonPath` writes it. */
function fieldPath(...segments: PropertyKey[]): string {
  return toJsonPath(["_", ...segments]).slice(1);
}

function changePath(index: number, ...segments: PropertyKey[]): string {
  return toJsonPath(["changes", index, ...segments]);
}

function copyValue(value: AttributeValue | readonly string[]): AttributeValue {
  return Array.isArray(value) ? [...value] : (value as AttributeValue);
}

function copyActor(actor: ScenarioChange & { op: "addActor" }): Actor {
  const { id, label, role, attributes } = actor.actor;
  const copy: Actor = { id, role };
  if (label !== undefined) copy.label = label;
  if (attributes !== undefined) {
    copy.attributes = {};
    for (const [key, value] of Object.entries(attributes)) copy.attributes[key] = copyValue(value);
  }
  return copy;
}

/** Whether a tie joins `source` and `target` with `kind` (an undirected tie in either orientation). */
function tieMatches(tie: Tie, source: string, target: string, kind: string): boolean {
  if (tie.kind !== kind) return false;
  if (tie.source === source && tie.target === target) return true;
  return !isTieDirected(tie) && tie.source === target && tie.target === source;
}

/** Maps a path of the final document (`ties[7].since`) to the change that put the value there. */
function mapPath(path: string, actors: readonly WorkingActor[], ties: readonly WorkingTie[]): string {
  const match = /^(actors|ties)\[(\d+)\](.*)$/.exec(path);
  if (match === null) return path;
  const records: readonly { origin: Origin }[] = match[1] === "actors" ? actors : ties;
  const origin = records[Number(match[2])]?.origin;
  if (origin === undefined) return path;
  const rest = match[3]!;
  for (const [field, target] of origin.fields) {
    if (rest === field || rest.startsWith(`${field}.`) || rest.startsWith(`${field}[`)) {
      return target + rest.slice(field.length);
    }
  }
  return origin.base === null ? path : origin.base + rest;
}

/**
 * Applies a list of changes to an ecosystem and returns the changed ecosystem as a new graph.
 *
 * @remarks
 * The changes apply in order, each to the result of the ones before:
 * - `{ op: "addActor", actor }` adds an actor (written as in the ecosystem document) after the others;
 * - `{ op: "removeActor", id }` removes the actor and every tie it has;
 * - `{ op: "updateActor", id, set }` changes the actor in place: `set.label` replaces the label
 *   (`null` removes it), `set.role` the role; `set.attributes` merges key by key (a key set to `null`
 *   is removed, the other keys are kept; `set.attributes: null` removes every attribute; an actor left
 *   with no attribute has no `attributes` field);
 * - `{ op: "addTie", tie }` adds a tie (written as in the ecosystem document) after the others;
 * - `{ op: "removeTie", source, target, kind }` removes every tie of that kind from `source` to
 *   `target`, and every undirected one from `target` to `source`; a removal that matches no tie is
 *   an error;
 * - `{ op: "applyPlan", plan, kind?, weight?, since? }` adds one tie per step of a weaving plan, from
 *   the step's `source` to its `target`, of kind `kind` (default `collaboration`), with `weight` and
 *   `since` when given.
 *
 * Validation is that of the input data, in two rounds. First the form of every change (the `op`,
 * required and unknown fields, the actors and ties by the document's rules); then, if the form is
 * right, whether each change fits the ecosystem as the changes before it left it: an unknown actor, an
 * actor added twice, a tie to an actor that is not there (or no longer), a role the ecosystem does
 * not declare, a self-tie, `since` after `until`. Every problem is reported at once with its path in
 * `changes` (`changes[3].tie.target: unknown actor "x9"`), and nothing is applied unless all are
 * right. A change with a problem is skipped while the rest are checked, so one mistake is reported
 * once. Actors keep their order (added ones at the end), and so do ties; the document's name,
 * description and roles are kept. The ecosystem and the changes are never mutated, and the result
 * shares no object with either.
 * Ours: no reference implementation. Time complexity: O(n + m) to copy and build, plus O(m) for each
 * `removeActor` and `removeTie` (the ties are scanned), plus the size of the changes.
 *
 * @param eco - the base ecosystem (unchanged).
 * @param changes - the changes, in order (see {@link scenarioChangeSchema}).
 * @returns a new ecosystem.
 * @throws {@link EcosystemValidationError} (code `invalid_input`) listing every problem, each with its
 * path in `changes`: `unknown_op`, schema codes, `unknown_actor`, `duplicate_id`, `no_matching_tie`,
 * `unknown_role`, `self_tie`, `date_order`, `reserved_id`.
 * @example
 * const after = applyScenario(sampleEcosystem(), [{ op: "removeActor", id: "f-esf" }]);
 * after.order; // 114 (the sample has 115 actors)
 * @see {@link compareEcosystems}
 * @category Scenarios
 */
export function applyScenario(eco: Ecosystem, changes: readonly ScenarioChange[]): Ecosystem {
  const formIssues = changeListIssues(changes);
  if (formIssues.length > 0) throw new EcosystemValidationError(formIssues, documentName("scenario"));

  const data = toEcosystemData(eco);
  let actors: WorkingActor[] = data.actors.map((actor) => ({
    actor,
    origin: { base: null, fields: new Map() },
  }));
  let ties: WorkingTie[] = data.ties.map((tie) => ({ tie, origin: { base: null, fields: new Map() } }));
  const present = new Map<string, WorkingActor>();
  for (const working of actors) present.set(working.actor.id, working);
  const issues: ValidationIssue[] = [];
  const unknownActor = (id: string, index: number, ...segments: PropertyKey[]) =>
    issues.push({
      code: "unknown_actor",
      path: toJsonPath(["changes", index, ...segments]),
      message: `unknown actor "${id}"`,
    });

  for (const [index, change] of changes.entries()) {
    switch (change.op) {
      case "addActor": {
        const id = change.actor.id;
        if (present.has(id)) {
          issues.push({
            code: "duplicate_id",
            path: changePath(index, "actor", "id"),
            message: `actor "${id}" already exists`,
          });
          continue;
        }
        const working = {
          actor: copyActor(change),
          origin: { base: changePath(index, "actor"), fields: new Map() },
        };
        actors.push(working);
        present.set(id, working);
        continue;
      }
      case "removeActor": {
        const { id } = change;
        const working = present.get(id);
        if (working === undefined) {
          unknownActor(id, index, "id");
          continue;
        }
        present.delete(id);
        actors = actors.filter((other) => other !== working);
        ties = ties.filter(({ tie }) => tie.source !== id && tie.target !== id);
        continue;
      }
      case "updateActor": {
        const working = present.get(change.id);
        if (working === undefined) {
          unknownActor(change.id, index, "id");
          continue;
        }
        const { actor, origin } = working;
        const { label, role, attributes } = change.set;
        if (label === null) delete actor.label;
        else if (label !== undefined) actor.label = label;
        if (label !== undefined) origin.fields.set(fieldPath("label"), changePath(index, "set", "label"));
        if (role !== undefined) {
          actor.role = role;
          origin.fields.set(fieldPath("role"), changePath(index, "set", "role"));
        }
        if (attributes === null) delete actor.attributes;
        else if (attributes !== undefined) {
          const merged: Record<string, AttributeValue> = { ...actor.attributes };
          for (const [key, value] of Object.entries(attributes)) {
            if (value === null) delete merged[key];
            else merged[key] = copyValue(value);
            origin.fields.set(fieldPath("attributes", key), changePath(index, "set", "attributes", key));
          }
          if (Object.keys(merged).length === 0) delete actor.attributes;
          else actor.attributes = merged;
        }
        continue;
      }
      case "addTie": {
        const { source, target } = change.tie;
        if (!present.has(source)) unknownActor(source, index, "tie", "source");
        if (!present.has(target)) unknownActor(target, index, "tie", "target");
        if (!present.has(source) || !present.has(target)) continue;
        const { attributes, ...fields } = change.tie;
        const tie: Tie = { ...fields };
        if (attributes !== undefined) {
          tie.attributes = Object.fromEntries(
            Object.entries(attributes).map(([key, value]) => [key, copyValue(value)]),
          );
        }
        ties.push({ tie, origin: { base: changePath(index, "tie"), fields: new Map() } });
        continue;
      }
      case "removeTie": {
        const { source, target, kind } = change;
        if (!present.has(source)) unknownActor(source, index, "source");
        if (!present.has(target)) unknownActor(target, index, "target");
        if (!present.has(source) || !present.has(target)) continue;
        const kept = ties.filter(({ tie }) => !tieMatches(tie, source, target, kind));
        if (kept.length === ties.length) {
          issues.push({
            code: "no_matching_tie",
            path: changePath(index),
            message: `no ${kind} tie from "${source}" to "${target}" to remove`,
          });
          continue;
        }
        ties = kept;
        continue;
      }
      case "applyPlan": {
        const kind = change.kind ?? "collaboration";
        change.plan.steps.forEach((step, stepIndex) => {
          const { source, target } = step;
          if (!present.has(source)) unknownActor(source, index, "plan", "steps", stepIndex, "source");
          if (!present.has(target)) unknownActor(target, index, "plan", "steps", stepIndex, "target");
          if (!present.has(source) || !present.has(target)) return;
          const tie: Tie = { source, target, kind };
          const fields = new Map<string, string>();
          if (change.kind !== undefined) fields.set(fieldPath("kind"), changePath(index, "kind"));
          if (change.weight !== undefined) {
            tie.weight = change.weight;
            fields.set(fieldPath("weight"), changePath(index, "weight"));
          }
          if (change.since !== undefined) {
            tie.since = change.since;
            fields.set(fieldPath("since"), changePath(index, "since"));
          }
          ties.push({ tie, origin: { base: changePath(index, "plan", "steps", stepIndex), fields } });
        });
        continue;
      }
    }
  }

  data.actors = actors.map(({ actor }) => actor);
  data.ties = ties.map(({ tie }) => tie);
  const result = validateEcosystem(data);
  if (!result.ok) {
    for (const issue of result.issues) issues.push({ ...issue, path: mapPath(issue.path, actors, ties) });
  }
  if (issues.length > 0) {
    issues.sort(compareIssuePaths);
    throw new EcosystemValidationError(
      issues,
      documentName("scenario"),
      result.ok ? undefined : countsWithOmitted(issues, result),
    );
  }
  return buildEcosystem(data);
}
