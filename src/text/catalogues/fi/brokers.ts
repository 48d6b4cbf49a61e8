/**
 * Messages of the `brokers` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { BROKERS_EN } from "../en/brokers.js";

export const BROKERS_FI: CataloguePart<typeof BROKERS_EN> = {};
