/**
 * Messages of the `gaps` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { GAPS_EN } from "../en/gaps.js";

export const GAPS_SV: CataloguePart<typeof GAPS_EN> = {};
