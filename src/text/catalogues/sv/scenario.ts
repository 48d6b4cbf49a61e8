/**
 * Messages of the `scenario` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SCENARIO_EN } from "../en/scenario.js";
import { ACTORS, PLURAL } from "./phrases.js";

const TIES = (c: string) => `{${c}, plural, one {# band} other {# band}}`;
const GAPS = (c: string) => `{${c}, plural, one {# lucka} other {# luckor}}`;
const MOVED = "{direction, select, rose {steg} fell {sjönk} other {var oförändrad}}";

export const SCENARIO_SV: CataloguePart<typeof SCENARIO_EN> = {
  "scenario.summary.identical": "Inget ändrades: de två ekosystemen har samma aktörer och band.",
  "scenario.summary.actors": "Aktörer: {parts}.",
  "scenario.summary.actorsJoined": `${ACTORS("count")} tillkom ({names})`,
  "scenario.summary.actorsLeft": `${ACTORS("count")} lämnade ({names})`,
  "scenario.summary.actorsChanged": `${ACTORS("count")} ändrades ({names})`,
  "scenario.summary.ties": "Band: {parts}.",
  "scenario.summary.tiesMade": `${TIES("count")} knöts`,
  "scenario.summary.tiesBroken": `${TIES("count")} bröts`,
  "scenario.summary.tiesChanged": `${TIES("count")} ändrade styrka`,
  "scenario.summary.efficiency": `Effektiviteten ${MOVED}: {before, number, ::.###} → {after, number, ::.###}.`,
  "scenario.summary.components":
    "Komponenter: {before} före, {after} efter; den största rymmer {share, number, ::percent} av aktörerna ({shareBefore, number, ::percent} före).",
  "scenario.summary.constraint": `Den genomsnittliga begränsningen ${MOVED}: {before, number, ::.###} → {after, number, ::.###}.`,
  "scenario.summary.rolePairWithin": `Band mellan ${PLURAL("g")} inbördes: {before, number, ::.##} → {after, number, ::.##} av vad deras aktivitet förutsäger.`,
  "scenario.summary.rolePairBetween": `Band mellan ${PLURAL("g")} och ${PLURAL("h")}: {before, number, ::.##} → {after, number, ::.##} av vad deras aktivitet förutsäger.`,
  "scenario.summary.quoted": "”{title}”",
  "scenario.summary.gapsClosed": `${GAPS("count")} stängdes: {titles}.`,
  "scenario.summary.gapsOpened": `${GAPS("count")} öppnades: {titles}.`,
  "scenario.summary.gapsChanged": `${GAPS("count")} ändrade allvarlighetsgrad, mest ”{title}” ({before, number, ::.##} → {after, number, ::.##}).`,
  "scenario.summary.bridgesGained": "Nya bland de viktigaste brobyggarna: {names}.",
  "scenario.summary.bridgesLost": "Inte längre bland de viktigaste brobyggarna: {names}.",
  "scenario.summary.stage": "Fas: {before} före, {after} efter.",
};
