/**
 * Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy, computed in one
 * pass over the analysis view.
 *
 * Tie strengths enter through mutual weights: a_ij is the summed strength of the arc i → j in the view
 * (0 if there is none), and the mutual weight of i and j is a_ij + a_ji. An actor's contacts are the
 * actors joined to it by a tie in either direction.
 *
 * @packageDocumentation
 */

import { finiteOrNull, type IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type ActorSubsetOptions, recordOfSelected, selectedIndices } from "./actor-subset.js";

/** The keys of {@link StructuralHolesOptions}, checked at run time (see `checkOptionKeys`). */
const STRUCTURAL_HOLES_OPTION_KEYS = optionKeys<StructuralHolesOptions>({
  ...VIEW_OPTION_KEYS,
  weighted: true,
  nodes: true,
});

/** Options of {@link structuralHoles}, {@link constraint}, {@link effectiveSize} and {@link hierarchy}. */
export interface StructuralHolesOptions extends ViewOptions, ActorSubsetOptions {
  /**
   * `true`: tie strengths are the view's summed weights (NetworkX `weight="weight"`); `false`: every
   * arc counts 1, so parallel ties count once (NetworkX `weight=None`).
   * @defaultValue true
   */
  weighted?: boolean;
}

/**
 * The defaults of {@link StructuralHolesOptions}. Note that NetworkX's default is `weight=None`
 * (unweighted); ecoweave reads weights as strengths by default, as DESIGN.md prescribes for Burt's
 * measures.
 */
export const STRUCTURAL_HOLES_DEFAULTS = Object.freeze({
  directed: false,
  weighted: true,
} satisfies StructuralHolesOptions);

/** Burt's four measures for one actor; `null` where undefined. */
export interface StructuralHoleScores {
  /** See {@link constraint}. */
  constraint: number | null;
  /** See {@link effectiveSize}. */
  effectiveSize: number | null;
  /** Effective size divided by the number of distinct contacts. */
  efficiency: number | null;
  /** See {@link hierarchy}. */
  hierarchy: number | null;
}

