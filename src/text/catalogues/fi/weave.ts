/**
 * Messages of the `weave` area in Finnish. Actor labels and places stand in the nominative, before a
 * colon or as the object of a postposition, so no label is inflected.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { WEAVE_EN } from "../en/weave.js";

/** A role in the plural nominative (`rahoittajat`). */
function rolePlural(name: string): string {
  return `{${name}, select, developer {innovaatioiden kehittäjät} upskiller {valmiuksien nostajat} funder {rahoittajat} other {roolin {${name}} toimijat}}`;
}

/** A needed role as the object of `saa` (`rahoittajan`). */
function need(name: string): string {
  return `{${name}, select, developer {innovaatioiden kehittäjän} upskiller {valmiuksien nostajan} funder {rahoittajan} other {roolin {${name}} toimijan}}`;
}

const STEPS = "{steps, plural, one {# askeleen} other {# askeleen}}";

/**
 * Who gets a needed role within reach (`s`: the suffix of the parameters): one actor, the actors of a
 * place, or some of those who lack it; a whole sentence without its stop.
 */
function needClause(s: string): string {
  return (
    `{kind${s}, select, one {{actor${s}} saa ${need(`need${s}`)} enintään ${STEPS} päähän} ` +
    `place {{place${s}}: ${rolePlural(`role${s}`)} saavat ${need(`need${s}`)} enintään ${STEPS} päähän ({share${s}, select, both {molemmat} all {kaikki {covered${s}}} other {${ACTORS(`covered${s}`)}}})} ` +
    `other {Tuo ${need(`need${s}`)} enintään ${STEPS} päähän {covered${s}, plural, one {# toimijalle} other {# toimijalle}} niistä {without${s}}, joilta se puuttuu (${rolePlural(`role${s}`)})}}`
  );
}

/** A value of global efficiency with the `digits` decimals it is rounded to (3 to 8). */
function fixed(name: string): string {
  return `{digits, select, 4 {{${name}, number, ::.0000}} 5 {{${name}, number, ::.00000}} 6 {{${name}, number, ::.000000}} 7 {{${name}, number, ::.0000000}} 8 {{${name}, number, ::.00000000}} other {{${name}, number, ::.000}}}`;
}

/** The relative change in percent: one decimal from 0.1% to 10%, else as rounded (whole, or two significant digits). */
const RELATIVE =
  "{relativeDigits, select, 1 {{relative, number, ::.0}} other {{relative, number, ::.##########}}}";

const ABOUT = "{about, select, about {noin } other {}}";

function efficiency(start: string): string {
  return (
    `{efficiency, select, fromZero {${start} nousee arvoon ${ABOUT}${fixed("after")}} ` +
    `known {${start} nousee arvosta ${fixed("before")} arvoon ${ABOUT}${fixed("after")} (+${RELATIVE}\u00a0%)} ` +
    `other {${start} kasvaa ${ABOUT}{gain, number, ::.########}}}`
  );
}

function cluster(x: string): string {
  return `{${x}Kind, select, placeRole {{${x}Place} (${rolePlural(`${x}Role`)})} place {{${x}Place}} other {toimijan {${x}Hub} ympärille muodostunut klusteri}}`;
}

const ACTORS = (name: string) => `{${name}, plural, one {# toimija} other {# toimijaa}}`;

