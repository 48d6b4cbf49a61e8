/**
 * Local constraint: how much each single contact constrains an actor (the terms of Burt's constraint).
 *
 * @packageDocumentation
 */

import { createRecord, type IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { VIEW_OPTION_KEYS } from "../model/view.js";
import { recordOfSelected, selectedIndices } from "./actor-subset.js";
import { computeStructuralHoles, type StructuralHolesOptions } from "./structural-holes.js";

/** The keys of {@link LocalConstraintOptions}, checked at run time (see `checkOptionKeys`). */
const LOCAL_CONSTRAINT_OPTION_KEYS = optionKeys<LocalConstraintOptions>({
  ...VIEW_OPTION_KEYS,
  weighted: true,
  nodes: true,
});

/** Options of {@link localConstraint}: those of Burt's measures (with `nodes`). */
export interface LocalConstraintOptions extends StructuralHolesOptions {}

/** The defaults of {@link LocalConstraintOptions}. */
export const LOCAL_CONSTRAINT_DEFAULTS = Object.freeze({
  directed: false,
  weighted: true,
} satisfies LocalConstraintOptions);

/**
 * Local constraint of each actor by each of its contacts: how far the actor's ties are invested,
 * directly and through their shared contacts, in that one contact.
 *
 * @remarks
 * c_ij = (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq p_qj)², with N(i) the contacts of i (tied in either
 * direction), a_ij the strength of the arc i → j (1 per arc when `weighted` is false) and
 * p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki). The actor's constraint is Σ_j c_ij (see
 * {@link constraint}), computed in the same pass.
 * Agrees with NetworkX `local_constraint(G, u, v, weight=None | "weight")` for every contact v of u,
 * on a Graph or a DiGraph. Differs on purpose: only contacts are listed (NetworkX also answers a
 * non-contact, whose value is the squared indirect investment); the default is weighted, as for
 * {@link constraint}.
 * An actor without contacts maps to an empty record.
 * Time complexity: O(Σ_i d(i)²) for contact counts d; memory O(n + m).
 *
 * References: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition, pp. 54–55.
 * Harvard University Press.
 *
 * @param options - view options, `weighted` and `nodes`.
 * @returns actor id → (contact id → c_ij).
 * @throws {@link InvalidOptionError} when `nodes` names an unknown actor.
 * @example
 * // triangle a, b, c: each contact holds half of a's ties and a quarter through the other
 * localConstraint(createEcosystem(triangle)).a; // { b: 0.5625, c: 0.5625 }
 * @see {@link constraint}
 * @category Measures
 */
export function localConstraint(
  eco: Ecosystem,
  options: LocalConstraintOptions = {},
): IdRecord<IdRecord<number>> {
  checkArguments("localConstraint", eco, options, LOCAL_CONSTRAINT_OPTION_KEYS);
  const { view, arrays } = computeStructuralHoles(eco, options);
  const { offsets, targets } = arrays.contacts;
  const values = arrays.localConstraint;
  const selected = selectedIndices("localConstraint", view.index, view.order, options.nodes);
  return recordOfSelected(view.ids, selected, (i) => {
    const row = createRecord<number>();
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) row[view.ids[targets[k]!]!] = values[k]!;
    return row;
  });
}
