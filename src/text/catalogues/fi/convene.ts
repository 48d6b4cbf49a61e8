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

/** One role (`rahoittaja`); a custom role by its id. */
function role(name: string): string {
  return `{${name}, select, developer {innovaatioiden kehittäjä} upskiller {valmiuksien nostaja} funder {rahoittaja} other {{${name}}}}`;
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
  "clinics.violation.size": "Kerta {session}, pöytä {table}: {seated} istujaa, sallittu {min}–{max}",
  "clinics.violation.role": `Kerta {session}, pöytä {table}: puuttuu {missingCount, select, 1 {${role("role1")}} 2 {${role("role1")} ja ${role("role2")}} 3 {${role("role1")}, ${role("role2")} ja ${role("role3")}} other {${role("role1")}, ${role("role2")}, ${role("role3")} ja {moreRoles} muuta roolia}}`,
  "clinics.violation.apart":
    "Kerta {session}, pöytä {table}: {first} ja {second} istuvat yhdessä, vaikka heidät pitää pitää erillään",
  "clinics.violation.repeat":
    "Kerta {session}, pöytä {table}: {first} ja {second} istuvat taas yhdessä (ensimmäisen kerran kerralla {firstSession})",
  "clinics.violation.balance":
    "Kerta {session}: pöydissä on {smallest}–{largest} istujaa; tasapainoisissa pöydissä ero on enintään 1",
  "clinics.violation.together":
    "Kerta {session}: {first} ja {second} istuvat eri pöydissä, vaikka heidän pitää istua yhdessä",
  "clinics.violation.host":
    "Kerta {session}: {actor} istuu pöydässä {table} eikä isännöimässään pöydässä {host}",
  "clinics.violation.sessions": "Istumajärjestyksessä on {count} kertaa, ei {expected}",
  "clinics.violation.tables": "Kerta {session}: {count} pöytää, ei {expected}",
  "clinics.violation.notParticipant": "Kerta {session}, pöytä {table}: {actor} ei ole osallistuja",
  "clinics.violation.twice": "Kerta {session}: {actor} istuu kahdesti",
  "clinics.violation.unseated":
    "Kerta {session}: {count, plural, one {# osallistuja} other {# osallistujaa}} ilman paikkaa ({shown}{more, select, yes {, …} other {}})",
  "clinics.markdown.title": "Vertaisoppimisen klinikat",
  "clinics.markdown.rulesBroken": "Rikotut säännöt:",
  "clinics.markdown.session": "Kerta {session}",
  "clinics.markdown.table": "Pöytä {table}",
  "clinics.markdown.host": "isäntä",
  "clinics.csv.host": "kyllä",
  "clinics.role":
    "{role, select, developer {innovaatioiden kehittäjä} upskiller {valmiuksien nostaja} funder {rahoittaja} other {{role}}}",
};
