// Model

// Text: messages, catalogues and locale formatting
export { type Catalogue, CATALOGUES, type MessageId } from "./text/catalogue.js";
export { isLocale, type Locale, LOCALES, localeFromEnvironment } from "./text/locale.js";
export {
  formatMessage,
  LIST_SHOWN,
  type Message,
  type MessageParam,
  type MessageParams,
  type OrList,
} from "./text/message.js";
export { formatDate, formatNumber, formatPercent } from "./text/numbers.js";

// Datasets
export {
  FINNISH_REGIONS,
  GENERATE_DEFAULTS,
  type GeneratedRole,
  type GeneratedRolePair,
  type GenerateOptions,
  generateEcosystem,
  generateEcosystemData,
} from "./datasets/generate.js";
export { SAMPLE_ECOSYSTEM_NAME, sampleEcosystem, sampleEcosystemData } from "./datasets/sample-ecosystem.js";

// Import and export
export {
  type AffiliationDocument,
  type AffiliationMember,
  affiliationDocumentSchema,
  affiliationMemberSchema,
  fromAffiliations,
  type Initiative,
  initiativeSchema,
} from "./io/affiliations.js";
export {
  type CsvInput,
  type CsvOutput,
  detectSeparator,
  FROM_CSV_DEFAULTS,
  type FromCsvOptions,
  fromCsv,
  type Separator,
  SPREADSHEET_DEFAULTS,
  type SpreadsheetOptions,
  toCsv,
} from "./io/csv.js";
export { detectJsonFormat, type EcosystemFileFormat, formatFromFileName } from "./io/format.js";
export { fromGexf, toGexf } from "./io/gexf.js";
export { toGraphml } from "./io/graphml.js";
export {
  parseEcosystemJson,
  STRINGIFY_ECOSYSTEM_DEFAULTS,
  type StringifyEcosystemOptions,
  stringifyEcosystem,
} from "./io/json.js";
export {
  FROM_KUMU_DEFAULTS,
  type FromKumuOptions,
  fromKumu,
  fromKumuSheets,
  type KumuBlueprint,
  type KumuConnection,
  type KumuElement,
  type KumuSheets,
  toKumu,
  toKumuSheets,
} from "./io/kumu.js";

// Measures: structural holes and brokerage
export {
  type ActorBrokerage,
  BROKERAGE_DEFAULTS,
  type BrokerageGroupMoments,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRoles,
  brokerage,
} from "./metrics/brokerage.js";
export {
  constraint,
  effectiveSize,
  hierarchy,
  STRUCTURAL_HOLES_DEFAULTS,
  type StructuralHoleScores,
  type StructuralHolesOptions,
  structuralHoles,
} from "./metrics/structural-holes.js";

// Measures: cohesion and efficiency
export {
  averageClustering,
  CLUSTERING_DEFAULTS,
  type ClusteringOptions,
  localClustering,
  TRANSITIVITY_DEFAULTS,
  type TransitivityOptions,
  transitivity,
} from "./metrics/clustering.js";
export {
  COMMUNITIES_DEFAULTS,
  type CommunitiesOptions,
  type CommunitiesResult,
  communities,
  MODULARITY_DEFAULTS,
  type ModularityOptions,
  modularity,
  PARTITION_MEASURE_DEFAULTS,
  type Partition,
  type PartitionMeasureOptions,
  participationCoefficient,
  withinModuleDegree,
} from "./metrics/communities.js";
export {
  COMPONENTS_DEFAULTS,
  type ComponentsOptions,
  type ComponentsResult,
  components,
} from "./metrics/components.js";
export {
  CORE_NUMBERS_DEFAULTS,
  type CoreMode,
  type CoreNumbersOptions,
  coreNumbers,
} from "./metrics/core-numbers.js";
export {
  articulationPoints,
  type BridgeImpact,
  bridgeImpact,
  bridges,
  CUT_POINTS_DEFAULTS,
  type CutPointsOptions,
  type CutPointsResult,
  cutPoints,
  cutVertexImpact,
} from "./metrics/cut-points.js";
export {
  AVERAGE_DISTANCE_DEFAULTS,
  type AverageDistanceOptions,
  type AverageDistanceResult,
  averageDistance,
  GLOBAL_EFFICIENCY_DEFAULTS,
  type GlobalEfficiencyEstimate,
  type GlobalEfficiencyOptions,
  globalEfficiency,
  globalEfficiencyEstimate,
  LOCAL_EFFICIENCY_DEFAULTS,
  type LocalEfficiencyOptions,
  type LocalEfficiencyResult,
  localEfficiency,
} from "./metrics/efficiency.js";
export type { GroupBy, ResolvedGroups } from "./metrics/group-by.js";
export {
  assortativity,
  type EiIndexResult,
  eiIndex,
  GROUP_MEASURE_DEFAULTS,
  type GroupMeasureOptions,
  MIXING_DEFAULTS,
  type MixingMatrixResult,
  type MixingOptions,
  mixingMatrix,
} from "./metrics/groups.js";
export {
  commonNeighbors,
  LINK_PREDICTION_DEFAULTS,
  type LinkPredictionMethod,
  type LinkPredictionOptions,
  type LinkPredictionRow,
  linkPrediction,
} from "./metrics/link-prediction.js";
export {
  type ActorAttributes,
  buildEcosystem,
  createEcosystem,
  type Ecosystem,
  type EcosystemAttributes,
  ecosystemRoles,
  type TieAttributes,
  toEcosystemData,
} from "./model/ecosystem.js";
export {
  EcosystemValidationError,
  EcoweaveError,
  formatIssues,
  InvalidOptionError,
  type IssueCounts,
  MAX_LISTED_ISSUES,
  NotApplicableError,
  type ValidationIssue,
} from "./model/errors.js";
export { ecosystemJsonSchema } from "./model/json-schema.js";
export {
  BUILT_IN_ROLES,
  BUILT_IN_TIE_KINDS,
  DIRECTED_TIE_KINDS,
  isTieDirected,
  resolveRoles,
} from "./model/roles.js";
export {
  type Actor,
  type AttributeValue,
  actorSchema,
  type EcosystemData,
  ecosystemSchema,
  type Role,
  type RoleLabels,
  roleLabelsSchema,
  roleSchema,
  type Tie,
  tieSchema,
} from "./model/schema.js";
export { type ValidationResult, validateEcosystem } from "./model/validate.js";
export { createView, type EcosystemView, VIEW_DEFAULTS, type ViewOptions } from "./model/view.js";
export { getView } from "./model/view-cache.js";

