/**
 * Freeman's centralisation of a whole network: how far one actor's centrality exceeds everyone
 * else's, as a share of the most centralised network of the same size (a star).
 *
 * @packageDocumentation
 */

/**
 * Freeman's degree centralisation of an undirected simple graph.
 *
 * @remarks
 * C_D = Σ_i (d* − d_i) / ((n − 1)(n − 2)), where d_i is the number of distinct contacts of actor i,
 * d* = max_i d_i and n the number of actors; the denominator is the sum for a star of n actors, so a
 * star gives 1 and a graph whose actors all have the same degree gives 0.
 * Agrees with R igraph `centr_degree(g, loops = FALSE)$centralization`. Undefined (→ `null`) for
 * n < 3. Time complexity: O(n).
 *
 * References: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 */
export function degreeCentralization(degrees: ArrayLike<number>): number | null {
  const n = degrees.length;
  if (n < 3) return null;
  let max = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = degrees[i]!;
    if (d > max) max = d;
    sum += d;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}

/**
 * Freeman's betweenness centralisation of an undirected graph, from normalised betweenness.
 *
 * @remarks
 * C_B = Σ_i (b* − b_i) / (n − 1), where b_i is actor i's betweenness normalised by (n − 1)(n − 2)/2
 * (the number of pairs of other actors), b* = max_i b_i and n the number of actors; n − 1 is the sum
 * for a star, so a star gives 1. Equivalent to Freeman's Σ_i (B* − B_i) / ((n − 1)²(n − 2)/2) on raw
 * pair counts B. Agrees with R igraph `centr_betw(g, directed = FALSE)$centralization`. Undefined
 * (→ `null`) for n < 3. Time complexity: O(n) given the betweenness.
 *
 * References: Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
 * Sociometry 40(1), 35–41. doi:10.2307/3033543
 */
export function betweennessCentralization(normalized: ArrayLike<number>): number | null {
  const n = normalized.length;
  if (n < 3) return null;
  let max = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const b = normalized[i]!;
    if (b > max) max = b;
    sum += b;
  }
  return (n * max - sum) / (n - 1);
}