/** Contacts of each actor with mutual weights, as a symmetric CSR. @internal */
export interface ContactGraph {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The contact graph: i's contacts are its out- and in-neighbours, each with the mutual weight
 * a_ij + a_ji. In an undirected view both arcs carry the edge's strength w, so the mutual weight is 2w;
 * we keep w, since every measure here divides it by a sum or a maximum over the same row and doubling
 * is exact in floating point (the results are bit-identical).
 */
function contactGraph(view: EcosystemView, weighted: boolean): ContactGraph {
  const { order, offsets, targets, weights, inOffsets, sources, inWeights } = view;
  if (!view.directed) {
    return {
      order,
      offsets,
      targets,
      weights: weighted ? weights : new Float64Array(targets.length).fill(1),
    };
  }
  // Merge the sorted out- and in-lists of each actor: one pass to count, one to fill.
  const merged = new Int32Array(order + 1);
  for (let i = 0; i < order; i++) {
    let k = offsets[i]!;
    const kEnd = offsets[i + 1]!;
    let l = inOffsets[i]!;
    const lEnd = inOffsets[i + 1]!;
    let count = 0;
    while (k < kEnd || l < lEnd) {
      const out = k < kEnd ? targets[k]! : order;
      const inn = l < lEnd ? sources[l]! : order;
      if (out <= inn) k++;
      if (inn <= out) l++;
      count++;
    }
    merged[i + 1] = merged[i]! + count;
  }
  const contactTargets = new Int32Array(merged[order]!);
  const contactWeights = new Float64Array(merged[order]!);
  for (let i = 0; i < order; i++) {
    let k = offsets[i]!;
    const kEnd = offsets[i + 1]!;
    let l = inOffsets[i]!;
    const lEnd = inOffsets[i + 1]!;
    let write = merged[i]!;
    while (k < kEnd || l < lEnd) {
      const out = k < kEnd ? targets[k]! : order;
      const inn = l < lEnd ? sources[l]! : order;
      let weight = 0;
      if (out <= inn) {
        weight += weighted ? weights[k]! : 1;
        k++;
      }
      if (inn <= out) {
        weight += weighted ? inWeights[l]! : 1;
        l++;
      }
      contactTargets[write] = Math.min(out, inn);
      contactWeights[write++] = weight;
    }
  }
  return { order, offsets: merged, targets: contactTargets, weights: contactWeights };
}

/** The four measures by dense index, NaN where undefined. */
export interface StructuralHoleArrays {
  /** The contact graph the measures were computed on. */
  readonly contacts: ContactGraph;
  /** c_ij by position of the contact j in i's row of `contacts`. */
  readonly localConstraint: Float64Array;
  readonly constraint: Float64Array;
  readonly effectiveSize: Float64Array;
  readonly efficiency: Float64Array;
  readonly hierarchy: Float64Array;
}

/**
 * One pass over every ego i. Its contacts j get a slot (dense marker `slot[j]`, reset after the ego)
 * holding p_ij; then for each contact q and each contact j of q that is also a contact of i, we add
 * p_iq · p_qj to j's indirect investment and p_iq · m_jq to j's redundancy. O(Σ_q d(q)²) time, O(n)
 * scratch, nothing allocated per actor or per tie.
 */
function holeArrays(view: EcosystemView, weighted: boolean): StructuralHoleArrays {
  const contacts = contactGraph(view, weighted);
  const { order: n, offsets, targets, weights } = contacts;
  const total = new Float64Array(n);
  const largest = new Float64Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let max = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const w = weights[k]!;
      sum += w;
      if (w > max) max = w;
    }
    total[i] = sum;
    largest[i] = max;
    const degree = offsets[i + 1]! - offsets[i]!;
    if (degree > maxDegree) maxDegree = degree;
  }

  const slot = new Int32Array(n).fill(-1);
  const share = new Float64Array(maxDegree); // p_ij
  const indirect = new Float64Array(maxDegree); // Σ_q p_iq p_qj
  const redundancy = new Float64Array(maxDegree); // Σ_q p_iq a_qj, divided by j's largest weight later
  const localConstraint = new Float64Array(targets.length); // c_ij, by contact position

  const constraintOf = new Float64Array(n);
  const effectiveSizeOf = new Float64Array(n);
  const efficiencyOf = new Float64Array(n);
  const hierarchyOf = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const degree = end - start;
    if (degree === 0) {
      constraintOf[i] = Number.NaN;
      effectiveSizeOf[i] = Number.NaN;
      efficiencyOf[i] = Number.NaN;
      hierarchyOf[i] = Number.NaN;
      continue;
    }
    const totalI = total[i]!;
    for (let k = start; k < end; k++) {
      const s = k - start;
      slot[targets[k]!] = s;
      share[s] = weights[k]! / totalI;
      indirect[s] = 0;
      redundancy[s] = 0;
    }
    for (let k = start; k < end; k++) {
      const q = targets[k]!;
      const piq = share[k - start]!;
      const viaQ = piq / total[q]!;
      for (let l = offsets[q]!, stop = offsets[q + 1]!; l < stop; l++) {
        const s = slot[targets[l]!]!;
        if (s < 0) continue;
        const w = weights[l]!;
        indirect[s]! += viaQ * w;
        redundancy[s]! += piq * w;
      }
    }
    let constraintSum = 0;
    let effective = 0;
    for (let k = start; k < end; k++) {
      const s = k - start;
      const j = targets[k]!;
      const invested = share[s]! + indirect[s]!;
      const cij = invested * invested;
      localConstraint[k] = cij;
      constraintSum += cij;
      effective += 1 - redundancy[s]! / largest[j]!;
      slot[j] = -1;
    }
    constraintOf[i] = constraintSum;
    effectiveSizeOf[i] = effective;
    efficiencyOf[i] = effective / degree;
    if (degree < 2) {
      hierarchyOf[i] = Number.NaN;
    } else {
      const mean = constraintSum / degree;
      let entropy = 0;
      for (let s = 0; s < degree; s++) {
        const ratio = localConstraint[start + s]! / mean;
        entropy += ratio * Math.log(ratio);
      }
      hierarchyOf[i] = entropy / (degree * Math.log(degree));
    }
  }
  return {
    contacts,
    localConstraint,
    constraint: constraintOf,
    effectiveSize: effectiveSizeOf,
    efficiency: efficiencyOf,
    hierarchy: hierarchyOf,
  };
}

/**
 * The view and Burt's measures for `options`, by dense index.
 * @internal
 */
