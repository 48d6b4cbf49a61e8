/**
 * Messages of the `report` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { REPORT_EN } from "../en/report.js";

export const REPORT_FI: CataloguePart<typeof REPORT_EN> = {};
