/**
 * The `ecoweave/defaults` entry: each function's documented defaults object (`*_DEFAULTS`) and the
 * limits that switch an answer from exact to sampled or capped (`*_LIMIT`, `*_SOURCES`, ...). Kept off
 * the root so that the root lists what a user calls; the values are the ones each function's doc
 * comment gives under `@defaultValue`.
 *
 * @packageDocumentation
 */

export { AUTO_BETWEENNESS_PIVOTS, EXACT_BETWEENNESS_LIMIT } from "./brokers/betweenness-sample.js";
export { DIAGNOSE_STAGE_DEFAULTS } from "./brokers/diagnose-stage.js";
export { BRIDGE_WEIGHTS_DEFAULTS, FIND_BRIDGE_ACTORS_DEFAULTS } from "./brokers/find-bridge-actors.js";
export { KEY_PLAYERS_DEFAULTS } from "./brokers/key-players.js";
export { WEAVER_CANDIDATES_DEFAULTS } from "./brokers/weaver-candidates.js";
export { EXACT_SEATING_LIMIT, PEER_LEARNING_DEFAULTS, PEER_LEARNING_WEIGHTS } from "./convene/options.js";
export { GENERATE_DEFAULTS } from "./datasets/generate.js";
export { FIND_STRUCTURAL_GAPS_DEFAULTS } from "./gaps/find-structural-gaps.js";
export { HANGING_WEIGHT, NOTE_LOSS, OUTRIGHT_SHARE, SEVERITY_HALF_LOSS } from "./gaps/severity.js";
export { ASSIGN_TO_DEFAULTS } from "./io/assign.js";
export { FROM_CSV_DEFAULTS, SPREADSHEET_DEFAULTS } from "./io/csv.js";
export { STRINGIFY_ECOSYSTEM_DEFAULTS } from "./io/json.js";
export { FROM_KUMU_DEFAULTS } from "./io/kumu.js";
export { DEGREE_ASSORTATIVITY_DEFAULTS } from "./metrics/assortativity.js";
export { BICONNECTED_DEFAULTS } from "./metrics/biconnected.js";
export { BROKERAGE_DEFAULTS } from "./metrics/brokerage.js";
export {
  BETWEENNESS_DEFAULTS,
  CENTRALITY_DEFAULTS,
  CLOSENESS_DEFAULTS,
  EIGENVECTOR_DEFAULTS,
  PAGERANK_DEFAULTS,
} from "./metrics/centrality.js";
export { CLUSTERING_DEFAULTS, TRANSITIVITY_DEFAULTS } from "./metrics/clustering.js";
export {
  COMMUNITIES_DEFAULTS,
  MODULARITY_DEFAULTS,
  PARTITION_MEASURE_DEFAULTS,
} from "./metrics/communities.js";
export { COMPONENTS_DEFAULTS } from "./metrics/components.js";
export { CORE_NUMBERS_DEFAULTS } from "./metrics/core-numbers.js";
export { CUT_POINTS_DEFAULTS } from "./metrics/cut-points.js";
export { EDGE_BETWEENNESS_DEFAULTS } from "./metrics/edge-betweenness.js";
export {
  AVERAGE_DISTANCE_DEFAULTS,
  GLOBAL_EFFICIENCY_DEFAULTS,
  LOCAL_EFFICIENCY_DEFAULTS,
} from "./metrics/efficiency.js";
export { GROUP_MEASURE_DEFAULTS, MIXING_DEFAULTS } from "./metrics/groups.js";
export { K_COMPONENTS_DEFAULTS } from "./metrics/k-components.js";
export { LINK_PREDICTION_DEFAULTS } from "./metrics/link-prediction.js";
export { LOCAL_CONSTRAINT_DEFAULTS } from "./metrics/local-constraint.js";
export { NODE_CONNECTIVITY_DEFAULTS } from "./metrics/node-connectivity.js";
export { STRUCTURAL_HOLES_DEFAULTS } from "./metrics/structural-holes.js";
export { MAX_LISTED_ISSUES } from "./model/errors.js";
export { VIEW_DEFAULTS } from "./model/view.js";
export { ANALYZE_ECOSYSTEM_DEFAULTS } from "./report/analyze-ecosystem.js";
export { TO_HTML_DEFAULTS } from "./report/html.js";
export { LAYOUT_ECOSYSTEM_DEFAULTS } from "./report/layout.js";
export { TO_MARKDOWN_DEFAULTS } from "./report/markdown.js";
export { ECOSYSTEM_OVERVIEW_DEFAULTS } from "./report/overview.js";
export { TO_SVG_DEFAULTS } from "./report/svg.js";
export { TO_GRAPH_DEFAULTS } from "./report/to-graph.js";
export {
  COMPARE_ECOSYSTEMS_DEFAULTS,
  COMPARE_EFFICIENCY_SOURCES,
  COMPARE_EXACT_EFFICIENCY_LIMIT,
} from "./scenario/compare-ecosystems.js";
export {
  AUTO_EFFICIENCY_SOURCES,
  EXACT_EFFICIENCY_LIMIT,
  SIMULATE_REMOVAL_DEFAULTS,
} from "./scenario/simulate-removal.js";
export {
  TIMELINE_DEFAULTS,
  TIMELINE_EFFICIENCY_SOURCES,
  TIMELINE_EXACT_EFFICIENCY_LIMIT,
  TIMELINE_SEVERITY_BANDS,
} from "./scenario/snapshot.js";
export { FIND_SPREAD_SEEDS_DEFAULTS } from "./spread/find-spread-seeds.js";
export { SPREAD_MODEL_DEFAULTS } from "./spread/options.js";
export { SIMULATE_SPREAD_DEFAULTS } from "./spread/simulate-spread.js";
export { SPREAD_GAIN_DEFAULTS } from "./spread/spread-gain.js";
export { WEIGHT_UNIT_PROBABILITY } from "./spread/spread-graph.js";
export { TO_SPREAD_MARKDOWN_DEFAULTS } from "./spread/spread-markdown.js";
export { LIST_SHOWN } from "./text/message.js";
export { EXHAUSTIVE_CANDIDATE_LIMIT } from "./weave/candidates.js";
export { DISTANCE_MATRIX_MAX_ORDER } from "./weave/distance-matrix.js";
export { SAMPLED_EFFICIENCY_GAIN_DEFAULTS } from "./weave/efficiency-gain.js";
export { EXACT_GAIN_PAIR_BUDGET } from "./weave/exact-gain-work.js";
export { LOOKAHEAD_TIE_LIMIT } from "./weave/network-figures.js";
export { PLAN_WEAVING_DEFAULTS } from "./weave/plan-weaving.js";
export {
  EXACT_GAIN_LIMIT,
  GAP_VALUE_TOLERANCE,
  SHORTLIST_SIZE,
  SUGGEST_CONNECTIONS_DEFAULTS,
} from "./weave/suggest-connections.js";
