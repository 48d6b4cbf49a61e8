/**
 * Messages of the `cli` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CLI_EN } from "../en/cli.js";

export const CLI_SV: CataloguePart<typeof CLI_EN> = {};
