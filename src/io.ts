/**
 * The `ecoweave/io` entry: readers and writers of ecosystem files (JSON, CSV, Kumu, GEXF, GraphML,
 * affiliation documents). Apart from the root so that a browser app that builds its ecosystem in
 * code does not bundle an XML parser and a CSV parser it never calls.
 *
 * @packageDocumentation
 */
export {
  type AffiliationDocument,
  type AffiliationMember,
  affiliationDocumentSchema,
  affiliationMemberSchema,
  fromAffiliations,
  type Initiative,
  initiativeSchema,
} from "./io/affiliations.js";
export { type AssignedValue, type AssignToOptions, assignTo, type PerActorResult } from "./io/assign.js";
export {
  type CsvInput,
  type CsvOutput,
  detectSeparator,
  type FromCsvOptions,
  fromCsv,
  type Separator,
  type SpreadsheetOptions,
  toCsv,
} from "./io/csv.js";
export { detectJsonFormat, type EcosystemFileFormat, formatFromFileName } from "./io/format.js";
export { fromGexf, toGexf } from "./io/gexf.js";
export { toGraphml } from "./io/graphml.js";
export { fromGraphml } from "./io/graphml-reader.js";
export { parseEcosystemJson, type StringifyEcosystemOptions, stringifyEcosystem } from "./io/json.js";
export {
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
