/**
 * Phrases the English catalogue parts share: roles and counts written inside ICU messages.
 *
 * @packageDocumentation
 */
import { roleSelect } from "../role-forms.js";

/** `a funder`, `an upskiller`: a role as one actor of it. */
export const A = (p: string) =>
  roleSelect(p, {
    developer: "a developer",
    upskiller: "an upskiller",
    funder: "a funder",
    other: `a {${p}}`,
  });

/** A role's actors in the plural. */
export const PLURAL = (p: string) =>
  roleSelect(p, { developer: "developers", upskiller: "upskillers", funder: "funders", other: `{${p}}s` });

/** A count of actors with its plural form. */
export const ACTORS = (c: string) => `{${c}, plural, one {# actor} other {# actors}}`;

/** A count of steps with its plural form. */
export const STEPS = (c: string) => `{${c}, plural, one {# step} other {# steps}}`;
