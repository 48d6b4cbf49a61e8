/**
 * Messages of the `scenario` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SCENARIO_EN } from "../en/scenario.js";

export const SCENARIO_SV: CataloguePart<typeof SCENARIO_EN> = {};
