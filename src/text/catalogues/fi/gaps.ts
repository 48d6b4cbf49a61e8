/**
 * Messages of the `gaps` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { GAPS_EN } from "../en/gaps.js";

export const GAPS_FI: CataloguePart<typeof GAPS_EN> = {};
