/**
 * Messages of the `spread` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SPREAD_EN } from "../en/spread.js";

function rolePlural(name: string): string {
  return `{${name}, select, developer {innovaatioiden kehittäjiä} upskiller {valmiuksien nostajia} funder {rahoittajia} other {roolin {${name}} toimijoita}}`;
}

const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} ja ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} ja ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} ja {moreRoles} muuta roolia}}`;

export const SPREAD_FI: CataloguePart<typeof SPREAD_EN> = {
  "spread.seed.reach":
    "{order, select, first {{actor}: aloittamalla tästä toimijasta innovaatio tavoittaa arviolta {gain, number, ::.#} toimijaa, enemmän kuin mistään muusta yksittäisestä toimijasta.} other {{actor}: tämän toimijan lisääminen tavoittaa arviolta {gain, number, ::.#} toimijaa enemmän kuin aiemmat lähtöpisteet (yhteensä {total, number, ::.#}).}}",
  "spread.seed.groups":
    "{groupCount, plural, =0 {{actor}: tämän toimijan lisääminen vie vain vähän kohti tavoitetta tavoittaa {share, number, ::percent} jokaisesta ryhmästä.} other {{actor}: tämän toimijan lisääminen vie ryhmiä {groups} kohti tavoitetta tavoittaa {share, number, ::percent} kustakin ryhmästä (+{gain, number, ::.##} ryhmää tavoitteessa).}}",
  "spread.tie.no-gain": "Yhteys toimijoiden {source} ja {target} välillä ei veisi innovaatiota pidemmälle.",
  "spread.tie.gain": `Yhteys toimijoiden {source} ja {target} välillä veisi innovaation arviolta {gain, number, ::.#} toimijalle lisää{roleCount, plural, =0 {} other {, enimmäkseen ${ROLES}}}{groupCount, plural, =0 {} other {; se tavoittaisi vähintään puolessa ajoista uutena: {groups}}}.`,
  "spread.role":
    "{role, select, developer {innovaatioiden kehittäjä} upskiller {valmiuksien nostaja} funder {rahoittaja} other {{role}}}",
  "spread.markdown.title": "Innovaation leviäminen",
  "spread.markdown.summary":
    "Lähtöpisteistä {seeds} innovaatio tavoittaa keskimäärin {reach, number, ::.##}{error, select, none {} other { ± {standardError, number, ::.##}}} toimijaa {actors} toimijasta ({model, select, threshold {lineaarinen kynnysmalli} other {riippumaton kaskadimalli}}, {runs} ajoa, siemen {seed}). Todennäköisyydet ovat oletuksia: vertaa niillä vaihtoehtoja, älä lue niitä ennusteena.",
  "spread.markdown.seeds": "Mistä aloittaa",
  "spread.markdown.byRole": "Tavoittavuus rooleittain",
  "spread.markdown.byGroup": "Tavoittavuus ryhmittäin ({group})",
  "spread.markdown.byStep": "Tavoittavuus askelittain",
  "spread.markdown.column.seed": "lähtöpiste",
  "spread.markdown.column.role": "rooli",
  "spread.markdown.column.gain": "lisäys",
  "spread.markdown.column.why": "miksi",
  "spread.markdown.column.actors": "toimijoita",
  "spread.markdown.column.expectedReach": "odotettu tavoittavuus",
  "spread.markdown.column.share": "tavoitettu osuus",
  "spread.markdown.column.reachedAtAll": "tavoitettu ylipäätään",
  "spread.markdown.column.step": "askel",
  "spread.markdown.column.meanReached": "tavoitettuja keskimäärin",
  "spread.markdown.noneReached": "Yhtäkään ryhmää ({group}) ei tavoiteta vähintään puolessa ajoista.",
  "spread.markdown.reached": "Tavoitetaan vähintään puolessa ajoista: {groups}.",
};