export function computeStructuralHoles(
  eco: Ecosystem,
  options: StructuralHolesOptions,
): { view: EcosystemView; arrays: StructuralHoleArrays } {
  const weighted = options.weighted ?? STRUCTURAL_HOLES_DEFAULTS.weighted;
  const viewOptions: ViewOptions = {
    directed: options.directed ?? STRUCTURAL_HOLES_DEFAULTS.directed,
    ...tieFiltersOf(options),
  };
  const view = getView(eco, viewOptions);
  return { view, arrays: holeArrays(view, weighted) };
}

/**
 * Burt's structural-hole measures of each actor: constraint, effective size, efficiency and hierarchy.
 *
 * @remarks
 * With a_ij the strength of the arc i → j in the view (every arc 1 when `weighted` is false), N(i)
 * the contacts of i (tied to i in either direction) and
 * p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki), the share of i's tie strength spent on j:
 *
 * - constraint c_i = Σ_{j ∈ N(i)} c_ij, with c_ij = (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)²;
 * - effective size e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ j} p_iq m_jq), with
 *   m_jq = (a_jq + a_qj) / max_{k ∈ N(j)} (a_jk + a_kj);
 * - efficiency e_i / |N(i)|;
 * - hierarchy h_i = Σ_{j ∈ N(i)} r_j ln r_j / (|N(i)| ln |N(i)|), with r_j = c_ij / (c_i / |N(i)|).
 *
 * See {@link constraint}, {@link effectiveSize} and {@link hierarchy} for the references each agrees
 * with. All four are `null` for an actor without contacts; hierarchy is also `null` for one contact
 * (0 / 0). Time complexity: O(Σ_i d(i)²) for contact counts d, O(n) scratch memory.
 *
 * References: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. Burt, R. S. (2004). Structural holes and good ideas. American Journal of
 * Sociology 110(2), 349–399. doi:10.1086/421787
 *
 * @param options - view options and `weighted`.
 * @returns actor id → `{ constraint, effectiveSize, efficiency, hierarchy }`.
 * @example
 * // triangle a, b, c: each actor's contacts are tied to each other
 * structuralHoles(createEcosystem(triangle)).a;
 * // { constraint: 1.125, effectiveSize: 1, efficiency: 0.5, hierarchy: 0 }
 * @see {@link constraint}
 * @category Measures
 */
export function structuralHoles(
  eco: Ecosystem,
  options: StructuralHolesOptions = {},
): IdRecord<StructuralHoleScores> {
  checkArguments("structuralHoles", eco, options, STRUCTURAL_HOLES_OPTION_KEYS);
  const { view, arrays } = computeStructuralHoles(eco, options);
  return recordOfSelected(
    view.ids,
    selectedIndices("structuralHoles", view.index, view.order, options.nodes),
    (i) => ({
      constraint: finiteOrNull(arrays.constraint[i]!),
      effectiveSize: finiteOrNull(arrays.effectiveSize[i]!),
      efficiency: finiteOrNull(arrays.efficiency[i]!),
      hierarchy: finiteOrNull(arrays.hierarchy[i]!),
    }),
  );
}

/**
 * Burt's constraint of each actor: how far its ties are invested in contacts who are tied to each
 * other.
 *
 * @remarks
 * c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)², where N(i) are the actors tied to i in
 * either direction, a_ij is the strength of the arc i → j (1 per arc when `weighted` is false) and
 * p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki), the share of i's mutual tie strength spent on j.
 * Agrees with NetworkX `constraint` (all-nodes call, `weight="weight"` or `weight=None`) and igraph
 * `constraint`; in a directed view it agrees with NetworkX on a DiGraph. Differs on purpose: none (but
 * the default is weighted, NetworkX's is not).
 * Undefined for an actor without contacts (→ `null`). Not bounded by 1: each actor of a triangle has
 * 2 · (1/2 + 1/4)² = 1.125.
 * Time complexity: O(Σ_i d(i)²) for contact counts d.
 *
 * References: Burt, R. S. (1992). Structural Holes. Harvard University Press.
 * Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2), 349–399.
 * doi:10.1086/421787
 *
 * @param options - view options and `weighted`.
 * @returns actor id → constraint, `null` where undefined.
 * @example
 * constraint(createEcosystem(triangle)).a; // 1.125
 * @see {@link structuralHoles}
 * @category Measures
 */