// Measures: centrality, groups, communities, link prediction
export {
  type ActorCentrality,
  BETWEENNESS_DEFAULTS,
  type BetweennessOptions,
  betweenness,
  CENTRALITY_DEFAULTS,
  type CentralityOptions,
  type CentralityResult,
  CLOSENESS_DEFAULTS,
  type ClosenessOptions,
  centrality,
  type DegreeCentralityOptions,
  closeness,
  degreeCentrality,
  EIGENVECTOR_DEFAULTS,
  type EigenvectorOptions,
  eigenvector,
  PAGERANK_DEFAULTS,
  type PagerankOptions,
  pagerank,
} from "./metrics/centrality.js";

// Measures: edge betweenness, cohesion blocks and connectivity, directed variants, assortativity
export {
  EDGE_BETWEENNESS_DEFAULTS,
  type EdgeBetweennessOptions,
  edgeBetweenness,
  type TieBetweenness,
} from "./metrics/edge-betweenness.js";
export type { ActorSubsetOptions } from "./metrics/actor-subset.js";
export type { Multiplicity, MultiplicityOptions } from "./metrics/tie-multiplicity.js";
export type { PathWeights } from "./metrics/path-dependencies.js";
export {
  DEGREE_ASSORTATIVITY_DEFAULTS,
  type DegreeAssortativityOptions,
  type DegreeEnd,
  degreeAssortativity,
  type NumericAssortativityOptions,
  numericAssortativity,
} from "./metrics/assortativity.js";
export {
  BICONNECTED_DEFAULTS,
  type BiconnectedOptions,
  type BiconnectedResult,
  biconnectedComponents,
} from "./metrics/biconnected.js";
export { K_COMPONENTS_DEFAULTS, type KComponentsOptions, kComponents } from "./metrics/k-components.js";
export {
  LOCAL_CONSTRAINT_DEFAULTS,
  type LocalConstraintOptions,
  localConstraint,
} from "./metrics/local-constraint.js";
export {
  minimumNodeCut,
  NODE_CONNECTIVITY_DEFAULTS,
  type NodeConnectivityOptions,
  nodeConnectivity,
} from "./metrics/node-connectivity.js";
export { type StrongComponentsOptions, stronglyConnectedComponents } from "./metrics/strong-components.js";

// Answers: structural gaps
export {
  FIND_STRUCTURAL_GAPS_DEFAULTS,
  type FindStructuralGapsOptions,
  findStructuralGaps,
} from "./gaps/find-structural-gaps.js";
export { HANGING_WEIGHT, NOTE_LOSS, SEVERITY_HALF_LOSS, severityOfLoss } from "./gaps/severity.js";
export {
  type CoverageEvidence,
  type EndingTie,
  type FragmentationEvidence,
  gapId,
  type NeedLoss,
  type RolePairEvidence,
  type SiloedCommunityEvidence,
  type SinglePointOfFailureEvidence,
  STRUCTURAL_GAP_KINDS,
  type StructuralGap,
  type StructuralGapEvidence,
  type StructuralGapKind,
  type StructuralGapOf,
  type TiesEndingEvidence,
} from "./gaps/types.js";

