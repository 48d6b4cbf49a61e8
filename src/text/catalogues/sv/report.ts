/**
 * Messages of the `report` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { REPORT_EN } from "../en/report.js";

export const REPORT_SV: CataloguePart<typeof REPORT_EN> = {};
