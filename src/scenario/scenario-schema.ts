/**
 * The zod schemas of scenario changes and of the scenario document, their JSON Schema, and
 * `parseScenario`, which validates a scenario document and lists every problem with its path.
 *
 * @packageDocumentation
 */
import * as z from "zod/mini";
import { toJsonPath, valueAtPath } from "../internal/json-path.js";
import { documentName, EcosystemValidationError, type ValidationIssue } from "../model/errors.js";
import { compareIssuePaths } from "../model/issue-order.js";
import {
  type Actor,
  type AttributeValue,
  actorSchema,
  attributeValueSchema,
  type Tie,
  tieSchema,
} from "../model/schema.js";
import { toValidationIssue } from "../model/validate.js";

/** An actor id: the same rule as in the ecosystem document (non-empty, not blank, not reserved). */
const identifier = actorSchema.shape.id;

/** `{ op: "addActor", actor }`: a new actor, written as in the ecosystem document. */
export const addActorChangeSchema = z.strictObject({
  op: z.literal("addActor"),
  actor: actorSchema,
});

/** `{ op: "removeActor", id }`: the actor leaves, and every tie it has goes with it. */
export const removeActorChangeSchema = z.strictObject({
  op: z.literal("removeActor"),
  id: identifier,
});

/**
 * `{ op: "updateActor", id, set }`: changes an actor's label, role or attributes. `set.label: null`
 * removes the label; `set.attributes` merges key by key, a key set to `null` removes that attribute,
 * and `set.attributes: null` removes them all.
 */
export const updateActorChangeSchema = z.strictObject({
  op: z.literal("updateActor"),
  id: identifier,
  set: z.strictObject({
    label: z.optional(z.nullable(z.string())),
    role: z.optional(identifier),
    // Checked on the raw record: zod's copy would silently lose a `__proto__` key.
    attributes: z.optional(
      z.pipe(
        z.unknown().check(
          z.superRefine((record, context) => {
            if (record === null || typeof record !== "object") return;
            for (const key of Object.keys(record)) {
              // Other member names survive the copy and are refused with the document's own rules.
              if (key !== "__proto__") continue;
              context.addIssue({
                code: "custom",
                path: [key],
                message: `"${key}" is not a usable attribute name (empty, or the name of a JavaScript object member); choose another name`,
                params: { code: "reserved_id" },
              });
            }
          }),
        ),
        z.nullable(z.record(z.string(), z.nullable(attributeValueSchema))),
      ),
    ),
  }),
});

/** `{ op: "addTie", tie }`: a new tie, written as in the ecosystem document. */
export const addTieChangeSchema = z.strictObject({
  op: z.literal("addTie"),
  tie: tieSchema,
});

/**
 * `{ op: "removeTie", source, target, kind }`: removes every tie of that kind from `source` to
 * `target`; an undirected tie matches in either orientation.
 */
export const removeTieChangeSchema = z.strictObject({
  op: z.literal("removeTie"),
  source: identifier,
  target: identifier,
  kind: tieSchema.shape.kind,
});

/**
 * The part of a weaving plan that `applyPlan` reads: its steps, each naming the two actors to
 * introduce. Any other field of a plan (scores, reasons, the before/after figures) is accepted and
 * ignored, so a plan returned by `planWeaving` can be pasted in as it is.
 */
export const planStepsSchema = z.looseObject({
  steps: z.array(
    z.looseObject({
      source: identifier,
      target: identifier,
    }),
  ),
});

/**
 * `{ op: "applyPlan", plan, kind?, weight?, since? }`: one new tie per step of a weaving plan, of kind
 * `kind` (default `collaboration`), with `weight` and `since` when given.
 */
export const applyPlanChangeSchema = z.strictObject({
  op: z.literal("applyPlan"),
  plan: planStepsSchema,
  kind: z.optional(tieSchema.shape.kind),
  weight: tieSchema.shape.weight,
  since: tieSchema.shape.since,
});

/** The operations a scenario can apply, in the order they are documented. */
export const SCENARIO_OPS = Object.freeze([
  "addActor",
  "removeActor",
  "updateActor",
  "addTie",
  "removeTie",
  "applyPlan",
] as const);

/** One change of a scenario: a discriminated union on `op`. */
export const scenarioChangeSchema = z.discriminatedUnion("op", [
  addActorChangeSchema,
  removeActorChangeSchema,
  updateActorChangeSchema,
  addTieChangeSchema,
  removeTieChangeSchema,
  applyPlanChangeSchema,
]);

/** The scenario document: a named list of changes to a base ecosystem. */
export const scenarioSchema = z.strictObject({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  /** Path of the base ecosystem file, read by the CLI; the library itself never reads files. */
  base: z.optional(z.string().check(z.minLength(1, { error: "must not be empty" }))),
  changes: z.array(scenarioChangeSchema),
});