export function constraint(eco: Ecosystem, options: StructuralHolesOptions = {}): IdRecord<number | null> {
  checkArguments("constraint", eco, options, STRUCTURAL_HOLES_OPTION_KEYS);
  const { view, arrays } = computeStructuralHoles(eco, options);
  return recordOfSelected(
    view.ids,
    selectedIndices("constraint", view.index, view.order, options.nodes),
    (i) => finiteOrNull(arrays.constraint[i]!),
  );
}

/**
 * Burt's effective size of each actor: the number of its contacts, less their redundancy with one
 * another.
 *
 * @remarks
 * e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ j} p_iq m_jq), where p_iq is as in {@link constraint} and
 * m_jq = (a_jq + a_qj) / max_{k ∈ N(j)} (a_jk + a_kj), j's mutual strength with q relative to its
 * strongest tie. Unweighted and undirected it reduces to Borgatti's n − 2t/n (n contacts, t ties among
 * them).
 * Agrees with NetworkX `effective_size(G, nodes=list(G), weight=…)` (the per-node path). Differs on
 * purpose: NetworkX's default all-nodes call is wrong for weighted graphs in 3.6.1 (PR #8906), so we do
 * not follow it; and in a directed view NetworkX's per-node path returns NaN for an actor with only
 * incoming arcs (it tests successors only), while we apply the formula to its contacts as for any other
 * actor.
 * Undefined for an actor without contacts (→ `null`).
 * Time complexity: O(Σ_i d(i)²) for contact counts d.
 *
 * References: Burt, R. S. (1992). Structural Holes. Harvard University Press.
 * Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures. Connections 20(1),
 * 35–38. http://www.analytictech.com/connections/v20(1)/holes.htm
 *
 * @param options - view options and `weighted`.
 * @returns actor id → effective size, `null` where undefined.
 * @example
 * // star: the centre's four contacts are not tied to each other
 * effectiveSize(createEcosystem(star)).hub; // 4
 * @see {@link structuralHoles} for efficiency (effective size / number of contacts)
 * @category Measures
 */
export function effectiveSize(eco: Ecosystem, options: StructuralHolesOptions = {}): IdRecord<number | null> {
  checkArguments("effectiveSize", eco, options, STRUCTURAL_HOLES_OPTION_KEYS);
  const { view, arrays } = computeStructuralHoles(eco, options);
  return recordOfSelected(
    view.ids,
    selectedIndices("effectiveSize", view.index, view.order, options.nodes),
    (i) => finiteOrNull(arrays.effectiveSize[i]!),
  );
}

/**
 * Burt's hierarchy of each actor: how far its constraint is concentrated on a single contact.
 *
 * @remarks
 * h_i = Σ_{j ∈ N(i)} r_j ln r_j / (N ln N), where N = |N(i)| is the number of contacts,
 * c_ij = (p_ij + Σ_{q ≠ j} p_iq p_qj)² the contribution of j to i's constraint c_i (see
 * {@link constraint}) and r_j = c_ij / (c_i / N), the contribution relative to the mean. 0 when every
 * contact constrains i equally; approaches 1 as one contact holds all the constraint.
 * Follows Burt (1992). No reference implementation is bundled to agree with (NetworkX and igraph do not
 * implement hierarchy); the tests derive the values by hand. Differs on purpose: none.
 * Undefined (→ `null`) for an actor with fewer than two contacts (0 / 0).
 * Time complexity: O(Σ_i d(i)²) for contact counts d.
 *
 * References: Burt, R. S. (1992). Structural Holes, pp. 70–71. Harvard University Press.
 *
 * @param options - view options and `weighted`.
 * @returns actor id → hierarchy, `null` where undefined.
 * @example
 * // b has a pendant contact a and two contacts c, d tied to each other
 * hierarchy(createEcosystem(pendantAndPair)).b; // 0.05220454544675251
 * @see {@link structuralHoles}
 * @category Measures
 */
export function hierarchy(eco: Ecosystem, options: StructuralHolesOptions = {}): IdRecord<number | null> {
  checkArguments("hierarchy", eco, options, STRUCTURAL_HOLES_OPTION_KEYS);
  const { view, arrays } = computeStructuralHoles(eco, options);
  return recordOfSelected(
    view.ids,
    selectedIndices("hierarchy", view.index, view.order, options.nodes),
    (i) => finiteOrNull(arrays.hierarchy[i]!),
  );
}
