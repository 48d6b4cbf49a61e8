/**
 * Messages of the `weave` area in Swedish. Actor labels keep their form: a genitive is written with
 * `för` (`förbindelserna för X`), never by adding `s` to a label.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { WEAVE_EN } from "../en/weave.js";

/** A role in the plural (`finansiärer`). */
function rolePlural(name: string): string {
  return `{${name}, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiärer} other {aktörer i rollen {${name}}}}`;
}

/** A needed role with its article (`en finansiär`). */
function need(name: string): string {
  return `{${name}, select, developer {en utvecklare av innovationer} upskiller {en kompetenshöjare} funder {en finansiär} other {en aktör i rollen {${name}}}}`;
}

/** Whom a tie gives a needed role within reach (`s`: the suffix of the parameters). */
function needClause(s: string): string {
  return (
    `{kind${s}, select, one {{actor${s}} ${need(`need${s}`)}} ` +
    `place {{share${s}, select, both {båda} all {alla {covered${s}}} other {{covered${s}}}} ${rolePlural(`role${s}`)} i {place${s}} ${need(`need${s}`)}} ` +
    `other {{covered${s}} av de {without${s}} ${rolePlural(`role${s}`)} som saknar ${need(`need${s}`)} en sådan}}`
  );
}

const STEPS = "{steps, plural, one {# steg} other {# steg}}";

/** A value of global efficiency with the `digits` decimals it is rounded to (3 to 8). */
function fixed(name: string): string {
  return `{digits, select, 4 {{${name}, number, ::.0000}} 5 {{${name}, number, ::.00000}} 6 {{${name}, number, ::.000000}} 7 {{${name}, number, ::.0000000}} 8 {{${name}, number, ::.00000000}} other {{${name}, number, ::.000}}}`;
}

/** The relative change in percent: one decimal from 0.1% to 10%, else as rounded (whole, or two significant digits). */
const RELATIVE =
  "{relativeDigits, select, 1 {{relative, number, ::.0}} other {{relative, number, ::.##########}}}";

const ABOUT = "{about, select, about {cirka } other {}}";

function efficiency(start: string): string {
  return (
    `{efficiency, select, fromZero {${start} ökar till ${ABOUT}${fixed("after")}} ` +
    `known {${start} ökar från ${fixed("before")} till ${ABOUT}${fixed("after")} (+${RELATIVE}\u00a0%)} ` +
    `other {${start} ökar med ${ABOUT}{gain, number, ::.########}}}`
  );
}

function cluster(x: string): string {
  return `{${x}Kind, select, placeRole {klustret av ${rolePlural(`${x}Role`)} i {${x}Place}} place {klustret i {${x}Place}} other {klustret kring {${x}Hub}}}`;
}

const ACTORS = (name: string) => `{${name}, plural, one {# aktör} other {# aktörer}}`;

