/**
 * Messages shared by every area, in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { COMMON_EN } from "../en/common.js";

export const COMMON_SV: CataloguePart<typeof COMMON_EN> = {
  "common.list.more": "{count} till",
};