// Answers: bridge actors and the network's stage
export {
  AUTO_BETWEENNESS_PIVOTS,
  type BetweennessSample,
  EXACT_BETWEENNESS_LIMIT,
} from "./brokers/betweenness-sample.js";
export {
  DIAGNOSE_STAGE_DEFAULTS,
  type DiagnoseStageOptions,
  diagnoseStage,
  type NetworkStage,
  type StageDiagnosis,
  type StageEvidence,
} from "./brokers/diagnose-stage.js";
export { STAGE_NAME_IDS, stageName } from "./brokers/stage-reasons.js";
export {
  BRIDGE_WEIGHTS_DEFAULTS,
  type BridgeActor,
  type BridgeBrokerage,
  type BridgeNeedLost,
  type BridgeParts,
  type BridgeWeights,
  type CarriedTie,
  FIND_BRIDGE_ACTORS_DEFAULTS,
  type FindBridgeActorsOptions,
  findBridgeActors,
} from "./brokers/find-bridge-actors.js";

// Answers: key players and weaver candidates
export {
  findKeyPlayers,
  KEY_PLAYER_OBJECTIVES,
  KEY_PLAYERS_DEFAULTS,
  type KeyPlayerObjective,
  type KeyPlayersOptions,
  type KeyPlayersResult,
} from "./brokers/key-players.js";
export {
  findWeaverCandidates,
  WEAVER_CANDIDATES_DEFAULTS,
  type WeaverCandidate,
  type WeaverCandidatesOptions,
  type WeaverCandidatesResult,
  type WeaverHost,
} from "./brokers/weaver-candidates.js";

// Spread of innovations: cascades, where to start, which ties carry further
export {
  FIND_SPREAD_SEEDS_DEFAULTS,
  type FindSpreadSeedsOptions,
  findSpreadSeeds,
  type SpreadObjective,
  type SpreadSeed,
  type SpreadSeedGroupRow,
  type SpreadSeedsResult,
} from "./spread/find-spread-seeds.js";
export {
  SPREAD_MODEL_DEFAULTS,
  SPREAD_MODELS,
  type SpreadModel,
  type SpreadModelOptions,
  type SpreadProbability,
} from "./spread/options.js";
export type { SpreadMessageId, SpreadReason } from "./spread/reasons.js";
export {
  SIMULATE_SPREAD_DEFAULTS,
  type SimulateSpreadOptions,
  type SpreadGroupRow,
  type SpreadSimulation,
  simulateSpread,
} from "./spread/simulate-spread.js";
export {
  SPREAD_GAIN_DEFAULTS,
  type SpreadGainOptions,
  type SpreadGainResult,
  type SpreadGroupGain,
  type SpreadTieCandidate,
  type SpreadTieGain,
  spreadGain,
} from "./spread/spread-gain.js";
export { WEIGHT_UNIT_PROBABILITY } from "./spread/spread-graph.js";
export {
  TO_SPREAD_MARKDOWN_DEFAULTS,
  type ToSpreadMarkdownOptions,
  toSpreadMarkdown,
} from "./spread/spread-markdown.js";

// Weaving: the distance engine
export {
  addTie,
  createDistanceMatrix,
  DISTANCE_MATRIX_MAX_ORDER,
  type DistanceMatrix,
  globalEfficiencyOf,
  hopDistance,
  UNREACHABLE,
} from "./weave/distance-matrix.js";
export {
  type EfficiencyGain,
  efficiencyGain,
  SAMPLED_EFFICIENCY_GAIN_DEFAULTS,
  type SampledEfficiencyGain,
  type SampledEfficiencyGainOptions,
  sampledEfficiencyGain,
} from "./weave/efficiency-gain.js";

// Answers: weaver connections
export { EXHAUSTIVE_CANDIDATE_LIMIT } from "./weave/candidates.js";
export type { GapClosure } from "./weave/gap-remedies.js";
export type { NetworkFigures } from "./weave/network-figures.js";
export {
  PLAN_WEAVING_DEFAULTS,
  type PlanGapChanges,
  type PlanWeavingOptions,
  planWeaving,
  type WeavingObjective,
  type WeavingPlan,
  type WeavingStep,
} from "./weave/plan-weaving.js";
export type { WeaverEvidence, WeaverScoreComponents } from "./weave/score-components.js";
export type { PlanSpread, WeavingSpreadOptions } from "./weave/spread-objective.js";
export {
  WEAVER_STRATEGIES,
  WEAVER_STRATEGY_NAMES,
  type WeaverStrategy,
  type WeaverWeights,
} from "./weave/strategies.js";
export {
  EXACT_GAIN_LIMIT,
  SHORTLIST_SIZE,
  GAP_VALUE_TOLERANCE,
  SUGGEST_CONNECTIONS_DEFAULTS,
  type SuggestConnectionsOptions,
  suggestConnections,
  type WeaverSuggestion,
  type WeavingScope,
} from "./weave/suggest-connections.js";
export {
  type IntroductionKind,
  type ProposedTieKind,
  proposedTieKind,
} from "./weave/tie-proposal.js";