export const WEAVE_SV: CataloguePart<typeof WEAVE_EN> = {
  "weave.closure.needs": `Ger ${needClause("")} inom ${STEPS}.`,
  "weave.closure.needs.pair": `Ger ${needClause("1")} inom ${STEPS} och ger ${needClause("2")} inom ${STEPS}.`,
  "weave.closure.coverage.narrows": "Minskar luckan {gap}.",
  "weave.closure.silo.place": `Lägger till en förbindelse ut ur gemenskapen i {place} (${ACTORS("size")}), som håller sina förbindelser inom sig.`,
  "weave.closure.silo.hub": `Lägger till en förbindelse ut ur gemenskapen kring {hub} (${ACTORS("size")}), som håller sina förbindelser inom sig.`,
  "weave.closure.isolate": "För in den isolerade aktören {actor} i nätverket.",
  "weave.closure.cutOff.place": `För in gruppen i {place} (${ACTORS("size")}), som nu är avskuren, i huvudnätverket.`,
  "weave.closure.cutOff.hub": `För in gruppen kring {hub} (${ACTORS("size")}), som nu är avskuren, i huvudnätverket.`,
  "weave.closure.spof.actor.removed": `Gör att {actor} inte längre är en enskild felpunkt för ${ACTORS("cutOff")}.`,
  "weave.closure.spof.tie.removed": `Gör att förbindelsen {source} – {target} inte längre är en enskild felpunkt för ${ACTORS("cutOff")}.`,
  "weave.closure.spof.actor.partial":
    "Ger {relieved} av de {cutOff} aktörer som hänger på {actor} en annan väg.",
  "weave.closure.spof.tie.partial":
    "Ger {relieved} av de {cutOff} aktörer som hänger på förbindelsen {source} – {target} en annan väg.",
  "weave.closure.tiesEnding.all":
    "Håller kvar {cutOff, plural, one {den # aktör} other {alla # aktörer}} i nätverket som annars skärs av när förbindelserna för {actor} upphör (senast {until}).",
  "weave.closure.tiesEnding.some":
    "Håller kvar {saved} av de {cutOff} aktörer i nätverket som annars skärs av när förbindelserna för {actor} upphör (senast {until}).",
  "weave.closure.rolePair.within": `Lägger till en förbindelse mellan ${rolePlural("role")}, som sällan har förbindelser med varandra.`,
  "weave.closure.rolePair.between": `Lägger till en förbindelse mellan ${rolePlural("role")} och ${rolePlural("otherRole")}, som har färre förbindelser än deras aktivitet förutsäger.`,
  "weave.structure.joins": `Förenar två delar av nätverket som nu inte når varandra (${ACTORS("a")} och ${ACTORS("b")}); ${efficiency("den globala effektiviteten")}.`,
  "weave.structure.bridges": `Bygger en bro mellan ${cluster("a")} och ${cluster("b")}; ${efficiency("den globala effektiviteten")}.`,
  "weave.structure.bridgesSame": `Bygger en bro mellan två kluster av {aKind, select, placeRole {${rolePlural("aRole")} i {aPlace}} other {aktörer i {aPlace}}}; ${efficiency("den globala effektiviteten")}.`,
  "weave.structure.efficiency": `${efficiency("Den globala effektiviteten")}.`,
  "weave.introduction.direct": "Ingen förbinder dem nu: nätverksvävaren presenterar dem för varandra direkt.",
  "weave.introduction.chain":
    "De är {distance} steg från varandra; presentationen kan gå vidare från den ena till den andra: {chain}.",
  "weave.introduction.mutual.one": "{actor} känner båda och kan presentera dem för varandra.",
  "weave.introduction.mutual.some":
    "{names} kan presentera dem för varandra (var och en av dessa {count} gemensamma kontakter känner båda).",
  "weave.introduction.mutual.many":
    "{first}, {second}, {third} eller {others, plural, one {# annan} other {# andra}} kan presentera dem för varandra (var och en av dessa {count} gemensamma kontakter känner båda).",
  "weave.similar.themes": "Båda arbetar med {themes}.",
  "weave.similar.region": "Båda finns i {region}.",
  "weave.similar.attribute": "Båda har samma {attribute}: {values}.",
  "weave.load":
    "{actor} står redan för {share, number, ::percent} av nätverkets förmedling (mellanliggande centralitet); detta ökar belastningen.",
  "weave.introducedBy.direct": "nätverksvävaren, direkt",
  "weave.introducedBy.chain": "via {chain}",
  "weave.introducedBy.one": "via {actor} (känner båda)",
  "weave.introducedBy.some": "via {names} (var och en känner båda)",
  "weave.introducedBy.many":
    "via {first}, {second}, {third} eller {others, plural, one {# annan} other {# andra}} (var och en känner båda)",
  "weave.tieKind":
    "{kind, select, funding {en finansieringskontakt} training {utbildning} peerLearning {kollegialt lärande} other {samarbete}}",
};
