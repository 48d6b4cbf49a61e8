/**
 * Messages of the `weave` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { WEAVE_EN } from "../en/weave.js";

export const WEAVE_SV: CataloguePart<typeof WEAVE_EN> = {};
