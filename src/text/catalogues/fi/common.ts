/**
 * Messages shared by every area, in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { COMMON_EN } from "../en/common.js";

export const COMMON_FI: CataloguePart<typeof COMMON_EN> = {
  "common.list.more": "{count} muuta",
};
