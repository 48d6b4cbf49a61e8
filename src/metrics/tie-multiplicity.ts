/**
 * The `multiplicity` option: whether parallel ties between a pair (funding *and* training) are one
 * relationship, as the analysis view has them, or count one by one, as NetworkX does on a MultiGraph.
 *
 * @packageDocumentation
 */

import type { Ecosystem } from "../model/ecosystem.js";
import { mustBe, ruleOneOf } from "../model/option-errors.js";
import { type EcosystemView, tieFilter, type ViewOptions } from "../model/view.js";

/**
 * `"collapse"`: the ties of a pair are one relationship (the view's convention); `"count"`: each tie
 * counts on its own (NetworkX's convention on a MultiGraph).
 */
export type Multiplicity = "collapse" | "count";

/** The `multiplicity` option of a measure where parallel ties change the answer. */
export interface MultiplicityOptions {
  /**
   * How parallel ties between a pair count (see {@link Multiplicity}).
   * @defaultValue "collapse"
   */
  multiplicity?: Multiplicity;
}

/** The option's value, refusing anything but a {@link Multiplicity}. @internal */
export function multiplicityOf(fn: string, options: MultiplicityOptions): Multiplicity {
  const value = options.multiplicity ?? "collapse";
  if (value === "collapse" || value === "count") return value;
  throw mustBe(fn, "multiplicity", String(JSON.stringify(value)), ruleOneOf(['"collapse"', '"count"']));
}

/**
 * Calls `visit(u, v, both)` for every tie that passes the view's filters, with dense indices of the
 * view: `both` is true when the tie runs both ways in the view (every tie on the undirected view, an
 * undirected tie on the directed one). O(m) over the multigraph's ties.
 * @internal
 */
export function forEachFilteredTie(
  eco: Ecosystem,
  view: EcosystemView,
  options: ViewOptions,
  visit: (u: number, v: number, both: boolean) => void,
): void {
  const accepts = tieFilter(options);
  eco.forEachEdge((_edge, tie, source, target, _sa, _ta, undirected) => {
    if (accepts !== null && !accepts(tie)) return;
    visit(view.index.get(source)!, view.index.get(target)!, !view.directed || undirected);
  });
}
