/**
 * The runtime check of a report argument, shared by the writers that take one.
 *
 * @packageDocumentation
 */
import { checkResult } from "../model/check-inputs.js";

/**
 * Throws unless `report` has the shape of an `analyzeEcosystem` result (its list sections are lists),
 * so `toHtml(eco, report)` or a report read back wrong names the function, not a TypeError inside.
 * @throws {@link EcoweaveError} `invalid_argument`.
 * @internal
 */
export function checkReport(fn: string, report: unknown): void {
  checkResult(fn, report, "a report", "analyzeEcosystem", ["gaps", "bridgeActors", "suggestions", "actors"]);
  checkResult(fn, (report as { overview: unknown }).overview, "a report's overview", "analyzeEcosystem", [
    "roles",
    "isolates",
  ]);
}