// Peer learning
export type {
  PeerLearningPair,
  PeerLearningRule,
  PeerLearningScore,
  PeerLearningViolation,
} from "./convene/evaluate.js";
export {
  EXACT_SEATING_LIMIT,
  PEER_LEARNING_DEFAULTS,
  PEER_LEARNING_WEIGHTS,
  type ParticipantSelection,
  type PeerLearningHost,
  type PeerLearningOptions,
  type PeerLearningWeights,
} from "./convene/options.js";
export {
  type PeerLearningPlan,
  type PeerLearningSeat,
  type PeerLearningSession,
  type PeerLearningTable,
  planPeerLearning,
} from "./convene/plan-peer-learning.js";
export type { PeerLearningMessage } from "./convene/reasons.js";
export {
  type PeerLearningChangesOptions,
  type PeerLearningTieChange,
  peerLearningChanges,
} from "./convene/scenario-changes.js";
export { scorePeerLearning } from "./convene/score-peer-learning.js";

// Scenarios and time
export { applyScenario } from "./scenario/apply-scenario.js";
export {
  type BridgeChange,
  COMPARE_ECOSYSTEMS_DEFAULTS,
  COMPARE_EFFICIENCY_SOURCES,
  COMPARE_EXACT_EFFICIENCY_LIMIT,
  type CompareEcosystemsOptions,
  type ComparisonFigures,
  compareEcosystems,
  type EcosystemComparison,
  type GapChange,
  type RolePairChange,
  type RolePairMixing,
  type TieChange,
} from "./scenario/compare-ecosystems.js";
export {
  type ActorUpdate,
  type PlanSteps,
  parseScenario,
  type ReadonlyDeep,
  SCENARIO_OPS,
  type Scenario,
  type ScenarioChange,
  type ScenarioOp,
  type ScenarioValidationResult,
  scenarioChangeSchema,
  scenarioJsonSchema,
  scenarioSchema,
  validateScenario,
} from "./scenario/scenario-schema.js";
export {
  AUTO_EFFICIENCY_SOURCES,
  EXACT_EFFICIENCY_LIMIT,
  type RemovalChooser,
  type RemovalMeasures,
  type RemovalPool,
  type RemovalSimulation,
  type RemovalState,
  type RemovalStep,
  type RemovalStrategyName,
  SIMULATE_REMOVAL_DEFAULTS,
  type SimulateRemovalOptions,
  simulateRemoval,
} from "./scenario/simulate-removal.js";
export {
  snapshot,
  TIMELINE_DEFAULTS,
  TIMELINE_EFFICIENCY_SOURCES,
  TIMELINE_EXACT_EFFICIENCY_LIMIT,
  TIMELINE_SEVERITY_BANDS,
  type TimelineDates,
  type TimelineGaps,
  type TimelineOptions,
  type TimelinePoint,
  type TimelineStep,
  timeline,
} from "./scenario/snapshot.js";

// Reports
export {
  ANALYZE_ECOSYSTEM_DEFAULTS,
  ANALYZE_PHASES,
  type AnalyzeEcosystemOptions,
  type AnalyzePhase,
  type AnalyzeProgress,
  type AnalyzeSettings,
  analyzeEcosystem,
  type EcosystemReport,
  type ReportActorRow,
  type ReportMixing,
} from "./report/analyze-ecosystem.js";
export { TO_HTML_DEFAULTS, type ToHtmlOptions, toHtml } from "./report/html.js";
export { TO_MARKDOWN_DEFAULTS, type ToMarkdownOptions, toMarkdown } from "./report/markdown.js";
export {
  type PeerLearningTextOptions,
  toPeerLearningCsv,
  toPeerLearningMarkdown,
} from "./report/peer-learning-markdown.js";
export {
  ECOSYSTEM_OVERVIEW_DEFAULTS,
  type EcosystemOverview,
  type EcosystemOverviewOptions,
  ecosystemOverview,
  type OverviewKindRow,
  type OverviewRoleRow,
} from "./report/overview.js";
export {
  type SvgSizeBy,
  type SvgSuggestedTie,
  TO_SVG_DEFAULTS,
  type ToSvgOptions,
  toSvg,
} from "./report/svg.js";
