/**
 * Built-in roles and tie kinds, and the rules that resolve a tie's direction and a role's needs.
 *
 * @packageDocumentation
 */
import type { Role } from "./schema.js";

/** The three built-in roles of an innovation ecosystem. */
export const BUILT_IN_ROLES: readonly Readonly<Role>[] = Object.freeze([
  Object.freeze({
    id: "developer",
    label: "Developer",
    needs: Object.freeze(["funder", "upskiller"]) as string[],
  }),
  Object.freeze({
    id: "upskiller",
    label: "Upskiller",
    needs: Object.freeze(["developer", "funder"]) as string[],
  }),
  Object.freeze({ id: "funder", label: "Funder", needs: Object.freeze(["developer"]) as string[] }),
]);

/** Built-in tie kinds. Any other non-empty kind is accepted too. */
export const BUILT_IN_TIE_KINDS = Object.freeze([
  "funding",
  "training",
  "collaboration",
  "peer-learning",
  "information",
] as const);

/** Tie kinds that are directed unless a tie says otherwise (`directed: false`). */
export const DIRECTED_TIE_KINDS: ReadonlySet<string> = new Set(["funding", "training"]);

/** Whether a tie is directed: its own `directed` flag, else its kind's default. */
export function isTieDirected(tie: {
  readonly kind: string;
  readonly directed?: boolean | undefined;
}): boolean {
  return tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind);
}

/**
 * The roles in force for a document: the built-ins, overridden or extended by declared roles.
 * A declared role with a built-in id replaces the built-in (its `needs` included).
 */
export function resolveRoles(declared: readonly Role[] | undefined): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const role of BUILT_IN_ROLES)
    roles.set(role.id, { id: role.id, label: role.label, needs: [...(role.needs ?? [])] });
  for (const role of declared ?? []) roles.set(role.id, { ...role, needs: [...(role.needs ?? [])] });
  return roles;
}

/** The ids of the roles in force: the built-ins and the declared ids. */
export function roleIdsInForce(declaredIds: Iterable<string>): Set<string> {
  const ids = new Set<string>(BUILT_IN_ROLES.map((role) => role.id));
  for (const id of declaredIds) ids.add(id);
  return ids;
}
