/**
 * Messages of the `convene` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CONVENE_EN } from "../en/convene.js";

export const CONVENE_SV: CataloguePart<typeof CONVENE_EN> = {};
