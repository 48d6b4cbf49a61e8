/**
 * Which format a file holds, from its name and, for JSON, its content.
 *
 * @packageDocumentation
 */

import { checkText } from "../model/check-inputs.js";
import { EcoweaveError } from "../model/errors.js";
import { isPlainObject } from "./issues.js";

/** The file formats ecoweave reads or writes. */
export type EcosystemFileFormat =
  | "ecosystem-json"
  | "kumu-json"
  | "affiliations-json"
  | "gexf"
  | "graphml"
  | "csv"
  | "kumu-sheets";

/**
 * The format a file name announces, before its content is seen: `.kumu.json` → `kumu-json`, other
 * `.json` → `ecosystem-json` (refined by {@link detectJsonFormat}), `.gexf`, `.graphml`, a CSV named
 * `…actors.csv` or `…ties.csv` → `csv`, `elements.csv` or `connections.csv` → `kumu-sheets`.
 *
 * @remarks
 * Letter case of the extension is ignored. Time complexity: O(length of the name).
 * @param fileName - a file name or path.
 * @returns the format, or `undefined` when the name announces none.
 * @throws {@link EcoweaveError} `invalid_argument` when `fileName` is not a string.
 * @example
 * formatFromFileName("data/map.kumu.json"); // "kumu-json"
 * @category Import and export
 */
export function formatFromFileName(fileName: string): EcosystemFileFormat | undefined {
  checkText("formatFromFileName", "fileName", fileName);
  const name = (fileName.split(/[\\/]/).pop() ?? "").toLowerCase();
  if (name.endsWith(".kumu.json")) return "kumu-json";
  if (name.endsWith(".json")) return "ecosystem-json";
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml")) return "graphml";
  if (name.endsWith("actors.csv") || name.endsWith("ties.csv") || name.endsWith("roles.csv")) return "csv";
  if (name.endsWith("elements.csv") || name.endsWith("connections.csv")) return "kumu-sheets";
  return undefined;
}

/**
 * Which JSON document a parsed value is: a Kumu blueprint (`elements` or `connections`), an
 * affiliation document (`initiatives`), or an ecosystem document (`actors` or `ties`).
 *
 * @remarks
 * Time complexity: O(1).
 * @param value - parsed JSON.
 * @param fileName - the file name, for the error.
 * @returns the format.
 * @throws {@link EcoweaveError} `file_format_mismatch` when the value is none of them.
 * @throws {@link EcoweaveError} `invalid_argument` when `fileName` is not a string.
 * @example
 * detectJsonFormat({ elements: [], connections: [] }, "map.json"); // "kumu-json"
 * @category Import and export
 */
export function detectJsonFormat(
  value: unknown,
  fileName: string,
): "ecosystem-json" | "kumu-json" | "affiliations-json" {
  checkText("detectJsonFormat", "fileName", fileName);
  if (isPlainObject(value)) {
    if ("elements" in value || "connections" in value) return "kumu-json";
    if ("initiatives" in value) return "affiliations-json";
    if ("actors" in value || "ties" in value) return "ecosystem-json";
  }
  throw new EcoweaveError(
    "file_format_mismatch",
    `readEcosystemFile: ${fileName} is JSON but not an ecosystem (actors and ties), a Kumu blueprint (elements and connections) or affiliations (actors and initiatives)`,
  );
}
