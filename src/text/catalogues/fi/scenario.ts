/**
 * Messages of the `scenario` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SCENARIO_EN } from "../en/scenario.js";

export const SCENARIO_FI: CataloguePart<typeof SCENARIO_EN> = {};
