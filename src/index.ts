/**
 * The `ecoweave` entry: the light core a browser app bundles (the model, the measures and the
 * answers). Readers and writers of files are in `ecoweave/io`, reports in `ecoweave/report`, every
 * function's defaults object and limits in `ecoweave/defaults`, files on disk in `ecoweave/node`.
 *
 * @packageDocumentation
 */

// Model

// Text: messages, catalogues and locale formatting
export { type Catalogue, CATALOGUES, type MessageId } from "./text/catalogue.js";
export { isLocale, type Locale, LOCALES, localeFromEnvironment } from "./text/locale.js";
export {
  formatMessage,
  type Message,
  type MessageParam,
  type MessageParams,
  type OrList,
} from "./text/message.js";
export { formatDate, formatNumber, formatPercent } from "./text/numbers.js";

// Datasets
export {
  FINNISH_REGIONS,
  type GeneratedRole,
  type GeneratedRolePair,
  type GenerateOptions,
  generateEcosystem,
  generateEcosystemData,
} from "./datasets/generate.js";
export { SAMPLE_ECOSYSTEM_NAME, sampleEcosystem, sampleEcosystemData } from "./datasets/sample-ecosystem.js";

// Measures: structural holes and brokerage
export {
  type ActorBrokerage,
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
  type StructuralHoleScores,
  type StructuralHolesOptions,
  structuralHoles,
} from "./metrics/structural-holes.js";

