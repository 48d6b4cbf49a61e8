/**
 * How the catalogues write a role inside a sentence: an ICU `select` on the role id, with a form for
 * each built-in role (so Finnish and Swedish can inflect the ministry's terms) and `other` for a custom
 * role, which is written by its id.
 *
 * @packageDocumentation
 */

/** The words for each built-in role and for a custom one (`other`, which may use `{param}`). */
export interface RoleForms {
  readonly developer: string;
  readonly upskiller: string;
  readonly funder: string;
  readonly other: string;
}

/** `{param, select, developer {…} upskiller {…} funder {…} other {…}}`. */
export function roleSelect(param: string, forms: RoleForms): string {
  return `{${param}, select, developer {${forms.developer}} upskiller {${forms.upskiller}} funder {${forms.funder}} other {${forms.other}}}`;
}

/** A role counted by `countParam`: `one` and `other` give each role's word after the number (`#`). */
export function roleCount(countParam: string, param: string, one: RoleForms, other: RoleForms): string {
  const plural = (key: keyof RoleForms) =>
    `{${countParam}, plural, one {# ${one[key]}} other {# ${other[key]}}}`;
  return roleSelect(param, {
    developer: plural("developer"),
    upskiller: plural("upskiller"),
    funder: plural("funder"),
    other: plural("other"),
  });
}
