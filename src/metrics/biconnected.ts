/**
 * Biconnected blocks of the analysis view: the maximal parts that no single actor's departure splits,
 * and the cut vertices where blocks meet.
 *
 * @packageDocumentation
 */

import { compareGroups } from "../internal/compare.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";

/** The keys of {@link BiconnectedOptions}, checked at run time (see `checkOptionKeys`). */
const BICONNECTED_OPTION_KEYS = optionKeys<BiconnectedOptions>({
  ...VIEW_OPTION_KEYS,
});

/** Options of {@link biconnectedComponents}: the tie filters (blocks are read on the undirected view). */
export interface BiconnectedOptions extends ViewOptions {}

/** The defaults of {@link BiconnectedOptions}. */
export const BICONNECTED_DEFAULTS = Object.freeze({ directed: false } satisfies BiconnectedOptions);

/** Result of {@link biconnectedComponents}. */
export interface BiconnectedResult {
  /**
   * The blocks, each as its member ids sorted; largest block first, then by member ids
   * in turn. A tie whose loss would split the network (a bridge) is a block of two.
   */
  blocks: string[][];
  /** The cut vertices (articulation points): actors in more than one block, sorted by id. */
  cutVertices: string[];
}

/** The blocks as sorted dense-index arrays, and the cut-vertex flags. @internal */
export interface BlockArrays {
  readonly blocks: Int32Array[];
  readonly isCut: Uint8Array;
}

/**
 * Hopcroft and Tarjan's depth-first search with an explicit stack of frames and a stack of edges:
 * when a child's low point does not climb above its parent, the edges pushed since the tree edge to
 * that child form a block. O(n + m), no recursion.
 * @internal
 */
export function blockArrays(view: EcosystemView): BlockArrays {
  const { order: n, offsets, targets } = view;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const frames = new Int32Array(n);
  const edgeTails = new Int32Array(view.size);
  const edgeHeads = new Int32Array(view.size);
  const stamp = new Int32Array(n).fill(-1);
  const isCut = new Uint8Array(n);
  const blocks: Int32Array[] = [];
  const members: number[] = [];
  let time = 0;
  let edges = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    discovery[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    let depth = 0;
    frames[depth++] = root;
    let rootChildren = 0;
    while (depth > 0) {
      const u = frames[depth - 1]!;
      const k = cursor[u]!;
      if (k < offsets[u + 1]!) {
        cursor[u] = k + 1;
        const w = targets[k]!;
        if (discovery[w] === -1) {
          edgeTails[edges] = u;
          edgeHeads[edges++] = w;
          parent[w] = u;
          discovery[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          frames[depth++] = w;
          if (u === root) rootChildren++;
        } else if (w !== parent[u] && discovery[w]! < discovery[u]!) {
          edgeTails[edges] = u;
          edgeHeads[edges++] = w;
          if (discovery[w]! < low[u]!) low[u] = discovery[w]!;
        }
        continue;
      }
      depth--;
      const p = parent[u]!;
      if (p === -1) continue;
      if (low[u]! < low[p]!) low[p] = low[u]!;
      if (low[u]! < discovery[p]!) continue;
      // p separates u's subtree from the rest: the edges since p → u form one block.
      if (p !== root) isCut[p] = 1;
      const id = blocks.length;
      members.length = 0;
      for (;;) {
        const tail = edgeTails[--edges]!;
        const head = edgeHeads[edges]!;
        if (stamp[tail] !== id) {
          stamp[tail] = id;
          members.push(tail);
        }
        if (stamp[head] !== id) {
          stamp[head] = id;
          members.push(head);
        }
        if (tail === p && head === u) break;
      }
      const block = Int32Array.from(members);
      block.sort();
      blocks.push(block);
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  return { blocks, isCut };
}

/**
 * Biconnected components (blocks): the maximal groups of actors that stay connected whichever single
 * actor leaves, with the cut vertices that join them.
 *
 * @remarks
 * Two ties are in the same block when a cycle runs through both; a block is the set of actors on
 * its ties. A tie on no cycle (a bridge) is a block of its two actors; an isolate is in no block. An
 * actor in two or more blocks is a cut vertex: its departure disconnects the network.
 * Read on the undirected view (`directed: true` is read as its undirected projection, as NetworkX
 * requires an undirected graph).
 * Agrees with NetworkX `biconnected_components` (as sets) and `articulation_points`. Differs on
 * purpose: blocks are sorted largest first, then by member ids in turn, members by id.
 * Time complexity: O(n log n + m) (the log is the sorting); no recursion.
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. doi:10.1145/362248.362272
 *
 * @param options - tie filters.
 * @returns the blocks and the cut vertices.
 * @example
 * // two triangles a, b, c and c, d, e sharing c
 * biconnectedComponents(createEcosystem(bowTie));
 * // { blocks: [["a", "b", "c"], ["c", "d", "e"]], cutVertices: ["c"] }
 * @see {@link articulationPoints}
 * @category Measures
 */
export function biconnectedComponents(eco: Ecosystem, options: BiconnectedOptions = {}): BiconnectedResult {
  checkArguments("biconnectedComponents", eco, options, BICONNECTED_OPTION_KEYS);
  const view = getView(eco, tieFiltersOf(options));
  const { blocks, isCut } = blockArrays(view);
  const { ids } = view;
  // Dense indices follow id order, so index-sorted members are id-sorted.
  const named = blocks.map((block) => Array.from(block, (i) => ids[i]!));
  named.sort(compareGroups);
  const cutVertices: string[] = [];
  for (let i = 0; i < view.order; i++) if (isCut[i] === 1) cutVertices.push(ids[i]!);
  return { blocks: named, cutVertices };
}
