/**
 * The `ecoweave/report` entry: the whole analysis in one call (`analyzeEcosystem`) and the reports
 * written from it (HTML, Markdown, SVG with its force layout, peer-learning tables, the spread
 * section). Apart from the root so that the layout and the message catalogues load only for a report.
 *
 * @packageDocumentation
 */

export {
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
export { type ToHtmlOptions, toHtml } from "./report/html.js";
export { type LayoutEcosystemOptions, type LayoutPosition, layoutEcosystem } from "./report/layout.js";
export { type ToMarkdownOptions, toMarkdown } from "./report/markdown.js";
export {
  type EcosystemOverview,
  type EcosystemOverviewOptions,
  ecosystemOverview,
  type OverviewKindRow,
  type OverviewRoleRow,
} from "./report/overview.js";
export {
  type PeerLearningTextOptions,
  toPeerLearningCsv,
  toPeerLearningMarkdown,
} from "./report/peer-learning-markdown.js";
export { type SvgSizeBy, type SvgSuggestedTie, type ToSvgOptions, toSvg } from "./report/svg.js";
export {
  type GraphActorAttributes,
  type GraphReportAttributes,
  type GraphSizeBy,
  type GraphTieAttributes,
  type ReportGraph,
  type ToGraphOptions,
  toGraph,
} from "./report/to-graph.js";
export { type ToSpreadMarkdownOptions, toSpreadMarkdown } from "./spread/spread-markdown.js";
