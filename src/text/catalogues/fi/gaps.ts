/**
 * Messages of the `gaps` area in Finnish. Actor labels stay in the nominative after a noun that takes
 * the case (`toimijan X ympärillä`, `Toimijalla X ei ole`), so labels from the data are never inflected.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { GAPS_EN } from "../en/gaps.js";
import { roleCount, roleSelect } from "../role-forms.js";
import { ACTORS } from "./phrases.js";

const PARTITIVE = (p: string) =>
  roleSelect(p, {
    developer: "innovaatioiden kehittäjää",
    upskiller: "valmiuksien nostajaa",
    funder: "rahoittajaa",
    other: `roolin {${p}} toimijaa`,
  });
const NOMINATIVE = (p: string) =>
  roleSelect(p, {
    developer: "innovaatioiden kehittäjä",
    upskiller: "valmiuksien nostaja",
    funder: "rahoittaja",
    other: `roolin {${p}} toimija`,
  });
const PLURAL = (p: string) =>
  roleSelect(p, {
    developer: "innovaatioiden kehittäjät",
    upskiller: "valmiuksien nostajat",
    funder: "rahoittajat",
    other: `roolin {${p}} toimijat`,
  });
const COUNT = (c: string, p: string) =>
  roleCount(
    c,
    p,
    {
      developer: "innovaatioiden kehittäjä",
      upskiller: "valmiuksien nostaja",
      funder: "rahoittaja",
      other: `toimija (rooli {${p}})`,
    },
    {
      developer: "innovaatioiden kehittäjää",
      upskiller: "valmiuksien nostajaa",
      funder: "rahoittajaa",
      other: `toimijaa (rooli {${p}})`,
    },
  );
const WITHIN =
  "{maxDistance, plural, =1 {suorien kontaktien joukossa} =2 {kontaktien tai niiden kontaktien joukossa} other {# askeleen säteellä}}";
const GROUP = (capital: boolean) =>
  `{kind, select, role {${roleSelect("group", {
    developer: capital ? "Innovaatioiden kehittäjät" : "innovaatioiden kehittäjät",
    upskiller: capital ? "Valmiuksien nostajat" : "valmiuksien nostajat",
    funder: capital ? "Rahoittajat" : "rahoittajat",
    other: `${capital ? "R" : "r"}oolin {group} toimijat`,
  })}} attribute {${capital ? "T" : "t"}oimijat, joiden {attribute} on {group}} other {${capital ? "R" : "r"}yhmän {group} toimijat}}`;
const EXPECTED = "{expected, number, ::.#} {expected, plural, one {yhteys} other {yhteyttä}}";
const UNCONNECTED = "{unconnected, plural, =0 {.} other {: {names}.}}";
const COMMUNITY = `Toimijan {hub} ympärille muodostunut yhteisö (${ACTORS("size")})`;
const CHANCE = "(näin suuren vajeen todennäköisyys sattumalta: {chance})";

export const GAPS_FI: CataloguePart<typeof GAPS_EN> = {
  "gaps.group.subject": GROUP(true),
  "gaps.group.object": GROUP(false),

  "gaps.coverage.title": `${COUNT("total", "role")}: {without} ei tavoita ${PARTITIVE("needs")} {maxDistance} askeleen säteellä`,
  "gaps.coverage.titleBy": `${COUNT("total", "role")}, joiden {attribute} on {value}: {without} ei tavoita ${PARTITIVE("needs")} {maxDistance} askeleen säteellä`,
  "gaps.coverage.detail": `{count, plural, one {Toimijalla} other {Toimijoilla}} {actors} ei ole ${PARTITIVE("needs")} ${WITHIN}, vaikka ${PLURAL("role")} tarvitsevat ${PARTITIVE("needs")}.{counted}`,
  "gaps.coverage.detailAbsent": `Ekosysteemissä ei ole lainkaan ${PARTITIVE("needs")}, joten yksikään ${NOMINATIVE("role")} ei voi tavoittaa sellaista: {actors}.{counted}`,
  "gaps.coverage.countedAll":
    " Jokainen näistä toimijoista on mukana tarkemmassa puutteessa; tämä rivi on niiden yhteismäärä.",
  "gaps.coverage.countedSome":
    " {elsewhere} näistä toimijoista on mukana tarkemmissa puutteissa, joten tämä rivi asettuu järjestykseen muiden {rest} mukaan.",

  "gaps.fragmentation.component.title": `${ACTORS("size")} toimijan {hub} ympärillä on irti pääverkostosta`,
  "gaps.fragmentation.component.detail": `Toimijat {members} ovat yhteydessä toisiinsa, mutta niiltä ei ole polkua verkoston suurimpaan yhtenäiseen osaan (${ACTORS("largest")}).{unmet}`,
  "gaps.fragmentation.isolates.title":
    "{count, plural, one {# toimijalla} other {# toimijalla}} ei ole yhtään yhteyttä",
  "gaps.fragmentation.isolates.detail":
    "{count, plural, one {Toimijalla} other {Toimijoilla}} {actors} ei ole yhtään yhteyttä tarkastelluissa suhteissa, joten kukaan verkostossa ei tavoita {count, plural, one {sitä} other {niitä}}.",

  "gaps.needs.unmet": " {maxDistance} askeleen säteellä {parts}.",
  "gaps.needs.unmetFirst": `{count} näistä toimijoista ei tavoita ${PARTITIVE("needs")}`,
  "gaps.needs.unmetMore": `{count} ei tavoita ${PARTITIVE("needs")}`,

  "gaps.singlePoint.actor.title": `Toimija {actor} yksin yhdistää {cutOff, plural, one {# toimijan} other {# toimijaa}} muuhun verkostoon{lost}`,
  "gaps.singlePoint.actor.detail": `Jos toimija {actor} lähtisi, ${ACTORS("cutOff")}{listed} menettäisi kaikki polut muuhun verkoston osaansa (${ACTORS("componentSize")}); kukaan muu ei yhdistä niitä.{lost}{bypass}`,
  "gaps.singlePoint.actor.bypass": ` Toimijassa {actor} kohtaa {blocks} lohkoa (ryhmiä, joita yhdenkään toimijan lähtö ei hajota; suurimmassa on ${ACTORS("largest")}): {bypass, plural, one {yksi uusi yhteys} other {# uutta yhteyttä}} niiden välille toimijan {actor} ohi riittäisi siihen, ettei kukaan enää riippuisi yksin siitä.`,
  "gaps.singlePoint.tie.title": `Toimijoiden {a} ja {b} välinen yhteys on ainoa linkki, joka pitää mukana ${ACTORS("cutOff")}{lost}`,
  "gaps.singlePoint.tie.detail": `Jos toimijoiden {a} ja {b} välinen yhteys päättyisi, ${ACTORS("cutOff")}{listed} toisella puolella menettäisi kaikki polut toisen puolen toimijoihin (${ACTORS("rest")}).{lost}{bypass}`,
  "gaps.singlePoint.tie.bypass": ` Sen päiden suurimmissa lohkoissa (ryhmissä, joita yhdenkään toimijan lähtö ei hajota) on ${ACTORS("sizeA")} toimijan {a} puolella ja ${ACTORS("sizeB")} toimijan {b} puolella: yksi uusi yhteys puolten välille (jokin muu kuin tämä) riittäisi siihen, ettei kukaan enää riippuisi siitä.`,
  "gaps.singlePoint.listed": " ({actors})",
  "gaps.singlePoint.lostTitle": "; {count} niistä menettäisi ainoan yhteytensä {roles}",
  "gaps.singlePoint.lostDetail": " {count} niistä menettäisi ainoan yhteytensä {roles}.",

  "gaps.rolePair.neverWithin": `{a}: ei yhtään keskinäistä yhteyttä, vaikka aktiivisuuden perusteella odotettaisiin ${EXPECTED}`,
  "gaps.rolePair.neverBetween": `{a} ja {b}: ei yhtään yhteyttä välillään, vaikka aktiivisuuden perusteella odotettaisiin ${EXPECTED}`,
  "gaps.rolePair.lessWithin":
    "{a}: keskinäisiä yhteyksiä {times, number, ::.#} kertaa vähemmän kuin aktiivisuus ennustaa",
  "gaps.rolePair.lessBetween":
    "{a} ja {b}: yhteyksiä välillään {times, number, ::.#} kertaa vähemmän kuin aktiivisuus ennustaa",
  "gaps.rolePair.detailWithin": `Niillä on keskenään {observed, plural, one {# yhteys} other {# yhteyttä}}, kun satunnaisesti jakautuvilla yhteyksillä odotettaisiin noin ${EXPECTED} ${CHANCE}. {total} toimijasta {unconnected} ei ole yhteydessä yhteenkään toiseen ryhmän jäseneen${UNCONNECTED}`,
  "gaps.rolePair.detailBetween": `Ryhmien välillä on {observed, plural, one {# yhteys} other {# yhteyttä}}, kun satunnaisesti jakautuvilla yhteyksillä odotettaisiin noin ${EXPECTED} ${CHANCE}. {total} toimijasta {unconnected} ei ole yhteydessä toiseen ryhmään${UNCONNECTED}`,
  "gaps.rolePair.chance":
    "{band, select, tiny {alle 0,1 %} small {alle 1 %} other {{share, number, ::percent}}}",

  "gaps.siloed.title.closed": `${COMMUNITY} pitää {inside, number, ::percent} yhteyksistään sisällään`,
  "gaps.siloed.title.missing": `${COMMUNITY}: jäsenten tai niiden kontaktien joukossa ei ole {missing}`,
  "gaps.siloed.title.both": `${COMMUNITY} pitää {inside, number, ::percent} yhteyksistään sisällään, eikä sen jäsenten tai niiden kontaktien joukossa ole {missing}`,
  "gaps.siloed.detail":
    "Toimijoilla {members} on keskenään {internal, plural, one {# yhteys} other {# yhteyttä}} ja muuhun ekosysteemiin {external, plural, one {# yhteys} other {# yhteyttä}}.{missing}{unmet}",
  "gaps.siloed.missing":
    " {count} niistä tarvitsee {roles}, mutta yksikään jäsen tai suora kontakti ei ole sellainen.",

  "gaps.tiesEnding.title":
    "Toimijan {actor} {count, plural, one {# yhteys} other {# yhteyttä}} (laji: {kinds}) päättyy viimeistään {last}: {consequences}",
  "gaps.tiesEnding.cutOff": `${ACTORS("count")} irtoaisi verkostosta`,
  "gaps.tiesEnding.lose": "{count} menettäisi ainoan yhteytensä {roles}",
  "gaps.tiesEnding.detail":
    "Toimijan {actor} yhteydet toimijoihin {others} päättyvät aikavälillä {at} – {end}.{cut}{lose}",
  "gaps.tiesEnding.detailCut": " Ilman niitä toimijoilta {actors} ei olisi polkua muuhun verkostoon.",
  "gaps.tiesEnding.detailLose":
    " Toimijat {actors} eivät enää tavoittaisi {roles} {maxDistance} askeleen säteellä.",
};
