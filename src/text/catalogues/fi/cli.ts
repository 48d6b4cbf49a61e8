/**
 * Messages of the `cli` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CLI_EN } from "../en/cli.js";

export const CLI_FI: CataloguePart<typeof CLI_EN> = {};
