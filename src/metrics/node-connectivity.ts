/**
 * Node connectivity: how many actors must leave before a pair, or the whole network, falls apart —
 * and which actors those are.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { optionError } from "../model/option-errors.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import {
  OPTION_SAME_ACTOR,
  OPTION_SOURCE_TARGET_PAIR,
  OPTION_UNKNOWN_END,
} from "../text/catalogues/en/options.js";
import { strongComponentLabels } from "./strong-components.js";
import { type NodeCut, VertexFlowNetwork } from "./vertex-flow.js";

/** The keys of {@link NodeConnectivityOptions}, checked at run time (see `checkOptionKeys`). */
const NODE_CONNECTIVITY_OPTION_KEYS = optionKeys<NodeConnectivityOptions>({
  ...VIEW_OPTION_KEYS,
  source: true,
  target: true,
});

/** Options of {@link nodeConnectivity} and {@link minimumNodeCut}. */
export interface NodeConnectivityOptions extends ViewOptions {
  /**
   * One actor of the pair to separate; give `target` too. Without a pair, the whole network.
   * @defaultValue undefined (the whole network)
   */
  source?: string;
  /**
   * The other actor of the pair; it must not be tied to `source` (with `directed: true`, no arc
   * `source` → `target`; an arc `target` → `source` is allowed).
   * @defaultValue undefined (the whole network)
   */
  target?: string;
}

/** The defaults of {@link NodeConnectivityOptions}. */
export const NODE_CONNECTIVITY_DEFAULTS = Object.freeze({
  directed: false,
} satisfies NodeConnectivityOptions);

interface Resolved {
  readonly view: EcosystemView;
  readonly network: VertexFlowNetwork;
  readonly pair: readonly [number, number] | null;
}

function resolve(fn: string, eco: Ecosystem, options: NodeConnectivityOptions): Resolved {
  const view = getView(eco, { ...tieFiltersOf(options), directed: options.directed === true });
  const { source, target } = options;
  if ((source === undefined) !== (target === undefined)) {
    throw optionError("options.sourceTargetPair", OPTION_SOURCE_TARGET_PAIR, { fn });
  }
  const network = new VertexFlowNetwork(view);
  if (source === undefined || target === undefined) return { view, network, pair: null };
  const s = view.index.get(source);
  const t = view.index.get(target);
  if (s === undefined)
    throw optionError("options.unknownEnd", OPTION_UNKNOWN_END, {
      fn,
      end: "source",
      id: JSON.stringify(source),
    });
  if (t === undefined)
    throw optionError("options.unknownEnd", OPTION_UNKNOWN_END, {
      fn,
      end: "target",
      id: JSON.stringify(target),
    });
  if (s === t)
    throw optionError("options.sameActor", OPTION_SAME_ACTOR, {
      fn,
      first: "source",
      second: "target",
      id: JSON.stringify(source),
    });
  if (network.adjacent(s, t)) {
    throw new NotApplicableError(
      view.directed
        ? `${fn}: ${JSON.stringify(source)} has a tie to ${JSON.stringify(target)}; no set of other actors separates them`
        : `${fn}: ${JSON.stringify(source)} and ${JSON.stringify(target)} are tied; no set of other actors separates them`,
    );
  }
  return { view, network, pair: [s, t] };
}

/**
 * κ(G) and a minimum cut. Undirected: Esfahanian–Hakimi around an actor of least degree. Directed: 0
 * with an empty cut when the view is not strongly connected (some actor already cannot reach another),
 * else the pairs of {@link VertexFlowNetwork.directedGlobalCut}.
 */
function wholeNetworkCut(view: EcosystemView, network: VertexFlowNetwork): NodeCut {
  if (view.directed) {
    if (view.order > 1 && strongComponentLabels(view).count > 1)
      return { connectivity: 0, cut: new Int32Array(0) };
    return network.directedGlobalCut();
  }
  const members = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) members[i] = i;
  return network.globalCut(members, new Uint8Array(view.order).fill(1));
}

