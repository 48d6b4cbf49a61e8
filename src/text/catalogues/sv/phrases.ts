/**
 * Phrases the Swedish catalogue parts share: roles and counts written inside ICU messages.
 *
 * @packageDocumentation
 */
import { roleSelect } from "../role-forms.js";

/** A role as one actor of it, with the indefinite article. */
export const INDEFINITE = (p: string) =>
  roleSelect(p, {
    developer: "en utvecklare av innovationer",
    upskiller: "en kompetenshöjare",
    funder: "en finansiär",
    other: `en aktör med rollen {${p}}`,
  });

/** A role's actors in the plural. */
export const PLURAL = (p: string) =>
  roleSelect(p, {
    developer: "utvecklare av innovationer",
    upskiller: "kompetenshöjare",
    funder: "finansiärer",
    other: `aktörer med rollen {${p}}`,
  });

/** A count of actors with its plural form. */
export const ACTORS = (c: string) => `{${c}, plural, one {# aktör} other {# aktörer}}`;
