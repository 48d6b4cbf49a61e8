/**
 * English messages of the `brokers` area (ICU MessageFormat; ids start with `brokers.`): the reasons
 * of bridge actors and weaver candidates, and the stage diagnosis.
 *
 * @packageDocumentation
 */
import { A, ACTORS, STEPS } from "./phrases.js";

const HUB_RULE = "{threshold} or more contacts, at least {factor}× the average of {mean}";
const NO_CORE = "{denseCore, select, true {no core-periphery network yet} other {there is no dense core}}";

export const BROKERS_EN = {
  "brokers.bridge.ifLeft": "if it left, {parts}",
  "brokers.bridge.wouldLose": `${ACTORS("count")} would lose {count, plural, one {its} other {their}} only way to ${A("role")}`,
  "brokers.bridge.ofThem": `{count} of them {count, plural, one {its} other {their}} only way to ${A("role")}`,
  "brokers.bridge.moreNeed": `{count} to ${A("role")}`,
  "brokers.bridge.holds": `holds ${ACTORS("cutOff")} to the rest of the network: if it left, {cutOff, plural, one {that actor would lose its} other {they would lose their}} only path to {rest, plural, one {the other actor} other {the other # actors}}{tail}`,
  "brokers.bridge.tailOwn": ", and its only way {roles}",
  "brokers.bridge.toRole": `to ${A("role")}`,
  "brokers.bridge.tailAnd": ", and {parts}",
  "brokers.bridge.tailSemi": "; {parts}",
  "brokers.bridge.paths":
    "lies on {share} of the shortest paths between other actors{estimated, select, true { (estimated)} other {}}",
  "brokers.bridge.brokersDirected": "brokers {parts}, with no tie a → c",
  "brokers.bridge.pathsAcrossFirst":
    "{count, plural, one {# path} other {# paths}} a → it → c {across} ({share} of all such ordered pairs)",
  "brokers.bridge.pathsAcross": "{count, plural, one {# path} other {# paths}} {across} ({share})",
  "brokers.bridge.brokersUndirected":
    "brokers {parts}: contacts not tied to each other, each pair counted once",
  "brokers.bridge.pairsAcrossFirst":
    "{count} {count, plural, one {pair} other {pairs}} of its contacts {across} ({share} of all such pairs)",
  "brokers.bridge.pairsAcross": "{count} {across} ({share})",
  "brokers.bridge.none":
    "holds no bridging position in this view: no shortest path between others runs through it",
  "brokers.bridge.spans": "its contacts span {spans}{participation}",
  "brokers.bridge.participation": " (participation {value})",
  "brokers.bridge.carries":
    "its ties to {ties} carry the most shortest paths between actors{estimated, select, true { (estimated)} other {}}",
  "brokers.bridge.carriedTie": "{contact} ({share})",
  "brokers.grouping.count":
    "{kind, select, role {{count, plural, one {# role} other {# roles}}} community {{count, plural, one {# community} other {# communities}}} function {{index, plural, =0 {{count, plural, one {# group} other {# groups}}} other {{count, plural, one {# grouping {index}} other {# groups of grouping {index}}}}}} other {{count, plural, one {# {name}} other {# {name}s}}}}",
  "brokers.grouping.across":
    "{kind, select, role {across roles} community {across communities} function {{index, plural, =0 {across groups} other {across groups of grouping {index}}}} other {across {name}s}}",

  "brokers.stage.name.scatteredFragments": "scattered-fragments",
  "brokers.stage.name.hubAndSpoke": "hub-and-spoke",
  "brokers.stage.name.multiHub": "multi-hub",
  "brokers.stage.name.corePeriphery": "core-periphery",
  "brokers.stage.name.none": "undefined",
  "brokers.stage.notCorePeriphery": "not core-periphery: {why}",
  "brokers.stage.corePieces":
    "the dense {core}-core falls into {pieces} pieces by its own ties, so it is not one core",
  "brokers.stage.outside":
    "{outside} actors ({share}) are outside the main network{isolates, plural, =0 {} other { ({isolates, plural, one {# isolated actor} other {# isolated actors}})}}, more than the {allowed} a core-periphery network leaves out",
  "brokers.stage.hanging":
    "{hanging} of the {periphery} actors around the dense core ({share}) hang on a single actor or tie: a starved periphery, not yet a core-periphery network",
  "brokers.stage.components":
    "the largest component holds {share} of actors ({largest} of {actors}) in {components, plural, one {# component} other {# components}}{isolates, plural, =0 {} other {, {isolates, plural, one {# isolated actor} other {# isolated actors}} among them}}",
  "brokers.stage.core": `the innermost core is a {core}-core of ${ACTORS("size")} (each tied to at least {core} others in it), with {pairs}`,
  "brokers.stage.pairsTied": "{share} of its pairs tied",
  "brokers.stage.noPairs": "no pairs",
  "brokers.stage.noHub":
    "no actor has {threshold} or more contacts (at least {minHub} and {factor}× the average of {mean}): there is no hub",
  "brokers.stage.hubs": `{count, plural, one {# hub} other {# hubs}} (${HUB_RULE}): {hubs}`,
  "brokers.stage.betweenness":
    "{broker} lies on {share} of the shortest paths between other actors{estimated, select, true { (estimated)} other {}}; betweenness centralisation is {centralization}",
  "brokers.stage.noBetweenness": "no actor lies between two others on a shortest path",
  "brokers.stage.transitivity":
    "{share} of the pairs of actors with a contact in common are tied to each other (transitivity {value})",
  "brokers.stage.decide.scattered": "{components}: the network is still scattered fragments",
  "brokers.stage.decide.brokered": `{actor} alone holds ${ACTORS("cutOff")} ({share}) to the rest, and they form a cluster of their own ({ties, plural, one {# tie} other {# ties}} among them): clusters that know each other through one broker, still scattered fragments`,
  "brokers.stage.decide.star":
    "degree centralisation is {centralization} (a star is 1): {hub} is tied to {degree} of the {others} other actors, a hub-and-spoke network around it",
  "brokers.stage.decide.core": `${ACTORS("size")} form a dense core (each tied to at least {core} others in it, {density} of its pairs tied) and {rest} ({restShare}) sit around it: a core-periphery network`,
  "brokers.stage.decide.multiHub": `{count, plural, one {# hub} other {# hubs}} (${HUB_RULE}), {hubs}, share the network: none dominates (degree centralisation {centralization}) and {denseCore, select, true {their dense core is not yet a core-periphery network} other {they form no dense core}}, a multi-hub network`,
  "brokers.stage.decide.oneHub": `{hubs} is the only hub ({degree} contacts, at least {factor}× the average of {mean}) and ${NO_CORE}: a hub-and-spoke network around it, though a loose one (degree centralisation {centralization})`,
  "brokers.stage.decide.early": `no actor stands out (none has {threshold} or more contacts) and ${NO_CORE}: many small hubs hold the network together rather than one, an early multi-hub network`,

  "brokers.weaver.reaches": `reaches {reached} of {others, plural, one {# other actor} other {# other actors}} ({share, number, ::percent}) within ${STEPS("steps")}; spans {roles, plural, one {# role} other {# roles}}{hasRegion, select, true { and {regions, plural, one {# region} other {# regions}}} other {}}`,
  "brokers.weaver.tied": `tied directly to ${ACTORS("count")}`,
  "brokers.weaver.adds": `adds ${ACTORS("added")} ({share, number, ::percent}) that no other team member reaches within ${STEPS("steps")}`,
} as const;