/** A type with every property and array read-only, all the way down (a frozen change still fits). */
export type ReadonlyDeep<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

/** What `updateActor` sets (see {@link updateActorChangeSchema}). */
export interface ActorUpdate {
  /** The new label; `null` removes it. */
  label?: string | null;
  /** The new role (a built-in role or one the ecosystem declares). */
  role?: string;
  /** Attributes to merge: a key set to `null` is removed; `null` removes every attribute. */
  attributes?: Record<string, AttributeValue | null> | null;
}

/** The steps of a weaving plan, as `applyPlan` reads them (a `WeavingPlan` fits). */
export interface PlanSteps {
  steps: { source: string; target: string }[];
}

/** One change of a scenario (see {@link scenarioChangeSchema}); frozen or read-only values fit. */
export type ScenarioChange = ReadonlyDeep<
  | { op: "addActor"; actor: Actor }
  | { op: "removeActor"; id: string }
  | { op: "updateActor"; id: string; set: ActorUpdate }
  | { op: "addTie"; tie: Tie }
  | { op: "removeTie"; source: string; target: string; kind: string }
  | { op: "applyPlan"; plan: PlanSteps; kind?: string; weight?: number; since?: string }
>;
/** A scenario document (see {@link scenarioSchema}). */
export type Scenario = z.infer<typeof scenarioSchema>;
/** The name of a scenario operation. */
export type ScenarioOp = (typeof SCENARIO_OPS)[number];

/**
 * A zod issue as an ecoweave issue: custom refinements carry their code in `params.code`; the
 * messages follow the ecosystem document's (lower case, no period, the unknown `op` named).
 */
function toIssue(issue: z.core.$ZodIssue, input: unknown, prefix: readonly PropertyKey[]): ValidationIssue {
  const path = toJsonPath([...prefix, ...issue.path]);
  if (issue.code === "invalid_union" && issue.path[issue.path.length - 1] === "op") {
    const value = valueAtPath(input, issue.path);
    const named = typeof value === "string" ? `unknown op "${value}"` : "op is required";
    return { code: "unknown_op", path, message: `${named}; use one of ${SCENARIO_OPS.join(", ")}` };
  }
  return toValidationIssue(issue, input, path);
}

/**
 * Schema issues of a list of changes, each with its path under `changes` (`changes[3].tie.weight`).
 * Empty when the list is well formed. @internal
 */
export function changeListIssues(changes: unknown): ValidationIssue[] {
  const parsed = z.array(scenarioChangeSchema).safeParse(changes);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => toIssue(issue, changes, ["changes"])).sort(compareIssuePaths);
}

/** The result of {@link validateScenario}: the checked scenario, or every problem found. */
export type ScenarioValidationResult =
  | { readonly ok: true; readonly data: Scenario }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Checks a scenario document without throwing: every problem is listed with its JSON path.
 *
 * @remarks
 * Checks the form of the document and of each change (the `op`, required and unknown fields, and the
 * actors and ties they carry, by the rules of the ecosystem document). Whether the changes fit a
 * given ecosystem (known actors, no duplicates, no dangling tie) is checked by {@link applyScenario}.
 * Time complexity: O(size of the document).
 *
 * @example
 * validateScenario({ changes: [{ op: "removeActor" }] }).ok; // false: changes[0].id is required
 * @see {@link parseScenario}
 * @category Scenarios
 */
export function validateScenario(input: unknown): ScenarioValidationResult {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => toIssue(issue, input, [])).sort(compareIssuePaths),
  };
}

/**
 * Validates a scenario document (typically parsed JSON) and returns it.
 *
 * @remarks
 * A scenario is `{ name?, description?, base?, changes }`: `base` is the path of the base ecosystem
 * file (read by the CLI, never by the library), `changes` the operations {@link applyScenario}
 * applies in order. The returned document is a copy: `JSON.stringify` of it parses back to an equal
 * scenario. Nothing is coerced or dropped.
 * Time complexity: O(size of the document).
 *
 * @param input - the scenario document.
 * @returns the validated scenario.
 * @throws {@link EcosystemValidationError} (code `invalid_input`) listing every problem with its path.
 * @example
 * parseScenario({ name: "ESF+ ends", changes: [{ op: "removeActor", id: "f-esf" }] }).changes.length; // 1
 * @see {@link scenarioJsonSchema}
 * @category Scenarios
 */
export function parseScenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new EcosystemValidationError(result.issues, documentName("scenario"));
  return result.data;
}

/**
 * The JSON Schema (draft 2020-12) of the scenario document, for editors and other tools.
 *
 * @remarks
 * Generated from the zod schema. Whether the changes fit an ecosystem (known actors, no duplicate,
 * no dangling tie) cannot be expressed in JSON Schema; {@link applyScenario} checks it.
 * @example
 * scenarioJsonSchema().required; // ["changes"]
 * @category Scenarios
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
}
