/**
 * Degree and numeric assortativity: whether tied actors resemble each other in how connected they are,
 * or in a numeric attribute (Newman 2002, 2003).
 *
 * @packageDocumentation
 */

import { finiteOrNull } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, optionError, ruleOneOf } from "../model/option-errors.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_NO_FINITE_NUMBER } from "../text/catalogues/en/options.js";

/** The keys of {@link DegreeAssortativityOptions}, checked at run time (see `checkOptionKeys`). */
const DEGREE_ASSORTATIVITY_OPTION_KEYS = optionKeys<DegreeAssortativityOptions>({
  ...VIEW_OPTION_KEYS,
  x: true,
  y: true,
});

/** Which degree of an arc's end is read on the directed view. */
export type DegreeEnd = "in" | "out";

/** Options of {@link degreeAssortativity}. */
export interface DegreeAssortativityOptions extends ViewOptions {
  /**
   * The degree of each arc's source on the directed view.
   * @defaultValue "out"
   */
  x?: DegreeEnd;
  /**
   * The degree of each arc's target on the directed view.
   * @defaultValue "in"
   */
  y?: DegreeEnd;
}

/** The defaults of {@link DegreeAssortativityOptions}. */
export const DEGREE_ASSORTATIVITY_DEFAULTS = Object.freeze({
  directed: false,
  x: "out",
  y: "in",
} satisfies DegreeAssortativityOptions);

/** Options of {@link numericAssortativity}: the view options. */
export interface NumericAssortativityOptions extends ViewOptions {}

/**
 * Pearson's correlation of (xs[u], ys[v]) over the arcs u → v of the view (both halves of each edge on
 * the undirected view), by two passes: the means, then the centred sums. NaN when either side does
 * not vary.
 */
function arcCorrelation(view: EcosystemView, xs: Float64Array, ys: Float64Array): number {
  const { order, offsets, targets } = view;
  const arcs = targets.length;
  if (arcs === 0) return Number.NaN;
  let sumX = 0;
  let sumY = 0;
  for (let u = 0; u < order; u++) {
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) {
      sumX += xs[u]!;
      sumY += ys[targets[k]!]!;
    }
  }
  const meanX = sumX / arcs;
  const meanY = sumY / arcs;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let u = 0; u < order; u++) {
    const dx = xs[u]! - meanX;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const dy = ys[targets[k]!]! - meanY;
      covariance += dx * dy;
      varianceX += dx * dx;
      varianceY += dy * dy;
    }
  }
  return covariance / Math.sqrt(varianceX * varianceY);
}

function checkEnd(name: string, value: unknown): DegreeEnd {
  if (value === "in" || value === "out") return value;
  throw mustBe("degreeAssortativity", name, String(JSON.stringify(value)), ruleOneOf(['"in"', '"out"']));
}

/**
 * Degree assortativity: the correlation between the degrees of tied actors. Positive when well-tied
 * actors tie to each other (a core), negative when they tie to poorly tied ones (hubs and spokes).
 *
 * @remarks
 * r = Pearson's correlation of (d_x(u), d_y(v)) over the arcs u → v: on the undirected view each tie
 * gives both (u, v) and (v, u), and degree counts distinct neighbours; on the directed view `x` picks
 * the source's in- or out-degree and `y` the target's.
 * Agrees with NetworkX `degree_assortativity_coefficient(G, x, y)` (unweighted). Differs on purpose:
 * `null` where it is undefined (no ties, or every degree the same), where NetworkX returns NaN.
 * Time complexity: O(n + m).
 *
 * References: Newman, M. E. J. (2002). Assortative mixing in networks. Physical Review Letters 89(20),
 * 208701. doi:10.1103/PhysRevLett.89.208701
 * Foster, J. G., Foster, D. V., Grassberger, P. & Paczuski, M. (2010). Edge direction and the
 * structure of networks. PNAS 107(24), 10815–10820. doi:10.1073/pnas.0912671107
 *
 * @param options - view options, and `x`, `y` on the directed view.
 * @returns r in [−1, 1], or `null`.
 * @throws {@link InvalidOptionError} when `x` or `y` is neither `"in"` nor `"out"`.
 * @example
 * // a star: the hub (degree 3) is tied only to leaves (degree 1)
 * degreeAssortativity(createEcosystem(star)); // -1
 * @see {@link numericAssortativity}
 * @category Measures
 */
export function degreeAssortativity(eco: Ecosystem, options: DegreeAssortativityOptions = {}): number | null {
  checkArguments("degreeAssortativity", eco, options, DEGREE_ASSORTATIVITY_OPTION_KEYS);
  const x = checkEnd("x", options.x ?? DEGREE_ASSORTATIVITY_DEFAULTS.x);
  const y = checkEnd("y", options.y ?? DEGREE_ASSORTATIVITY_DEFAULTS.y);
  const view = getView(eco, { ...tieFiltersOf(options), directed: options.directed === true });
  const { order, offsets, inOffsets } = view;
  const outDegree = new Float64Array(order);
  const inDegree = new Float64Array(order);
  for (let v = 0; v < order; v++) {
    outDegree[v] = offsets[v + 1]! - offsets[v]!;
    inDegree[v] = inOffsets[v + 1]! - inOffsets[v]!;
  }
  if (!view.directed) return finiteOrNull(arcCorrelation(view, outDegree, outDegree));
  return finiteOrNull(
    arcCorrelation(view, x === "out" ? outDegree : inDegree, y === "out" ? outDegree : inDegree),
  );
}

/**
 * Numeric assortativity: the correlation between a numeric attribute of tied actors (budget, staff,
 * founding year).
 *
 * @remarks
 * r = Pearson's correlation of (a(u), a(v)) over the arcs u → v (both directions of each tie on the
 * undirected view), a being the actors' value of `attribute`.
 * Agrees with NetworkX `numeric_assortativity_coefficient(G, attribute)`. Differs on purpose: `null`
 * where undefined (no ties, or one value throughout), where NetworkX returns NaN; an actor without a
 * finite number there is refused rather than left out.
 * Time complexity: O(n + m).
 *
 * References: Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67(2), 026126.
 * doi:10.1103/PhysRevE.67.026126
 *
 * @param attribute - the name of a numeric actor attribute every actor has.
 * @param options - view options.
 * @returns r in [−1, 1], or `null`.
 * @throws {@link InvalidOptionError} when an actor lacks the attribute or its value is not a finite
 * number.
 * @example
 * // founding years: old actors tie to old, young to young
 * numericAssortativity(createEcosystem(generations), "founded"); // 1
 * @see {@link degreeAssortativity}
 * @category Measures
 */
export function numericAssortativity(
  eco: Ecosystem,
  attribute: string,
  options: NumericAssortativityOptions = {},
): number | null {
  const view = getView(eco, { ...tieFiltersOf(options), directed: options.directed === true });
  const values = new Float64Array(view.order);
  for (let i = 0; i < view.order; i++) {
    const id = view.ids[i]!;
    const attributes = eco.getNodeAttribute(id, "attributes");
    const value =
      attributes !== undefined && Object.hasOwn(attributes, attribute) ? attributes[attribute] : undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw optionError("options.noFiniteNumber", OPTION_NO_FINITE_NUMBER, {
        fn: "numericAssortativity",
        id: JSON.stringify(id),
        name: JSON.stringify(attribute),
      });
    }
    values[i] = value;
  }
  return finiteOrNull(arcCorrelation(view, values, values));
}
