/**
 * Messages of the `weave` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { WEAVE_EN } from "../en/weave.js";

export const WEAVE_FI: CataloguePart<typeof WEAVE_EN> = {};
