/**
 * Messages of the `convene` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CONVENE_EN } from "../en/convene.js";

export const CONVENE_FI: CataloguePart<typeof CONVENE_EN> = {};