// Measures: cohesion and efficiency
export {
  averageClustering,
  type ClusteringOptions,
  localClustering,
  type TransitivityOptions,
  transitivity,
} from "./metrics/clustering.js";
export {
  type CommunitiesOptions,
  type CommunitiesResult,
  communities,
  type ModularityOptions,
  modularity,
  type Partition,
  type PartitionMeasureOptions,
  participationCoefficient,
  withinModuleDegree,
} from "./metrics/communities.js";
export { type ComponentsOptions, type ComponentsResult, components } from "./metrics/components.js";
export { type CoreMode, type CoreNumbersOptions, coreNumbers } from "./metrics/core-numbers.js";
export {
  articulationPoints,
  type BridgeImpact,
  bridgeImpact,
  bridges,
  type CutPointsOptions,
  type CutPointsResult,
  cutPoints,
  cutVertexImpact,
} from "./metrics/cut-points.js";
export {
  type AverageDistanceOptions,
  type AverageDistanceResult,
  averageDistance,
  type GlobalEfficiencyEstimate,
  type GlobalEfficiencyOptions,
  globalEfficiency,
  globalEfficiencyEstimate,
  type LocalEfficiencyOptions,
  type LocalEfficiencyResult,
  localEfficiency,
} from "./metrics/efficiency.js";
export type { GroupBy, ResolvedGroups } from "./metrics/group-by.js";
export {
  assortativity,
  type EiIndexResult,
  eiIndex,
  type GroupMeasureOptions,
  type MixingMatrixResult,
  type MixingOptions,
  mixingMatrix,
} from "./metrics/groups.js";
export {
  commonNeighbors,
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
export { createView, type EcosystemView, type ViewOptions } from "./model/view.js";
export { getView } from "./model/view-cache.js";

// Measures: centrality, groups, communities, link prediction
export {
  type ActorCentrality,
  type BetweennessOptions,
  betweenness,
  type CentralityOptions,
  type CentralityResult,
  type ClosenessOptions,
  centrality,
  type DegreeCentralityOptions,
  closeness,
  degreeCentrality,
  type EigenvectorOptions,
  eigenvector,
  type PagerankOptions,
  pagerank,
} from "./metrics/centrality.js";

// Measures: edge betweenness, cohesion blocks and connectivity, directed variants, assortativity
export {
  type EdgeBetweennessOptions,
  edgeBetweenness,
  type TieBetweenness,
} from "./metrics/edge-betweenness.js";
export type { ActorSubsetOptions } from "./metrics/actor-subset.js";
export type { WorkersOptions } from "./metrics/workers-option.js";
export type { Multiplicity, MultiplicityOptions } from "./metrics/tie-multiplicity.js";
export type { PathWeights } from "./metrics/path-dependencies.js";
export {
  type DegreeAssortativityOptions,
  type DegreeEnd,
  degreeAssortativity,
  type NumericAssortativityOptions,
  numericAssortativity,
} from "./metrics/assortativity.js";
export {
  type BiconnectedOptions,
  type BiconnectedResult,
  biconnectedComponents,
} from "./metrics/biconnected.js";
export { type KComponentsOptions, kComponents } from "./metrics/k-components.js";
export { type LocalConstraintOptions, localConstraint } from "./metrics/local-constraint.js";
export {
  minimumNodeCut,
  type NodeConnectivityOptions,
  nodeConnectivity,
} from "./metrics/node-connectivity.js";
export { type StrongComponentsOptions, stronglyConnectedComponents } from "./metrics/strong-components.js";

// Answers: structural gaps
export { type FindStructuralGapsOptions, findStructuralGaps } from "./gaps/find-structural-gaps.js";
export { severityOfLoss } from "./gaps/severity.js";
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
export type { BetweennessSample } from "./brokers/betweenness-sample.js";
export {
  type DiagnoseStageOptions,
  diagnoseStage,
  type NetworkStage,
  type StageDiagnosis,
  type StageEvidence,
} from "./brokers/diagnose-stage.js";
export { STAGE_NAME_IDS, stageName } from "./brokers/stage-reasons.js";
export {
  type BridgeActor,
  type BridgeBrokerage,
  type BridgeNeedLost,
  type BridgeParts,
  type BridgeWeights,
  type CarriedTie,
  type FindBridgeActorsOptions,
  findBridgeActors,
} from "./brokers/find-bridge-actors.js";

// Answers: key players and weaver candidates
export {
  findKeyPlayers,
  KEY_PLAYER_OBJECTIVES,
  type KeyPlayerObjective,
  type KeyPlayersOptions,
  type KeyPlayersResult,
} from "./brokers/key-players.js";
export {
  findWeaverCandidates,
  type WeaverCandidate,
  type WeaverCandidatesOptions,
  type WeaverCandidatesResult,
  type WeaverHost,
} from "./brokers/weaver-candidates.js";

// Spread of innovations: cascades, where to start, which ties carry further
export {
  type FindSpreadSeedsOptions,
  findSpreadSeeds,
  type SpreadObjective,
  type SpreadSeed,
  type SpreadSeedGroupRow,
  type SpreadSeedsResult,
} from "./spread/find-spread-seeds.js";
export {
  SPREAD_MODELS,
  type SpreadModel,
  type SpreadModelOptions,
  type SpreadProbability,
} from "./spread/options.js";
export type { SpreadMessageId, SpreadReason } from "./spread/reasons.js";
export {
  type SimulateSpreadOptions,
  type SpreadGroupRow,
  type SpreadSimulation,
  simulateSpread,
} from "./spread/simulate-spread.js";
export {
  type SpreadGainOptions,
  type SpreadGainResult,
  type SpreadGroupGain,
  type SpreadTieCandidate,
  type SpreadTieGain,
  spreadGain,
} from "./spread/spread-gain.js";

// Weaving: the distance engine
export {
  addTie,
  createDistanceMatrix,
  type DistanceMatrix,
  globalEfficiencyOf,
  hopDistance,
  UNREACHABLE,
} from "./weave/distance-matrix.js";
export {
  type EfficiencyGain,
  efficiencyGain,
  type SampledEfficiencyGain,
  type SampledEfficiencyGainOptions,
  sampledEfficiencyGain,
} from "./weave/efficiency-gain.js";

// Answers: weaver connections
export type { GapClosure } from "./weave/gap-remedies.js";
export type { NetworkFigures } from "./weave/network-figures.js";
export {
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
  type SuggestConnectionsOptions,
  suggestConnections,
  type WeaverSuggestion,
  type WeavingScope,
} from "./weave/suggest-connections.js";
export { proposedTieKind, type IntroductionKind, type ProposedTieKind } from "./weave/tie-proposal.js";

// Peer learning
export type {
  PeerLearningPair,
  PeerLearningRule,
  PeerLearningScore,
  PeerLearningViolation,
} from "./convene/evaluate.js";
export type {
  ParticipantSelection,
  PeerLearningHost,
  PeerLearningOptions,
  PeerLearningWeights,
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
  type RemovalChooser,
  type RemovalMeasures,
  type RemovalPool,
  type RemovalSimulation,
  type RemovalState,
  type RemovalStep,
  type RemovalStrategyName,
  type SimulateRemovalOptions,
  simulateRemoval,
} from "./scenario/simulate-removal.js";
export {
  snapshot,
  type TimelineDates,
  type TimelineGaps,
  type TimelineOptions,
  type TimelinePoint,
  type TimelineStep,
  timeline,
} from "./scenario/snapshot.js";
