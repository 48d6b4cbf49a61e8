/**
 * Messages of the `brokers` area in Swedish. A bridge actor is a *brobyggare* (broker: *mäklare*).
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { BROKERS_EN } from "../en/brokers.js";
import { ACTORS, INDEFINITE } from "./phrases.js";

const HUB_RULE = "{threshold} eller fler kontakter, minst {factor} gånger genomsnittet {mean}";
const NO_CORE =
  "{denseCore, select, true {ännu inget nätverk med kärna och periferi} other {det finns ingen tät kärna}}";

export const BROKERS_SV: CataloguePart<typeof BROKERS_EN> = {
  "brokers.bridge.ifLeft": "{parts} om den försvann",
  "brokers.bridge.wouldLose": `${ACTORS("count")} skulle förlora {count, plural, one {sin enda väg} other {sin enda väg}} till ${INDEFINITE("role")}`,
  "brokers.bridge.ofThem": `{count} av dem {count, plural, one {sin enda väg} other {sin enda väg}} till ${INDEFINITE("role")}`,
  "brokers.bridge.moreNeed": `{count} till ${INDEFINITE("role")}`,
  "brokers.bridge.holds": `håller ${ACTORS("cutOff")} kvar i resten av nätverket: om den försvann skulle {cutOff, plural, one {den aktören} other {de}} förlora sin enda väg till {rest, plural, one {den andra aktören} other {de # andra aktörerna}}{tail}`,
  "brokers.bridge.tailOwn": " och sin enda väg {roles}",
  "brokers.bridge.toRole": `till ${INDEFINITE("role")}`,
  "brokers.bridge.tailAnd": ", och {parts}",
  "brokers.bridge.tailSemi": "; {parts}",
  "brokers.bridge.paths":
    "ligger på {share} av de kortaste vägarna mellan andra aktörer{estimated, select, true { (uppskattat)} other {}}",
  "brokers.bridge.brokersDirected": "förmedlar {parts}, utan något band a → c",
  "brokers.bridge.pathsAcrossFirst":
    "{count, plural, one {# väg} other {# vägar}} a → den → c {across} ({share} av alla sådana ordnade par)",
  "brokers.bridge.pathsAcross": "{count, plural, one {# väg} other {# vägar}} {across} ({share})",
  "brokers.bridge.brokersUndirected":
    "förmedlar {parts}: kontakter utan band till varandra, varje par räknat en gång",
  "brokers.bridge.pairsAcrossFirst":
    "{count} {count, plural, one {par} other {par}} av sina kontakter {across} ({share} av alla sådana par)",
  "brokers.bridge.pairsAcross": "{count} {across} ({share})",
  "brokers.bridge.none":
    "har ingen brobyggande position i den här vyn: ingen kortaste väg mellan andra går genom den",
  "brokers.bridge.spans": "dess kontakter spänner över {spans}{participation}",
  "brokers.bridge.participation": " (deltagandekoefficient {value})",
  "brokers.bridge.carries":
    "dess band till {ties} bär flest av de kortaste vägarna mellan aktörer{estimated, select, true { (uppskattat)} other {}}",
  "brokers.bridge.carriedTie": "{contact} ({share})",
  "brokers.grouping.count":
    "{kind, select, role {{count, plural, one {# roll} other {# roller}}} community {{count, plural, one {# gemenskap} other {# gemenskaper}}} function {{index, plural, =0 {{count, plural, one {# grupp} other {# grupper}}} other {{count, plural, one {# grupp i gruppering {index}} other {# grupper i gruppering {index}}}}}} other {{count, plural, one {# värde av {name}} other {# värden av {name}}}}}",
  "brokers.grouping.across":
    "{kind, select, role {mellan roller} community {mellan gemenskaper} function {{index, plural, =0 {mellan grupper} other {mellan grupper i gruppering {index}}}} other {mellan värden av {name}}}",

  "brokers.stage.name.scatteredFragments": "spridda fragment",
  "brokers.stage.name.hubAndSpoke": "nav och ekrar",
  "brokers.stage.name.multiHub": "flera nav",
  "brokers.stage.name.corePeriphery": "kärna och periferi",
  "brokers.stage.name.none": "odefinierat",
  "brokers.stage.notCorePeriphery": "inte kärna och periferi: {why}",
  "brokers.stage.corePieces":
    "den täta {core}-kärnan faller sönder i {pieces} delar genom sina egna band, så den är inte en kärna",
  "brokers.stage.outside":
    "{outside} aktörer ({share}) står utanför huvudnätverket{isolates, plural, =0 {} other { ({isolates, plural, one {# isolerad aktör} other {# isolerade aktörer}})}}, fler än de {allowed} som ett nätverk med kärna och periferi lämnar utanför",
  "brokers.stage.hanging":
    "{hanging} av de {periphery} aktörerna kring den täta kärnan ({share}) hänger på en enda aktör eller ett enda band: en svältande periferi, ännu inte ett nätverk med kärna och periferi",
  "brokers.stage.components":
    "den största komponenten rymmer {share} av aktörerna ({largest} av {actors}) i {components, plural, one {# komponent} other {# komponenter}}{isolates, plural, =0 {} other {, varav {isolates, plural, one {# isolerad aktör} other {# isolerade aktörer}}}}",
  "brokers.stage.core": `den innersta kärnan är en {core}-kärna med ${ACTORS("size")} (var och en med band till minst {core} andra i den), med {pairs}`,
  "brokers.stage.pairsTied": "{share} av sina par sammanbundna",
  "brokers.stage.noPairs": "inga par",
  "brokers.stage.noHub":
    "ingen aktör har {threshold} eller fler kontakter (minst {minHub} och {factor} gånger genomsnittet {mean}): det finns inget nav",
  "brokers.stage.hubs": `{count, plural, one {# nav} other {# nav}} (${HUB_RULE}): {hubs}`,
  "brokers.stage.betweenness":
    "{broker} ligger på {share} av de kortaste vägarna mellan andra aktörer{estimated, select, true { (uppskattat)} other {}}; mellanliggandets centralisering är {centralization}",
  "brokers.stage.noBetweenness": "ingen aktör ligger mellan två andra på en kortaste väg",
  "brokers.stage.transitivity":
    "{share} av de aktörspar som har en gemensam kontakt har band till varandra (transitivitet {value})",
  "brokers.stage.decide.scattered": "{components}: nätverket är fortfarande spridda fragment",
  "brokers.stage.decide.brokered": `{actor} ensam håller ${ACTORS("cutOff")} ({share}) kvar i resten, och de bildar ett eget kluster ({ties, plural, one {# band} other {# band}} sinsemellan): kluster som känner varandra genom en enda mäklare, fortfarande spridda fragment`,
  "brokers.stage.decide.star":
    "gradcentraliseringen är {centralization} (en stjärna har 1): {hub} har band till {degree} av de {others} andra aktörerna, ett nätverk med nav och ekrar kring den",
  "brokers.stage.decide.core": `${ACTORS("size")} bildar en tät kärna (var och en med band till minst {core} andra i den, {density} av paren sammanbundna) och {rest} ({restShare}) finns runt den: ett nätverk med kärna och periferi`,
  "brokers.stage.decide.multiHub": `{count, plural, one {# nav} other {# nav}} (${HUB_RULE}), {hubs}, delar på nätverket: inget dominerar (gradcentralisering {centralization}) och {denseCore, select, true {deras täta kärna är ännu inte ett nätverk med kärna och periferi} other {de bildar ingen tät kärna}}, ett nätverk med flera nav`,
  "brokers.stage.decide.oneHub": `{hubs} är det enda navet ({degree} kontakter, minst {factor} gånger genomsnittet {mean}) och ${NO_CORE}: ett nätverk med nav och ekrar kring den, om än ett löst (gradcentralisering {centralization})`,
  "brokers.stage.decide.early": `ingen aktör sticker ut (ingen har {threshold} eller fler kontakter) och ${NO_CORE}: många små nav håller ihop nätverket i stället för ett, ett tidigt nätverk med flera nav`,

  "brokers.weaver.reaches":
    "når {reached} av {others, plural, one {# annan aktör} other {# andra aktörer}} ({share, number, ::percent}) inom {steps} steg; spänner över {roles, plural, one {# roll} other {# roller}}{hasRegion, select, true { och {regions, plural, one {# region} other {# regioner}}} other {}}",
  "brokers.weaver.tied": `har direkta band till ${ACTORS("count")}`,
  "brokers.weaver.adds": `tillför ${ACTORS("added")} ({share, number, ::percent}) som ingen annan i teamet når inom {steps} steg`,
};
