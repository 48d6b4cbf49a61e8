/**
 * Messages of the `convene` area in Finnish (peer learning: vertaisoppiminen).
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CONVENE_EN } from "../en/convene.js";

function rolePlural(name: string): string {
  return `{${name}, select, developer {innovaatioiden kehittäjät} upskiller {valmiuksien nostajat} funder {rahoittajat} other {roolin {${name}} toimijat}}`;
}

const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} ja ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} ja ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} ja {moreRoles} muuta roolia}}`;

const NEED =
  "{need, select, developer {innovaatioiden kehittäjä} upskiller {valmiuksien nostaja} funder {rahoittaja} other {roolin {need} toimija}}";

export const CONVENE_FI: CataloguePart<typeof CONVENE_EN> = {
  "clinics.reason.firstContact": `{whom, select, one {{actor}} region {{region}: ${rolePlural("role")}} other {{count, plural, one {# toimija} other {# toimijaa}} (${rolePlural("role")})}}: ensimmäinen yhteys, {contact, select, direct {joka on ${NEED}} other {joka tuntee toimijan, joka on ${NEED}}}.`,
  "clinics.reason.separateParts":
    "Tuo samaan pöytään toimijoita {parts} verkoston osasta, joita mikään polku ei vielä yhdistä.",
  "clinics.reason.bypass":
    "Yhdistää toimijat {first} ja {second}, jotka tavoittavat nyt toisensa vain toimijan {through} kautta.",
  "clinics.reason.mix": `{newPairs, plural, one {# pari} other {# paria}} {pairs} parista tapaa ensimmäistä kertaa; pöydässä ovat ${ROLES} {regions, plural, one {# alueelta} other {# alueelta}} ja {communities, plural, one {# yhteisöstä} other {# yhteisöstä}}.`,
  "clinics.summary":
    "{sessions, plural, one {# tapaamiskerta} other {# tapaamiskertaa}}, {tables, plural, one {# pöytä} other {# pöytää}}, {participants, plural, one {# osallistuja} other {# osallistujaa}}: " +
    "{newPairs, plural, one {# pari tapaa} other {# paria tapaa}} ensimmäistä kertaa, niistä {crossCommunityPairs} yli yhteisörajojen ja {crossRegionPairs} yli aluerajojen. " +
    "Jos näistä tuttavuuksista tulisi yhteyksiä, {needsMet} / {needsUnmet, plural, one {# täyttymättömästä tarpeesta} other {# täyttymättömästä tarpeesta}} täyttyisi enintään {maxDistance, plural, one {# askeleen} other {# askeleen}} päässä." +
    "{repeats, select, unavoidable {{repeatedPairs, plural, one { Näin suuret pöydät näin monella kerralla tekevät toistoista väistämättömiä: # pari tapaa uudelleen.} other { Näin suuret pöydät näin monella kerralla tekevät toistoista väistämättömiä: # paria tapaa uudelleen.}}} other {}}" +
    "{violations, plural, =0 {} one { Kaikkia sääntöjä noudattavaa istumajärjestystä ei löytynyt: # sääntö rikkoutuu (ks. violations).} other { Kaikkia sääntöjä noudattavaa istumajärjestystä ei löytynyt: # sääntöä rikkoutuu (ks. violations).}}",
};
