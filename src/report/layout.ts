/**
 * `layoutEcosystem`: the seeded ForceAtlas2 positions `toSvg` draws, for callers who draw the network
 * themselves (sigma.js, a canvas, their own SVG) and want the same picture.
 *
 * @packageDocumentation
 */
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { createRecord, type IdRecord } from "../internal/records.js";
import { createRandom } from "../internal/rng.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, ruleFinite, ruleIntegerAtLeast } from "../model/option-errors.js";
import {
  checkViewOptionTypes,
  type EcosystemView,
  tieFiltersOf,
  VIEW_OPTION_KEYS,
  type ViewOptions,
} from "../model/view.js";
import { getView } from "../model/view-cache.js";

/** Options of {@link layoutEcosystem}. */
export interface LayoutEcosystemOptions extends ViewOptions {
  /**
   * Seed of the random initial positions.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * ForceAtlas2 iterations, an integer ≥ 1. More settle the layout further and take longer.
   * @defaultValue 300
   */
  iterations?: number;
}

/** The defaults of {@link LayoutEcosystemOptions} (the same as `toSvg`'s). */
export const LAYOUT_ECOSYSTEM_DEFAULTS = Object.freeze({
  seed: 1,
  iterations: 300,
} satisfies LayoutEcosystemOptions);

/** Where an actor sits in the layout, in the layout's own units (not pixels). */
export interface LayoutPosition {
  x: number;
  y: number;
}

const FN = "layoutEcosystem";

const LAYOUT_ECOSYSTEM_OPTION_KEYS = optionKeys<LayoutEcosystemOptions>({
  ...VIEW_OPTION_KEYS,
  seed: true,
  iterations: true,
});

/** Positions of a view's actors by dense index. */
export interface ViewLayout {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * Throws unless `seed` is finite and `iterations` an integer ≥ 1, naming `fn`.
 * @internal
 */
export function checkLayoutSettings(fn: string, seed: number, iterations: number): void {
  if (!Number.isFinite(seed)) {
    throw mustBe(fn, "seed", String(seed), ruleFinite());
  }
  if (!(Number.isInteger(iterations) && iterations >= 1)) {
    throw mustBe(fn, "iterations", String(iterations), ruleIntegerAtLeast(1));
  }
}

/**
 * The ForceAtlas2 positions of an undirected view's actors by dense index (see
 * {@link layoutEcosystem} for the algorithm). The view's order is id order and its neighbours are
 * sorted, so the graph handed to ForceAtlas2 does not depend on the order of the input file.
 * @internal
 */
export function layoutView(view: EcosystemView, seed: number, iterations: number): ViewLayout {
  const n = view.order;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n <= 1) return { x, y };
  const random = createRandom(seed);
  const spread = 10 * Math.sqrt(n);
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>({
    multi: false,
    allowSelfLoops: false,
  });
  for (let i = 0; i < n; i++) graph.addNode(view.ids[i]!, { x: random() * spread, y: random() * spread });
  for (let u = 0; u < n; u++) {
    for (let k = view.offsets[u]!, end = view.offsets[u + 1]!; k < end; k++) {
      const v = view.targets[k]!;
      if (v > u) graph.addEdge(view.ids[u]!, view.ids[v]!, { weight: view.weights[k]! });
    }
  }
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: (_edge, attributes) => attributes.weight,
    // Barnes–Hut above 2 000 actors (inferSettings' rule); gravity keeps components and isolates near.
    settings: { ...forceAtlas2.inferSettings(n), gravity: 1 },
  });
  for (let i = 0; i < n; i++) {
    const position = positions[view.ids[i]!]!;
    x[i] = Number.isFinite(position.x) ? position.x : 0;
    y[i] = Number.isFinite(position.y) ? position.y : 0;
  }
  return { x, y };
}

/**
 * The positions of the actors in the network picture: the seeded ForceAtlas2 layout that `toSvg`
 * (and so `toHtml`) draws, before it is scaled to the picture.
 *
 * @remarks
 * Algorithm: ForceAtlas2 (graphology-layout-forceatlas2 0.10.1, Jacomy et al. 2014) run for
 * `iterations` on a simple undirected copy of the view of `kinds` and `at` (parallel ties summed into
 * one edge whose weight pulls, with ForceAtlas2's edge-weight influence 1), with the settings
 * `inferSettings` gives for the number of actors (Barnes–Hut above 2 000) and gravity 1. Initial
 * positions: for each actor in id order (code units), x then y drawn uniformly from [0, 10·√n) by
 * the seeded generator. A coordinate ForceAtlas2 leaves non-finite becomes 0; no actor, or one, sits
 * at (0, 0). The ecosystem is never touched.
 * Units: the layout's own, unbounded and centred nowhere in particular (sigma.js rescales them).
 * `toSvg` multiplies them by one factor, the largest that fits the drawing area (the picture less a
 * 24 + 14-pixel margin on each side and, with its legend, a 200-pixel band on the right), and centres
 * the result, so its picture keeps these proportions.
 * Deterministic: the same ecosystem and options give the same positions, whatever the order of the
 * actors and ties in the input file (actors are laid out in id order and each actor's contacts are
 * sorted). One exception, of the view's making: parallel ties' weights are summed in file order, so
 * non-integer weights of parallel ties can differ in their last bit, and ForceAtlas2 can amplify it.
 * Time complexity: O(I · n²) for I iterations below 2 000 actors, O(I · (n log n + m)) above (Barnes–Hut).
 *
 * Reference: Jacomy, M., Venturini, T., Heymann, S., & Bastian, M. (2014). ForceAtlas2, a continuous
 * graph layout algorithm for handy network visualization designed for the Gephi software. PLoS ONE
 * 9(6), e98679. doi:10.1371/journal.pone.0098679
 *
 * @param eco - the ecosystem.
 * @param options - view options (`kinds`, `at`; `directed: true` is refused), `seed`, `iterations`.
 * @returns a null-prototype record from each actor id to its `{ x, y }`.
 * @throws {@link NotApplicableError} with `directed: true` (the layout reads the undirected view).
 * @throws {@link InvalidOptionError} for an unknown option, a non-finite `seed`, or `iterations` that
 *   is not an integer ≥ 1.
 * @example
 * const eco = sampleEcosystem();
 * const positions = layoutEcosystem(eco, { seed: 1 });
 * // onto a graphology graph for sigma.js
 * const graph = eco.copy();
 * for (const [id, { x, y }] of Object.entries(positions)) graph.mergeNodeAttributes(id, { x, y });
 * @see {@link toSvg}
 * @category Reports
 */
export function layoutEcosystem(
  eco: Ecosystem,
  options: LayoutEcosystemOptions = {},
): IdRecord<LayoutPosition> {
  checkArguments(FN, eco, options, LAYOUT_ECOSYSTEM_OPTION_KEYS);
  checkViewOptionTypes(FN, options);
  if (options.directed === true) {
    throw new NotApplicableError(`${FN}: the layout reads the undirected view; drop directed: true`);
  }
  const seed = options.seed ?? LAYOUT_ECOSYSTEM_DEFAULTS.seed;
  const iterations = options.iterations ?? LAYOUT_ECOSYSTEM_DEFAULTS.iterations;
  checkLayoutSettings(FN, seed, iterations);
  const view = getView(eco, tieFiltersOf(options));
  const { x, y } = layoutView(view, seed, iterations);
  const positions = createRecord<LayoutPosition>();
  for (let i = 0; i < view.order; i++) positions[view.ids[i]!] = { x: x[i]!, y: y[i]! };
  return positions;
}
