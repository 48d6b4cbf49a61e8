/**
 * The zod schemas (`zod/mini`, whose functional form lets a bundler keep only what is used) of the ecosystem document (`EcosystemData`) and the types inferred from them.
 * Cross-record rules (unique ids, known actors, date order) live in `validate.ts`.
 *
 * @packageDocumentation
 */
import * as z from "zod/mini";
import { isInvisible, quoteEscaped } from "./id-spelling.js";

/**
 * Names of `Object.prototype` members. graphology 0.26 stores nodes in plain objects, so an actor
 * with one of these ids is added but never found as a neighbour; ecoweave refuses them.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether a value is a usable id: a string that is neither blank, nor invisible (see
 * {@link isInvisible}), nor reserved. The rules of the `identifier` schema below, as a predicate for
 * the checks that read raw input.
 */
export function isUsableId(value: unknown): value is string {
  return typeof value === "string" && !isInvisible(value) && !RESERVED_IDS.has(value);
}

/** Whether a key can name an actor attribute: not empty and not reserved (see {@link RESERVED_IDS}). */
export function isUsableAttributeName(key: string): boolean {
  return key.length > 0 && !RESERVED_IDS.has(key);
}

function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Parses a `YYYY-MM-DD` calendar date to days since 1970-01-01, or `null` if it is not a real date.
 * Hand-parsed (no RegExp, no Date) because validation calls it twice per dated tie.
 */
export function parseIsoDate(value: string): number | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLength =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthLength) return null;
  // Days from the civil date (Howard Hinnant's algorithm), exact for every proleptic Gregorian date.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const identifier = z.string().check(
  z.minLength(1, { error: "must not be empty", abort: true }),
  z.refine((value) => value.trim().length > 0, { error: "must not be blank", params: { code: "blank_id" } }),
  z.refine((value) => value.trim().length === 0 || !isInvisible(value), {
    error: (issue) =>
      `${quoteEscaped(String(issue.input))} shows no visible character (only white space and format characters such as U+200B, U+FEFF, U+2060 or bidi controls); choose a visible id`,
    params: { code: "invisible_id" },
  }),
  z.refine((value) => !RESERVED_IDS.has(value), {
    error:
      "is the name of a JavaScript object member, which graphology cannot store as a key; choose another id",
    params: { code: "reserved_id" },
  }),
);

const finiteNumber = z.number({ error: "must be a number" }).check(
  z.refine(Number.isFinite, {
    error: "must be a finite number",
    params: { code: "not_finite" },
    abort: true,
  }),
);

const isoDate = z.string().check(
  z.refine((value) => parseIsoDate(value) !== null, {
    error: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" },
  }),
);

/** An attribute value: a string, a finite number, a boolean, or a list of strings. */
export const attributeValueSchema = z.union([z.string(), finiteNumber, z.boolean(), z.array(z.string())], {
  error: "must be a string, a finite number, a boolean or a list of strings",
});

const roleName = z.string().check(
  z.refine((value) => value.trim().length > 0, {
    error: "must not be blank",
    params: { code: "blank_role_label" },
  }),
);

/**
 * A role's display names per language (`fi`, `sv`, `en`), for reports and the command line in that
 * language; where one is missing, the role is shown by its id (a built-in role by its catalogue name).
 */
export const roleLabelsSchema = z.strictObject({
  en: z.optional(roleName),
  fi: z.optional(roleName),
  sv: z.optional(roleName),
});

/** A role: its id, label, display names per language, and the roles its actors need access to. */
export const roleSchema = z.strictObject({
  id: identifier,
  label: z.optional(z.string()),
  labels: z.optional(roleLabelsSchema),
  needs: z.optional(z.array(identifier)),
});

const attributes = z.optional(z.record(z.string(), attributeValueSchema));

/** An actor of the ecosystem. */
export const actorSchema = z.strictObject({
  id: identifier,
  label: z.optional(z.string()),
  role: identifier,
  attributes,
});

/** A tie between two actors. Several ties may join the same pair. */
export const tieSchema = z.strictObject({
  source: identifier,
  target: identifier,
  kind: z.string().check(
    z.minLength(1, { error: "must not be empty", abort: true }),
    z.refine((value) => value.trim().length > 0, {
      error: "must not be blank",
      params: { code: "blank_kind" },
    }),
    z.refine((value) => value.trim().length === 0 || !isInvisible(value), {
      error: (issue) =>
        `tie kind ${quoteEscaped(String(issue.input))} shows no visible character (only white space and format characters such as U+200B, U+FEFF, U+2060 or bidi controls); choose a visible kind`,
      params: { code: "invisible_kind" },
    }),
  ),
  directed: z.optional(z.boolean()),
  weight: z.optional(
    finiteNumber.check(
      z.refine((value) => value > 0, {
        error: "must be greater than 0",
        params: { code: "non_positive_weight" },
      }),
    ),
  ),
  amount: z.optional(
    finiteNumber.check(
      z.refine((value) => value >= 0, { error: "must not be negative", params: { code: "negative_amount" } }),
    ),
  ),
  since: z.optional(isoDate),
  until: z.optional(isoDate),
  attributes,
});

/** The ecosystem document: the input format of ecoweave. */
export const ecosystemSchema = z.strictObject({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  roles: z.optional(z.array(roleSchema)),
  actors: z.array(actorSchema),
  ties: z.array(tieSchema),
});

/** An attribute value of an actor. */
export type AttributeValue = z.infer<typeof attributeValueSchema>;
/** A role declaration. */
export type Role = z.infer<typeof roleSchema>;
/** A role's display names per language (see {@link roleLabelsSchema}). */
export type RoleLabels = z.infer<typeof roleLabelsSchema>;
/** An actor record. */
export type Actor = z.infer<typeof actorSchema>;
/** A tie record. */
export type Tie = z.infer<typeof tieSchema>;
/** The ecosystem document. */
export type EcosystemData = z.infer<typeof ecosystemSchema>;
