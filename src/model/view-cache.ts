/**
 * A per-ecosystem cache of analysis views, so that the measures of one call (a gap search runs a
 * dozen) build each view once. Entries are dropped as soon as the graph changes.
 *
 * @packageDocumentation
 */
import { checkEcosystem } from "./check-arguments.js";
import { afterGraphFilled } from "./deferred-graph.js";
import type { Ecosystem } from "./ecosystem.js";
import { NotApplicableError } from "./errors.js";
import {
  checkViewOptionTypes,
  createView,
  type EcosystemView,
  tieFiltersOf,
  type ViewOptions,
} from "./view.js";

const MUTATION_EVENTS = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "attributesUpdated",
  "nodeAttributesUpdated",
  "edgeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
] as const;

const cache = new WeakMap<Ecosystem, Map<string, EcosystemView>>();

function cacheKey(options: ViewOptions): string {
  const kinds = options.kinds === undefined ? null : [...new Set(options.kinds)].sort();
  return JSON.stringify([kinds, options.at ?? null, options.directed ?? false]);
}

/**
 * The analysis view of `eco` for `options`, built once and reused until the graph changes.
 * @category Model
 */
export function getView(eco: Ecosystem, options: ViewOptions = {}): EcosystemView {
  // Every measure builds its view here: the one place a swapped or unbuilt argument is caught for all.
  checkEcosystem("ecoweave", eco);
  checkViewOptionTypes("view", options);
  let views = cache.get(eco);
  if (views === undefined) {
    const fresh = new Map<string, EcosystemView>();
    views = fresh;
    cache.set(eco, fresh);
    const invalidate = () => fresh.clear();
    // An unfilled graph cannot change before it is filled; hooking in now would fill it.
    afterGraphFilled(eco, () => {
      for (const event of MUTATION_EVENTS) eco.on(event, invalidate);
    });
  }
  const key = cacheKey(options);
  let view = views.get(key);
  if (view === undefined) {
    view = createView(eco, options);
    views.set(key, view);
  }
  return view;
}

/**
 * The undirected view of the tie filters among `options`, for a measure defined on undirected graphs
 * only (see {@link getView}).
 * @throws {@link NotApplicableError} with `directed: true`, naming `fn`.
 * @internal
 */
export function getUndirectedView(eco: Ecosystem, options: ViewOptions, fn: string): EcosystemView {
  if (options.directed === true) {
    throw new NotApplicableError(`${fn}: defined on the undirected view only; drop directed: true`);
  }
  return getView(eco, tieFiltersOf(options));
}
