/**
 * English messages of the `weave` area (ICU MessageFormat; ids start with `weave.`): the reasons of a
 * weaving suggestion or plan step (what the tie closes of each gap, what it does to the network, who
 * makes the introduction, shared ground, load), the kinds of tie and the introduction in a few words.
 *
 * @packageDocumentation
 */

/** A built-in role id in the plural (`developers`); a custom role by its id. */
function rolePlural(name: string): string {
  return `{${name}, select, developer {developers} upskiller {upskillers} funder {funders} other {{${name}}s}}`;
}

/** A needed role with its article (`a funder`, `an upskiller`). */
function need(name: string): string {
  return `{${name}, select, developer {a developer} upskiller {an upskiller} funder {a funder} other {an actor in role {${name}}}}`;
}

/**
 * Whom a tie gives a needed role within reach (`s`: the suffix of the parameters): one actor, the
 * actors of a place (`all 8 Lappi developers`), or some of those who lack it.
 */
function needClause(s: string): string {
  return (
    `{kind${s}, select, one {{actor${s}} ${need(`need${s}`)}} ` +
    `place {{share${s}, select, both {both} all {all {covered${s}}} other {{covered${s}}}} {place${s}} ${rolePlural(`role${s}`)} ${need(`need${s}`)}} ` +
    `other {{covered${s}} of the {without${s}} ${rolePlural(`role${s}`)} without ${need(`need${s}`)} one}}`
  );
}

const STEPS = "{steps, plural, one {# step} other {# steps}}";

/** A value of global efficiency with the `digits` decimals it is rounded to (3 to 8). */
function fixed(name: string): string {
  return `{digits, select, 4 {{${name}, number, ::.0000}} 5 {{${name}, number, ::.00000}} 6 {{${name}, number, ::.000000}} 7 {{${name}, number, ::.0000000}} 8 {{${name}, number, ::.00000000}} other {{${name}, number, ::.000}}}`;
}

/** The relative change in percent: one decimal from 0.1% to 10%, else as rounded (whole, or two significant digits). */
const RELATIVE =
  "{relativeDigits, select, 1 {{relative, number, ::.0}} other {{relative, number, ::.##########}}}";

const ABOUT = "{about, select, about {about } other {}}";

/** The change of global efficiency (`global efficiency rises from 0.270 to 0.283 (+4.8%)`). */
function efficiency(start: string): string {
  return (
    `{efficiency, select, fromZero {${start} rises to ${ABOUT}${fixed("after")}} ` +
    `known {${start} rises from ${fixed("before")} to ${ABOUT}${fixed("after")} (+${RELATIVE}%)} ` +
    `other {${start} rises by ${ABOUT}{gain, number, ::.########}}}`
  );
}

/** A cluster by its place and role, its place, or its best-connected member. */
function cluster(x: string): string {
  return `{${x}Kind, select, placeRole {the {${x}Place} ${rolePlural(`${x}Role`)}'' cluster} place {the {${x}Place} cluster} other {the cluster of {${x}Hub}}}`;
}

const ACTORS = (name: string) => `{${name}, plural, one {# actor} other {# actors}}`;

export const WEAVE_EN = {
  "weave.closure.needs": `Gives ${needClause("")} within ${STEPS}.`,
  "weave.closure.needs.pair": `Gives ${needClause("1")} within ${STEPS} and gives ${needClause("2")} within ${STEPS}.`,
  "weave.closure.coverage.narrows": "Narrows {gap}.",
  "weave.closure.silo.place": `Adds a tie out of the {place} community (${ACTORS("size")}), which keeps its ties inside.`,
  "weave.closure.silo.hub": `Adds a tie out of the community around {hub} (${ACTORS("size")}), which keeps its ties inside.`,
  "weave.closure.isolate": "Brings the isolate {actor} into the network.",
  "weave.closure.cutOff.place": `Brings the {place} group (${ACTORS("size")}), cut off now, into the main network.`,
  "weave.closure.cutOff.hub": `Brings the group around {hub} (${ACTORS("size")}), cut off now, into the main network.`,
  "weave.closure.spof.actor.removed": `Removes {actor} as a single point of failure for ${ACTORS("cutOff")}.`,
  "weave.closure.spof.tie.removed": `Removes the tie {source} – {target} as a single point of failure for ${ACTORS("cutOff")}.`,
  "weave.closure.spof.actor.partial":
    "Gives {relieved} of the {cutOff} actors who hang on {actor} another route.",
  "weave.closure.spof.tie.partial":
    "Gives {relieved} of the {cutOff} actors who hang on the tie {source} – {target} another route.",
  "weave.closure.tiesEnding.all": `Keeps the ${ACTORS("cutOff")} cut off when {actor}''s ties end (by {until}) in the network.`,
  "weave.closure.tiesEnding.some":
    "Keeps {saved} of the {cutOff} actors cut off when {actor}''s ties end (by {until}) in the network.",
  "weave.closure.rolePair.within": `Adds a tie among ${rolePlural("role")}, who rarely tie to each other.`,
  "weave.closure.rolePair.between": `Adds a tie between ${rolePlural("role")} and ${rolePlural("otherRole")}, tied less than their activity predicts.`,
  "weave.structure.joins": `Joins two parts of the network that cannot reach each other now (${ACTORS("a")} and ${ACTORS("b")}); ${efficiency("global efficiency")}.`,
  "weave.structure.bridges": `Bridges ${cluster("a")} and ${cluster("b")}; ${efficiency("global efficiency")}.`,
  "weave.structure.bridgesSame": `Bridges two clusters of {aKind, select, placeRole {{aPlace} ${rolePlural("aRole")}''} other {{aPlace}}}; ${efficiency("global efficiency")}.`,
  "weave.structure.efficiency": `${efficiency("Global efficiency")}.`,
  "weave.introduction.direct": "No one links them now: the weaver introduces them directly.",
  "weave.introduction.chain":
    "They are {distance} steps apart; the introduction can pass from one to the next: {chain}.",
  "weave.introduction.mutual.one": "{actor} knows both and can introduce them.",
  "weave.introduction.mutual.some":
    "{names} can introduce them (each of these {count} mutual contacts knows both).",
  "weave.introduction.mutual.many":
    "{first}, {second}, {third} or {others, plural, one {# other} other {# others}} can introduce them (each of these {count} mutual contacts knows both).",
  "weave.similar.themes": "Both work on {themes}.",
  "weave.similar.region": "Both are in {region}.",
  "weave.similar.attribute": "Both have {attribute} {values}.",
  "weave.load":
    "{actor} already carries {share, number, ::percent} of the network''s brokerage (betweenness); this adds to its load.",
  "weave.introducedBy.direct": "the weaver, directly",
  "weave.introducedBy.chain": "through {chain}",
  "weave.introducedBy.one": "through {actor} (knows both)",
  "weave.introducedBy.some": "through {names} (each knows both)",
  "weave.introducedBy.many":
    "through {first}, {second}, {third} or {others, plural, one {# other} other {# others}} (each knows both)",
  "weave.tieKind":
    "{kind, select, funding {a funding contact} training {training} peerLearning {peer learning} other {collaboration}}",
} as const;
