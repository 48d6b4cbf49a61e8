/**
 * Messages of the `options` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { OPTIONS_EN } from "../en/options.js";

export const OPTIONS_FI: CataloguePart<typeof OPTIONS_EN> = {
  "options.noTieKind":
    "{fn}: millään yhteydellä ei ole {count, plural, one {lajia} other {lajeja}} {kinds}{hint}",
  "options.noRole": "{fn}: {option} ei nimeä yhtään roolia",
  "options.unknownRole": "{fn}: {option} nimeää tuntemattoman roolin {role}{hint}",
  "options.roleNotHeld":
    "{fn}: yhdelläkään toimijalla ei ole {count, plural, one {roolia} other {rooleja}} {roles}{hint}",
  "options.noAttribute": '{fn}: yhdelläkään toimijalla ei ole ominaisuutta "{name}"{hint}',
  "options.mustBe": "{fn}: {option} {value} ei kelpaa: pitää olla {rule}",
  "options.mustBeGot": "{fn}: {option} pitää olla {rule}, annettu {value}",
  "options.isNot": "{fn}: {option} {value} ei kelpaa: pitää olla {rule}",
  "options.mustBeBare": "{fn}: {option} pitää olla {rule}",
  "options.unknownKey": '{fn}: tuntematon asetus "{key}"{hint}',
  "options.notObject": "{fn}: asetusten pitää olla olio, annettu {got}",
  "options.value": "{kind, select, null {null} array {luettelo} undefined {undefined} other {{kind}-arvo}}",
  "options.rule.positiveInteger": "positiivinen kokonaisluku",
  "options.rule.integerAtLeast": "kokonaisluku, joka on vähintään {min}",
  "options.rule.integerAtLeastOrInfinity": "kokonaisluku, joka on vähintään {min}, tai Infinity",
  "options.rule.wholeAtLeast": "kokonaisluku, joka on vähintään {min}",
  "options.rule.integerGe": "kokonaisluku ≥ {min}",
  "options.rule.integerGeK": "kokonaisluku ≥ k ({min})",
  "options.rule.integerFromTo": "kokonaisluku väliltä {min}–{max}",
  "options.rule.integerToActors": "kokonaisluku väliltä {min} – toimijoiden määrä ({max})",
  "options.rule.integerToActorsMinusOne":
    "kokonaisluku väliltä {min} – toimijoiden määrä miinus yksi ({max})",
  "options.rule.tableIndex": "pöydän indeksi väliltä 0–{max}",
  "options.rule.finite": "äärellinen luku",
  "options.rule.finiteGreaterThan": "äärellinen luku, joka on suurempi kuin {min}",
  "options.rule.finiteAbove": "äärellinen luku, joka on suurempi kuin {min}",
  "options.rule.finiteGt": "äärellinen luku > {min}",
  "options.rule.finiteAtLeast": "äärellinen luku, joka on vähintään {min}",
  "options.rule.numberAtLeast": "luku, joka on vähintään {min}",
  "options.rule.numberGt": "luku > {min}",
  "options.rule.numberGe": "luku ≥ {min}",
  "options.rule.positiveUpToOne": "luku, joka on suurempi kuin 0 ja enintään 1",
  "options.rule.zeroToBelowOne": "vähintään 0 ja pienempi kuin 1",
  "options.rule.within": "välillä {interval}",
  "options.rule.numberWithin": "luku väliltä {interval}",
  "options.rule.integerWithin": "kokonaisluku väliltä {interval}",
  "options.rule.oneOf": "{head} tai {last}",
  "options.rule.oneOfList": "jokin seuraavista: {choices}",
  "options.rule.autoExactOrInteger": '"auto", "exact" tai kokonaisluku, joka on vähintään {min}',
  "options.rule.idsOrInteger": "luettelo toimijoiden tunnisteista tai kokonaisluku, joka on vähintään {min}",
  "options.rule.object": "olio",
  "options.rule.date": "kalenteripäivä muodossa YYYY-MM-DD",
  "options.rule.groupings": '"role", "community", ominaisuuden nimi tai funktio',
  "options.rule.attributeName": "toimijan ominaisuuden nimi, joka ei ole tyhjä",
  "options.rule.scalar": "merkkijono, luku tai totuusarvo",
  "options.rule.nonEmptyString": "merkkijono, joka ei ole tyhjä",
  "options.rule.probability": "luku väliltä [0, 1], {head} tai {last}",
  "options.rule.assignName": "nimi, joka ei ole tyhjä eikä jokaisen olion jäsen",
  "options.rule.mapOrRecord": "Map tai tietue toimijan tunnisteesta arvoon",
  "options.rule.regionList": "alueiden nimien luettelo, joka ei ole tyhjä",
  "options.rule.dateList": "luettelo päivämääristä muodossa YYYY-MM-DD",
  "options.rule.string": "merkkijono",
  "options.rule.boolean": "totuusarvo",
  "options.rule.function": "funktio",
  "options.rule.kindList": "luettelo yhteyksien lajeista (merkkijonoja)",
  "options.rule.dateString": "päivämäärä merkkijonona muodossa YYYY-MM-DD",
  "options.rule.roleList": "luettelo rooleista",
  "options.rule.tieList": "luettelo yhteyksistä, joilla on source ja target",
  "options.unknownGapKind":
    '{fn}: tuntematon aukon laji "{kind}" asetuksessa include; käytä lajeja {choices}',
  "options.unknownStrategy":
    '{fn}: tuntematon strategia "{strategy}"; käytä arvoa "random", "degree" tai "betweenness" tai funktiota',
  "options.unknownWeight":
    '{fn}: tuntematon paino "{key}"; käytä painoja betweenness, cutOff, needs tai brokerage (constraint ja participation ovat näyttöä, eivät pisteiden osia)',
  "options.notComponent": "{fn}: weights.{key} ei ole pisteiden osa; käytä osia {choices}",
  "options.complementarityRole": '{fn}: complementarity nimeää tuntemattoman roolin "{role}"{hint}',
  "options.notActor": "{fn}: {option} {id} ei ole ekosysteemin toimija",
  "options.unknownEnd": "{fn}: tuntematon {end, select, source {lähtötoimija} other {kohdetoimija}} {id}",
  "options.nodesUnknown": "{fn}: nodes nimeää tuntemattoman toimijan {id}",
  "options.participantNotActor": '{fn}: osallistuja "{id}" ei ole toimija',
  "options.listedTwice":
    '{fn}: {what, select, seed {lähtötoimija} other {osallistuja}} "{id}" on lueteltu kahdesti',
  "options.noParticipantSelected": "{fn}: osallistujien suodatin ei valitse yhtään toimijaa",
  "options.noParticipants": "{fn}: osallistujia ei ole",
  "options.sameActor": "{fn}: {first} ja {second} ovat sama toimija {id}",
  "options.joinsItself": '{fn}: {option} yhdistää {actor, select, yes {toimijan } other {}}"{id}" itseensä',
  "options.pairsItself": '{fn}: {option} parittaa toimijan "{id}" itsensä kanssa',
  "options.namesNonParticipant": '{fn}: {option} nimeää toimijan "{id}", joka ei ole osallistuja',
  "options.hostNotParticipant": '{fn}: {option} "{id}" ei ole osallistuja',
  "options.seatsNonActor": '{fn}: tapaamisen {session} pöydässä {table} istuu "{id}", joka ei ole toimija',
  "options.hostsTwoTables": '{fn}: "{id}" isännöi kahta pöytää',
  "options.tableHosts": "{fn}: pöydässä {table} on {hosts} isäntää, mutta paikkoja on {seats}",
  "options.hostApart": '{fn}: "{first}" ja "{second}" pitää istua yhdessä, mutta he isännöivät eri pöytiä',
  "options.apartAndTogether": '{fn}: "{first}" ja "{second}" pyydetään istumaan sekä erikseen että yhdessä',
  "options.cannotSeat":
    "{fn}: {count} osallistujaa ei mahdu {tables} pöytään, joissa on {min}–{max} paikkaa (tasaisissa pöydissä istuu {small}{larger, select, yes { tai {large}} other {}})",
  "options.exactTooLarge":
    '{fn}: ratkaisija "exact" kävisi läpi noin {count} istumajärjestystä; käytä arvoa "heuristic" tai "auto"',
  "options.sizeOrder": "{fn}: size.min {min} on suurempi kuin size.max {max}",
  "options.notEmpty": "{fn}: {option} ei saa olla tyhjä",
  "options.listAttribute":
    '{fn}: toimijan "{id}" ominaisuus "{name}" on luettelo; ryhmittele yksiarvoisen ominaisuuden mukaan',
  "options.attributeMissing":
    '{fn}: ominaisuus "{name}" puuttuu {count, number, ::group-off} {count, plural, one {toimijalta} other {toimijalta}} ({shown}{more, select, yes {, …} other {}}); anna groupBy tai lisää ominaisuus',
  "options.noFiniteNumber": "{fn}: toimijan {id} ominaisuudessa {name} ei ole äärellistä lukua",
  "options.partitionMissing":
    "{fn}: jaossa ei ole yhteisöä {count, number, ::group-off} {count, plural, one {toimijalle} other {toimijalle}} ({shown}{more, select, yes {, …} other {}}); anna jokaiselle toimijalle luku tai merkkijono",
  "options.partitionUnknown":
    "{fn}: jako nimeää {count, number, ::group-off} {count, plural, one {tuntemattoman toimijan} other {tuntematonta toimijaa}} ({shown}{more, select, yes {, …} other {}})",
  "options.poolUnknown":
    "{fn}: pool nimeää {count, number, ::group-off} {count, plural, one {tuntemattoman toimijan} other {tuntematonta toimijaa}} ({shown})",
  "options.poolRepeats": "{fn}: pool-asetuksen ids-luettelossa sama toimija ei saa toistua",
  "options.strategyReturned":
    '{fn}: strategia palautti vaiheessa {step} arvon "{id}", joka ei ole joukon jäljellä oleva toimija',
  "options.emptyGroupBy": "{fn}: groupBy on tyhjä luettelo; nimeä vähintään yksi ryhmittely",
  "options.weightsZero": "{fn}: kaikki painot ovat 0; anna vähintään yhdelle osalle positiivinen paino",
  "options.componentsZero":
    "{fn}: osien complementarity, structuralGain, feasibility ja similarity painojen summa on 0; anna jollekin positiivinen paino",
  "options.sampledLength":
    '{fn}: otokseen perustuva arvio laskee askelia; poista sample tai weights: "length"',
  "options.sourceTargetPair": "{fn}: anna sekä source että target, tai ei kumpaakaan koko verkolle",
  "options.similarityBy": "{fn}: similarityBy sisältää arvon {value}; anna ominaisuuksien nimiä",
  "options.scopeEmpty":
    "{fn}: yhdelläkään toimijalla ei ole {attribute} = {value}; rajaus ei jättäisi mitään ehdotettavaa",
  "options.assignUnknown": "{fn}: {id} ei ole verkon toimija{hint}",
  "options.spreadNeedsSeeds":
    '{fn}: tavoite "spread" tarvitsee asetuksen spread: {form}, toimijat, joista innovaatio lähtee liikkeelle',
  "options.noProposedKindChance":
    '{fn}: spread.probability.kind ei anna todennäköisyyttä ehdotetulle yhteyden lajille "{kind}" ({source}–{target}); lisää se tai aseta spread.probability.otherwise',
  "options.noKindChance":
    '{fn}: probability.kind ei anna todennäköisyyttä yhteyden lajille "{kind}"; lisää se tai aseta probability.otherwise',
  "options.noRolePairChance":
    '{fn}: probability.rolePair ei anna todennäköisyyttä roolista "{tail}" rooliin "{head}"; lisää se tai aseta probability.otherwise',
  "options.probabilityCascadeOnly":
    "{fn}: probability koskee vain riippumattomien kaskadien mallia; lineaarisen kynnysmallin painot tulevat yhteyksien vahvuuksista",
  "options.seedsEmpty":
    '{fn}: seeds-luettelossa pitää olla vähintään yksi toimijan tunniste, esim. seeds: ["a1"]',
  "options.tiesEmpty": "{fn}: ties-luettelossa pitää olla vähintään yksi ehdokasyhteys {form}",
  "options.noActors": "{fn}: ekosysteemissä ei ole toimijoita",
  "options.rolesShare": "{fn}: roles-asetuksen pitää antaa jollekin roolille osuus > 0",
  "options.dateOrder": "{fn}: to {to} on ennen from-päivää {from}",
  "options.giveForms": "{fn}: anna {forms}",
  "options.idPrefix":
    '{fn}: idPrefix "{value}" pitää alkaa kirjaimella ja sisältää vain kirjaimia, numeroita, merkkejä - ja _',
};