export const WEAVE_FI: CataloguePart<typeof WEAVE_EN> = {
  "weave.closure.needs": `${needClause("")}.`,
  "weave.closure.needs.pair": `${needClause("1")}. ${needClause("2")}.`,
  "weave.closure.coverage.narrows": "Kaventaa aukkoa {gap}.",
  "weave.closure.silo.place": `Lisää yhteyden ulos yhteisöstä {place} (${ACTORS("size")}), joka pitää yhteytensä sisällään.`,
  "weave.closure.silo.hub": `Lisää yhteyden ulos toimijan {hub} ympärille muodostuneesta yhteisöstä (${ACTORS("size")}), joka pitää yhteytensä sisällään.`,
  "weave.closure.isolate": "Tuo eristyksissä olevan toimijan {actor} mukaan verkostoon.",
  "weave.closure.cutOff.place": `Tuo nyt erillään olevan ryhmän {place} (${ACTORS("size")}) mukaan pääverkostoon.`,
  "weave.closure.cutOff.hub": `Tuo nyt erillään olevan, toimijan {hub} ympärille muodostuneen ryhmän (${ACTORS("size")}) mukaan pääverkostoon.`,
  "weave.closure.spof.actor.removed":
    "Toimija {actor} ei enää ole yksittäinen kriittinen kohta {cutOff, plural, one {# toimijalle} other {# toimijalle}}.",
  "weave.closure.spof.tie.removed":
    "Yhteys {source} – {target} ei enää ole yksittäinen kriittinen kohta {cutOff, plural, one {# toimijalle} other {# toimijalle}}.",
  "weave.closure.spof.actor.partial":
    "Antaa toisen reitin {relieved} toimijalle niistä {cutOff}, jotka ovat toimijan {actor} varassa.",
  "weave.closure.spof.tie.partial":
    "Antaa toisen reitin {relieved} toimijalle niistä {cutOff}, jotka ovat yhteyden {source} – {target} varassa.",
  "weave.closure.tiesEnding.all":
    "Pitää verkostossa {cutOff, plural, one {# toimijan, joka jäisi} other {# toimijaa, jotka jäisivät}} irti, kun toimijan {actor} yhteydet päättyvät ({until} mennessä).",
  "weave.closure.tiesEnding.some":
    "Pitää verkostossa {saved} niistä {cutOff} toimijasta, jotka jäisivät irti, kun toimijan {actor} yhteydet päättyvät ({until} mennessä).",
  "weave.closure.rolePair.within": `Lisää yhteyden ryhmän sisälle (${rolePlural("role")}): heillä on harvoin yhteyksiä toisiinsa.`,
  "weave.closure.rolePair.between": `Lisää yhteyden ryhmien välille (${rolePlural("role")} ja ${rolePlural("otherRole")}): yhteyksiä on vähemmän kuin ryhmien aktiivisuus ennustaa.`,
  "weave.structure.joins": `Yhdistää kaksi verkoston osaa, jotka eivät nyt tavoita toisiaan (${ACTORS("a")} ja ${ACTORS("b")}); ${efficiency("verkoston tehokkuus")}.`,
  "weave.structure.bridges": `Rakentaa sillan kahden klusterin välille: ${cluster("a")} ja ${cluster("b")}; ${efficiency("verkoston tehokkuus")}.`,
  "weave.structure.bridgesSame": `Rakentaa sillan kahden klusterin välille ({aKind, select, placeRole {{aPlace}, ${rolePlural("aRole")}} other {{aPlace}}}); ${efficiency("verkoston tehokkuus")}.`,
  "weave.structure.efficiency": `${efficiency("Verkoston tehokkuus")}.`,
  "weave.introduction.direct":
    "Kukaan ei nyt yhdistä heitä: verkostokutoja esittelee heidät suoraan toisilleen.",
  "weave.introduction.chain":
    "He ovat {distance} askeleen päässä toisistaan; esittely voi kulkea henkilöltä seuraavalle: {chain}.",
  "weave.introduction.mutual.one": "{actor} tuntee molemmat ja voi esitellä heidät toisilleen.",
  "weave.introduction.mutual.some":
    "{names} voi esitellä heidät toisilleen (jokainen näistä {count} yhteisestä tuttavasta tuntee molemmat).",
  "weave.introduction.mutual.many":
    "{first}, {second}, {third} tai {others, plural, one {# muu} other {# muuta}} voi esitellä heidät toisilleen (jokainen näistä {count} yhteisestä tuttavasta tuntee molemmat).",
  "weave.similar.themes": "Molemmat työskentelevät teemojen parissa: {themes}.",
  "weave.similar.region": "Molemmat toimivat alueella {region}.",
  "weave.similar.attribute": "Molemmilla on sama {attribute}: {values}.",
  "weave.load":
    "{actor} kantaa jo {share, number, ::percent} verkoston välittäjyydestä (välillisyyskeskeisyys); tämä lisää sen kuormaa.",
  "weave.introducedBy.direct": "verkostokutoja suoraan",
  "weave.introducedBy.chain": "ketjua pitkin: {chain}",
  "weave.introducedBy.one": "toimijan {actor} kautta (tuntee molemmat)",
  "weave.introducedBy.some": "jonkun näistä kautta: {names} (kukin tuntee molemmat)",
  "weave.introducedBy.many":
    "jonkun näistä kautta: {first}, {second}, {third} tai {others, plural, one {# muu} other {# muuta}} (kukin tuntee molemmat)",
  "weave.tieKind":
    "{kind, select, funding {rahoitusyhteys} training {koulutus} peerLearning {vertaisoppiminen} other {yhteistyö}}",
};
