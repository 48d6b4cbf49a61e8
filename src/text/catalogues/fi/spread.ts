/**
 * Messages of the `spread` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SPREAD_EN } from "../en/spread.js";

export const SPREAD_FI: CataloguePart<typeof SPREAD_EN> = {};
