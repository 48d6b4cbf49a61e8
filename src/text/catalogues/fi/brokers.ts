/**
 * Messages of the `brokers` area in Finnish. A bridge actor is *välittäjä*; betweenness is written out
 * as the share of shortest paths that run through the actor.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { BROKERS_EN } from "../en/brokers.js";
import { roleSelect } from "../role-forms.js";
import { ACTORS } from "./phrases.js";

const TO = (p: string) =>
  roleSelect(p, {
    developer: "innovaatioiden kehittäjään",
    upskiller: "valmiuksien nostajaan",
    funder: "rahoittajaan",
    other: `roolin {${p}} toimijaan`,
  });
const HUB_RULE = "vähintään {threshold} kontaktia, vähintään {factor} kertaa keskiarvon {mean} verran";
const NO_CORE =
  "{denseCore, select, true {ydin–reuna-verkostoa ei vielä ole} other {tiivistä ydintä ei ole}}";

export const BROKERS_FI: CataloguePart<typeof BROKERS_EN> = {
  "brokers.bridge.ifLeft": "jos se lähtisi, {parts}",
  "brokers.bridge.wouldLose": `${ACTORS("count")} menettäisi {count, plural, one {ainoan reittinsä} other {ainoan reittinsä}} ${TO("role")}`,
  "brokers.bridge.ofThem": `{count} niistä {count, plural, one {ainoan reittinsä} other {ainoan reittinsä}} ${TO("role")}`,
  "brokers.bridge.moreNeed": `{count} ${TO("role")}`,
  "brokers.bridge.holds": `pitää ${ACTORS("cutOff")} yhteydessä muuhun verkostoon: jos se lähtisi, {cutOff, plural, one {tämä toimija menettäisi} other {ne menettäisivät}} ainoan polkunsa {rest, plural, one {toiseen toimijaan} other {muihin # toimijaan}}{tail}`,
  "brokers.bridge.tailOwn": " ja ainoan reittinsä {roles}",
  "brokers.bridge.toRole": TO("role"),
  "brokers.bridge.tailAnd": ", ja {parts}",
  "brokers.bridge.tailSemi": "; {parts}",
  "brokers.bridge.paths":
    "sen kautta kulkee {share} muiden toimijoiden välisistä lyhimmistä poluista{estimated, select, true { (arvio)} other {}}",
  "brokers.bridge.brokersDirected": "välittää {parts}, eikä suoraa yhteyttä a → c ole",
  "brokers.bridge.pathsAcrossFirst":
    "{count, plural, one {# polun} other {# polkua}} a → se → c {across} ({share} kaikista tällaisista järjestetyistä pareista)",
  "brokers.bridge.pathsAcross": "{count, plural, one {# polun} other {# polkua}} {across} ({share})",
  "brokers.bridge.brokersUndirected":
    "välittää {parts}: kontaktit eivät ole yhteydessä toisiinsa, ja kukin pari lasketaan kerran",
  "brokers.bridge.pairsAcrossFirst":
    "{count} {count, plural, one {kontaktiparin} other {kontaktiparia}} {across} ({share} kaikista tällaisista pareista)",
  "brokers.bridge.pairsAcross": "{count} {across} ({share})",
  "brokers.bridge.none":
    "ei ole välittäjän asemassa tässä näkymässä: yksikään muiden välinen lyhin polku ei kulje sen kautta",
  "brokers.bridge.spans": "sen kontaktit kattavat {spans}{participation}",
  "brokers.bridge.participation": " (osallistumiskerroin {value})",
  "brokers.bridge.carries":
    "eniten lyhimpiä polkuja kulkee sen yhteyksiä pitkin toimijoihin {ties}{estimated, select, true { (arvio)} other {}}",
  "brokers.bridge.carriedTie": "{contact} ({share})",
  "brokers.grouping.count":
    "{kind, select, role {{count, plural, one {# roolin} other {# roolia}}} community {{count, plural, one {# yhteisön} other {# yhteisöä}}} function {{index, plural, =0 {{count, plural, one {# ryhmän} other {# ryhmää}}} other {{count, plural, one {# ryhmittelyn {index} ryhmän} other {# ryhmittelyn {index} ryhmää}}}}} other {{count, plural, one {# ominaisuuden {name} arvon} other {# ominaisuuden {name} arvoa}}}}",
  "brokers.grouping.across":
    "{kind, select, role {roolien välillä} community {yhteisöjen välillä} function {{index, plural, =0 {ryhmien välillä} other {ryhmittelyn {index} ryhmien välillä}}} other {ominaisuuden {name} arvojen välillä}}",

  "brokers.stage.name.scatteredFragments": "hajanaiset sirpaleet",
  "brokers.stage.name.hubAndSpoke": "yksi keskus ja sen ympärys",
  "brokers.stage.name.multiHub": "monta keskusta",
  "brokers.stage.name.corePeriphery": "ydin ja reuna",
  "brokers.stage.name.none": "ei määritelty",
  "brokers.stage.notCorePeriphery": "ei ydin–reuna-verkosto: {why}",
  "brokers.stage.corePieces":
    "tiivis {core}-ydin hajoaa omien yhteyksiensä varassa {pieces} osaan, joten se ei ole yksi ydin",
  "brokers.stage.outside":
    "{outside} toimijaa ({share}) on pääverkoston ulkopuolella{isolates, plural, =0 {} other { ({isolates, plural, one {# eristynyt toimija} other {# eristynyttä toimijaa}})}}, enemmän kuin ydin–reuna-verkoston sallimat {allowed}",
  "brokers.stage.hanging":
    "tiiviin ytimen ympärillä olevista {periphery} toimijasta {hanging} ({share}) on yhden toimijan tai yhteyden varassa: nääntyvä reuna, ei vielä ydin–reuna-verkosto",
  "brokers.stage.components":
    "suurimmassa komponentissa on {share} toimijoista ({actors} toimijasta {largest}), komponentteja on {components}{isolates, plural, =0 {} other {, joista {isolates, plural, one {# eristynyt toimija} other {# eristynyttä toimijaa}}}}",
  "brokers.stage.core": `sisin ydin on {core}-ydin, jossa on ${ACTORS("size")} (kukin yhteydessä vähintään {core} muuhun ytimen toimijaan), ja {pairs}`,
  "brokers.stage.pairsTied": "sen pareista {share} on yhteydessä toisiinsa",
  "brokers.stage.noPairs": "siinä ei ole pareja",
  "brokers.stage.noHub":
    "yhdelläkään toimijalla ei ole vähintään {threshold} kontaktia (vähintään {minHub} ja {factor} kertaa keskiarvon {mean} verran): keskusta ei ole",
  "brokers.stage.hubs": `{count, plural, one {# keskus} other {# keskusta}} (${HUB_RULE}): {hubs}`,
  "brokers.stage.betweenness":
    "toimijan {broker} kautta kulkee {share} muiden toimijoiden välisistä lyhimmistä poluista{estimated, select, true { (arvio)} other {}}; välillisyyden keskittyneisyys on {centralization}",
  "brokers.stage.noBetweenness": "yksikään toimija ei ole kahden muun välissä lyhimmällä polulla",
  "brokers.stage.transitivity":
    "toimijapareista, joilla on yhteinen kontakti, {share} on yhteydessä toisiinsa (transitiivisuus {value})",
  "brokers.stage.decide.scattered": "{components}: verkosto on yhä hajanaisia sirpaleita",
  "brokers.stage.decide.brokered": `toimija {actor} yksin pitää ${ACTORS("cutOff")} ({share}) yhteydessä muihin, ja ne muodostavat oman ryppään (keskenään {ties, plural, one {# yhteys} other {# yhteyttä}}): ryppäät tuntevat toisensa yhden välittäjän kautta, yhä hajanaisia sirpaleita`,
  "brokers.stage.decide.star":
    "asteen keskittyneisyys on {centralization} (tähdellä 1): toimija {hub} on yhteydessä {degree} toimijaan muista {others} toimijasta, verkosto on keskittynyt sen ympärille",
  "brokers.stage.decide.core": `${ACTORS("size")} muodostaa tiiviin ytimen (kukin yhteydessä vähintään {core} muuhun ytimen toimijaan, pareista {density} yhteydessä), ja {rest} ({restShare}) on sen ympärillä: ydin–reuna-verkosto`,
  "brokers.stage.decide.multiHub": `{count, plural, one {# keskus} other {# keskusta}} (${HUB_RULE}), {hubs}, jakavat verkoston: mikään ei hallitse (asteen keskittyneisyys {centralization}), ja {denseCore, select, true {niiden tiivis ydin ei ole vielä ydin–reuna-verkosto} other {ne eivät muodosta tiivistä ydintä}}: monen keskuksen verkosto`,
  "brokers.stage.decide.oneHub": `{hubs} on ainoa keskus ({degree} kontaktia, vähintään {factor} kertaa keskiarvon {mean} verran), ja ${NO_CORE}: verkosto on keskittynyt sen ympärille, tosin väljästi (asteen keskittyneisyys {centralization})`,
  "brokers.stage.decide.early": `yksikään toimija ei erotu (kenelläkään ei ole vähintään {threshold} kontaktia), ja ${NO_CORE}: monta pientä keskusta pitää verkostoa koossa yhden sijaan, varhainen monen keskuksen verkosto`,

  "brokers.weaver.reaches":
    "tavoittaa {steps} askeleen säteellä {reached} muista {others} toimijasta ({share, number, ::percent}); kattaa {roles, plural, one {# roolin} other {# roolia}}{hasRegion, select, true { ja {regions, plural, one {# alueen} other {# aluetta}}} other {}}",
  "brokers.weaver.tied": "suoraan yhteydessä {count, plural, one {# toimijaan} other {# toimijaan}}",
  "brokers.weaver.adds": `tuo mukaan ${ACTORS("added")} ({share, number, ::percent}), joita yksikään muu tiimin jäsen ei tavoita {steps} askeleen säteellä`,
};
