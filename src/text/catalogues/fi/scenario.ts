/**
 * Messages of the `scenario` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SCENARIO_EN } from "../en/scenario.js";
import { roleSelect } from "../role-forms.js";
import { ACTORS } from "./phrases.js";

const GENITIVE = (p: string) =>
  roleSelect(p, {
    developer: "innovaatioiden kehittäjien",
    upskiller: "valmiuksien nostajien",
    funder: "rahoittajien",
    other: `roolin {${p}} toimijoiden`,
  });
const TIES = (c: string) => `{${c}, plural, one {# yhteys} other {# yhteyttä}}`;
const GAPS = (c: string) => `{${c}, plural, one {# puute} other {# puutetta}}`;
const MOVED = "{direction, select, rose {nousi} fell {laski} other {pysyi ennallaan}}";

export const SCENARIO_FI: CataloguePart<typeof SCENARIO_EN> = {
  "scenario.summary.identical":
    "Mikään ei muuttunut: kummassakin ekosysteemissä on samat toimijat ja yhteydet.",
  "scenario.summary.actors": "Toimijat: {parts}.",
  "scenario.summary.actorsJoined": `${ACTORS("count")} tuli mukaan ({names})`,
  "scenario.summary.actorsLeft": `${ACTORS("count")} lähti ({names})`,
  "scenario.summary.actorsChanged": `${ACTORS("count")} muuttui ({names})`,
  "scenario.summary.ties": "Yhteydet: {parts}.",
  "scenario.summary.tiesMade": `${TIES("count")} syntyi`,
  "scenario.summary.tiesBroken": `${TIES("count")} katkesi`,
  "scenario.summary.tiesChanged": `${TIES("count")} muuttui vahvuudeltaan`,
  "scenario.summary.efficiency": `Verkoston tehokkuus ${MOVED}: {before, number, ::.###} → {after, number, ::.###}.`,
  "scenario.summary.components":
    "Komponentteja ennen {before}, jälkeen {after}; suurimmassa on {share, number, ::percent} toimijoista (ennen {shareBefore, number, ::percent}).",
  "scenario.summary.constraint": `Keskimääräinen rajoittuneisuus ${MOVED}: {before, number, ::.###} → {after, number, ::.###}.`,
  "scenario.summary.rolePairWithin": `Yhteydet ${GENITIVE("g")} kesken: {before, number, ::.##} → {after, number, ::.##} siitä, mitä aktiivisuus ennustaa.`,
  "scenario.summary.rolePairBetween": `Yhteydet ${GENITIVE("g")} ja ${GENITIVE("h")} välillä: {before, number, ::.##} → {after, number, ::.##} siitä, mitä aktiivisuus ennustaa.`,
  "scenario.summary.quoted": "”{title}”",
  "scenario.summary.gapsClosed": `${GAPS("count")} poistui: {titles}.`,
  "scenario.summary.gapsOpened": `${GAPS("count")} syntyi: {titles}.`,
  "scenario.summary.gapsChanged": `${GAPS("count")} muuttui vakavuudeltaan, eniten ”{title}” ({before, number, ::.##} → {after, number, ::.##}).`,
  "scenario.summary.bridgesGained": "Uusina tärkeimpien välittäjien joukossa: {names}.",
  "scenario.summary.bridgesLost": "Eivät enää tärkeimpien välittäjien joukossa: {names}.",
  "scenario.summary.stage": "Vaihe: ennen {before}, jälkeen {after}.",
};