/**
 * Node connectivity: the least number of actors whose departure separates two actors, or, without a
 * pair, disconnects the network.
 *
 * @remarks
 * For two actors s, t that are not tied, κ(s, t) is the least number of other actors whose removal
 * leaves no path from s to t, which equals the greatest number of paths from s to t sharing no actor
 * (Menger 1927). It is found as a maximum flow on the split graph (each actor an arc of capacity 1;
 * Even 1975). For the whole network, κ(G) = min over pairs, found by Esfahanian and Hakimi's reduction
 * to O(n + δ²) pairs around an actor of least degree δ; κ(G) = n − 1 for a complete network and 0 for
 * a disconnected one or fewer than two actors. 1 means one actor holds the network together (a cut
 * vertex); a weaver wants 2 or more.
 * With `directed: true` the paths follow the ties' direction (funding and training one way): κ(s, t)
 * counts the paths from s to t that share no actor, the flow running only along arcs (Even 1975), and
 * κ(G) is the least number of actors whose removal leaves the rest not strongly connected — 0 when
 * some actor already cannot reach another, n − 1 for a complete network (every arc both ways). With
 * any actor v, a minimum set either spares v, and then separates v from some w or w from v, or holds
 * v, and then separates one of v's in-neighbours from one of its out-neighbours (Esfahanian and
 * Hakimi 1984): κ(G) is the least κ(v, w), κ(w, v) and κ(x, y) over those pairs with no arc, v chosen
 * to minimise in-degree · out-degree.
 * Agrees with NetworkX `node_connectivity(G)` and `node_connectivity(G, s, t)` (the latter for
 * non-adjacent pairs), on a `DiGraph` too for a pair. Differs on purpose: a tied pair is refused
 * (NetworkX counts the tie as one path); on a directed network NetworkX 2.8.8's whole-network answer
 * tries only the pairs (v, w) and answers 0 only when the network is not even weakly connected, so it
 * can exceed κ(G) (a one-way ring: NetworkX 2, κ = 1); ecoweave follows the definition.
 * Time complexity: O(κ · (n + m)) for a pair; O((n + δ²) · κ · (n + m)) for the whole network
 * (directed: O((n + d⁻d⁺) · κ · (n + m)) with d⁻, d⁺ the in- and out-degree of v).
 *
 * References: Even, S. (1975). An algorithm for determining whether the connectivity of a graph is at
 * least k. SIAM Journal on Computing 4(3), 393–396. doi:10.1137/0204034
 * Esfahanian, A.-H. and Hakimi, S. L. (1984). On computing the connectivities of graphs and
 * digraphs. Networks 14(2), 355–366. doi:10.1002/net.3230140211
 * Esfahanian, A.-H. (2013). Connectivity algorithms. In Topics in Structural Graph Theory,
 * Cambridge University Press, 268–281.
 *
 * @param options - tie filters, `directed`, and `source` and `target` for a pair.
 * @returns κ(s, t) or κ(G).
 * @throws {@link InvalidOptionError} for only one of `source`/`target`, an unknown actor or the same
 * actor twice; {@link NotApplicableError} for a tied pair (directed: an arc `source` → `target`).
 * @example
 * // a ring of five: two actors must go before it splits
 * nodeConnectivity(createEcosystem(ring)); // 2
 * // a one-way funding ring: one actor stops the flow
 * nodeConnectivity(createEcosystem(fundingRing), { directed: true }); // 1
 * @see {@link minimumNodeCut}
 * @category Measures
 */
export function nodeConnectivity(eco: Ecosystem, options: NodeConnectivityOptions = {}): number {
  checkArguments("nodeConnectivity", eco, options, NODE_CONNECTIVITY_OPTION_KEYS);
  const { view, network, pair } = resolve("nodeConnectivity", eco, options);
  if (pair !== null) return network.localConnectivity(pair[0], pair[1], null);
  return wholeNetworkCut(view, network).connectivity;
}

/**
 * A minimum node cut: a smallest set of actors whose departure separates two actors, or, without a
 * pair, disconnects the network.
 *
 * @remarks
 * Its size is {@link nodeConnectivity}. Found from the same maximum flow: the actors whose arc the
 * flow saturates on the source side of a minimum cut. When several sets are minimum, which one is
 * returned is fixed by the view's order (so deterministic) but need not be the set NetworkX names.
 * With `directed: true`, a smallest set whose removal leaves no path from `source` to `target` along
 * the arcs, or leaves the network not strongly connected (`[]` when it already is not).
 * Agrees with NetworkX `minimum_node_cut` in size. Differs on purpose: `null` for a network that no
 * set of actors disconnects (complete, or fewer than two actors) where NetworkX raises, and `[]` for
 * a network already disconnected; the ids are sorted. On a `DiGraph` NetworkX 2.8.8 answers `{}` for
 * a pair joined by an arc t → s (and so can answer `{}` for the whole network); ecoweave separates
 * the pair along the arcs.
 * Time complexity: as {@link nodeConnectivity}.
 *
 * References: Even, S. (1975), SIAM Journal on Computing 4(3), 393–396. doi:10.1137/0204034
 * Esfahanian, A.-H. and Hakimi, S. L. (1984), Networks 14(2), 355–366. doi:10.1002/net.3230140211
 *
 * @param options - tie filters, `directed`, and `source` and `target` for a pair.
 * @returns the ids of a minimum cut, sorted, or `null` when none exists.
 * @throws as {@link nodeConnectivity}.
 * @example
 * // a – b – c and a – d – c: b and d stand between a and c
 * minimumNodeCut(createEcosystem(square), { source: "a", target: "c" }); // ["b", "d"]
 * @see {@link nodeConnectivity}
 * @category Measures
 */
export function minimumNodeCut(eco: Ecosystem, options: NodeConnectivityOptions = {}): string[] | null {
  checkArguments("minimumNodeCut", eco, options, NODE_CONNECTIVITY_OPTION_KEYS);
  const { view, network, pair } = resolve("minimumNodeCut", eco, options);
  let cut: Int32Array | null;
  if (pair !== null) cut = network.localCut(pair[0], pair[1], null);
  else cut = wholeNetworkCut(view, network).cut;
  if (cut === null) return null;
  return Array.from(cut, (i) => view.ids[i]!).sort(compareIds);
}
