/**
 * Messages of the `spread` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SPREAD_EN } from "../en/spread.js";

export const SPREAD_SV: CataloguePart<typeof SPREAD_EN> = {};
