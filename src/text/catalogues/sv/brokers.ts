/**
 * Messages of the `brokers` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { BROKERS_EN } from "../en/brokers.js";

export const BROKERS_SV: CataloguePart<typeof BROKERS_EN> = {};
