/**
 * Messages of the `options` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { OPTIONS_EN } from "../en/options.js";

export const OPTIONS_SV: CataloguePart<typeof OPTIONS_EN> = {
  "options.noTieKind": "{fn}: inget band är av {count, plural, one {slaget} other {slagen}} {kinds}{hint}",
  "options.noRole": "{fn}: {option} anger ingen roll",
  "options.unknownRole": "{fn}: {option} anger den okända rollen {role}{hint}",
  "options.roleNotHeld": "{fn}: ingen aktör har {count, plural, one {rollen} other {rollerna}} {roles}{hint}",
  "options.noAttribute": '{fn}: ingen aktör har attributet "{name}"{hint}',
  "options.mustBe": "{fn}: {option} {value} måste vara {rule}",
  "options.mustBeGot": "{fn}: {option} måste vara {rule}, fick {value}",
  "options.isNot": "{fn}: {option} {value} är inte {rule}",
  "options.mustBeBare": "{fn}: {option} måste vara {rule}",
  "options.unknownKey": '{fn}: okänt alternativ "{key}"{hint}',
  "options.notObject": "{fn}: alternativen måste vara ett objekt, fick {got}",
  "options.value":
    "{kind, select, null {null} array {en lista} undefined {undefined} other {ett värde av typen {kind}}}",
  "options.rule.positiveInteger": "ett positivt heltal",
  "options.rule.integerAtLeast": "ett heltal som är minst {min}",
  "options.rule.integerAtLeastOrInfinity": "ett heltal som är minst {min}, eller Infinity",
  "options.rule.wholeAtLeast": "ett heltal som är minst {min}",
  "options.rule.integerGe": "ett heltal ≥ {min}",
  "options.rule.integerGeK": "ett heltal ≥ k ({min})",
  "options.rule.integerFromTo": "ett heltal från {min} till {max}",
  "options.rule.integerToActors": "ett heltal från {min} till antalet aktörer ({max})",
  "options.rule.integerToActorsMinusOne": "ett heltal från {min} till antalet aktörer minus ett ({max})",
  "options.rule.tableIndex": "ett bordsindex från 0 till {max}",
  "options.rule.finite": "ett ändligt tal",
  "options.rule.finiteGreaterThan": "ett ändligt tal större än {min}",
  "options.rule.finiteAbove": "ett ändligt tal över {min}",
  "options.rule.finiteGt": "ett ändligt tal > {min}",
  "options.rule.finiteAtLeast": "ett ändligt tal som är minst {min}",
  "options.rule.numberAtLeast": "ett tal som är minst {min}",
  "options.rule.numberGt": "ett tal > {min}",
  "options.rule.numberGe": "ett tal ≥ {min}",
  "options.rule.positiveUpToOne": "ett tal större än 0 och högst 1",
  "options.rule.zeroToBelowOne": "minst 0 och mindre än 1",
  "options.rule.within": "i {interval}",
  "options.rule.numberWithin": "ett tal i {interval}",
  "options.rule.integerWithin": "ett heltal i {interval}",
  "options.rule.oneOf": "{head} eller {last}",
  "options.rule.oneOfList": "ett av {choices}",
  "options.rule.autoExactOrInteger": '"auto", "exact" eller ett heltal som är minst {min}',
  "options.rule.idsOrInteger": "en lista med aktörs-id eller ett heltal som är minst {min}",
  "options.rule.object": "ett objekt",
  "options.rule.date": "ett kalenderdatum på formen YYYY-MM-DD",
  "options.rule.groupings": '"role", "community", ett attributnamn eller en funktion',
  "options.rule.attributeName": "namnet på ett aktörsattribut, inte tomt",
  "options.rule.scalar": "en sträng, ett tal eller ett booleskt värde",
  "options.rule.nonEmptyString": "en sträng som inte är tom",
  "options.rule.probability": "ett tal i [0, 1], {head} eller {last}",
  "options.rule.assignName": "ett namn som inte är tomt och inte är en medlem i varje objekt",
  "options.rule.mapOrRecord": "en Map eller ett record från aktörs-id till värde",
  "options.rule.regionList": "en lista med regionnamn som inte är tom",
  "options.rule.dateList": "en lista med datum på formen YYYY-MM-DD",
  "options.rule.string": "en sträng",
  "options.rule.boolean": "ett sanningsvärde",
  "options.rule.function": "en funktion",
  "options.rule.kindList": "en lista med slag av band (strängar)",
  "options.rule.dateString": "ett datum som sträng på formen YYYY-MM-DD",
  "options.rule.roleList": "en lista med roller",
  "options.rule.tieList": "en lista med band som har source och target",
  "options.unknownGapKind": '{fn}: okänd typ av lucka "{kind}" i include; använd {choices}',
  "options.unknownStrategy":
    '{fn}: okänd strategi "{strategy}"; använd "random", "degree", "betweenness" eller en funktion',
  "options.unknownWeight":
    '{fn}: okänd vikt "{key}"; använd betweenness, cutOff, needs eller brokerage (constraint och participation är belägg, inte delar av poängen)',
  "options.notComponent": "{fn}: weights.{key} är ingen del av poängen; använd {choices}",
  "options.complementarityRole": '{fn}: complementarity anger den okända rollen "{role}"{hint}',
  "options.notActor": "{fn}: {option} {id} är inte en aktör i ekosystemet",
  "options.unknownEnd": "{fn}: okänd {end, select, source {källaktör} other {målaktör}} {id}",
  "options.nodesUnknown": "{fn}: nodes anger en okänd aktör {id}",
  "options.participantNotActor": '{fn}: deltagaren "{id}" är inte en aktör',
  "options.listedTwice":
    '{fn}: {what, select, seed {startaktören} other {deltagaren}} "{id}" står två gånger',
  "options.noParticipantSelected": "{fn}: deltagarfiltret väljer ingen aktör",
  "options.noParticipants": "{fn}: det finns inga deltagare",
  "options.sameActor": "{fn}: {first} och {second} är samma aktör {id}",
  "options.joinsItself":
    '{fn}: {option} förbinder {actor, select, yes {aktören } other {}}"{id}" med sig själv',
  "options.pairsItself": '{fn}: {option} parar ihop "{id}" med sig själv',
  "options.namesNonParticipant": '{fn}: {option} anger "{id}", som inte är deltagare',
  "options.hostNotParticipant": '{fn}: {option} "{id}" är inte deltagare',
  "options.seatsNonActor": '{fn}: vid träff {session}, bord {table} sitter "{id}", som inte är en aktör',
  "options.hostsTwoTables": '{fn}: "{id}" är värd för två bord',
  "options.tableHosts": "{fn}: bord {table} har {hosts} värdar men {seats} platser",
  "options.hostApart": '{fn}: "{first}" och "{second}" ska sitta tillsammans men är värdar för olika bord',
  "options.apartAndTogether": '{fn}: "{first}" och "{second}" ombeds sitta både åtskilda och tillsammans',
  "options.cannotSeat":
    "{fn}: {count} deltagare får inte plats vid {tables} bord med {min} till {max} platser (jämna bord rymmer {small}{larger, select, yes { eller {large}} other {}})",
  "options.exactTooLarge":
    '{fn}: lösaren "exact" skulle gå igenom ungefär {count} placeringar; använd "heuristic" eller "auto"',
  "options.sizeOrder": "{fn}: size.min {min} är större än size.max {max}",
  "options.notEmpty": "{fn}: {option} får inte vara tom",
  "options.listAttribute":
    '{fn}: attributet "{name}" hos aktören "{id}" är en lista; gruppera efter ett attribut med ett enda värde',
  "options.attributeMissing":
    '{fn}: attributet "{name}" saknas hos {count, number, ::group-off} {count, plural, one {aktör} other {aktörer}} ({shown}{more, select, yes {, …} other {}}); ange groupBy eller lägg till det',
  "options.noFiniteNumber": "{fn}: aktören {id} har inget ändligt tal i attributet {name}",
  "options.partitionMissing":
    "{fn}: indelningen har ingen gemenskap för {count, number, ::group-off} {count, plural, one {aktör} other {aktörer}} ({shown}{more, select, yes {, …} other {}}); ge varje aktör ett tal eller en sträng",
  "options.partitionUnknown":
    "{fn}: indelningen anger {count, number, ::group-off} {count, plural, one {okänd aktör} other {okända aktörer}} ({shown}{more, select, yes {, …} other {}})",
  "options.poolUnknown":
    "{fn}: pool anger {count, number, ::group-off} {count, plural, one {okänd aktör} other {okända aktörer}} ({shown})",
  "options.poolRepeats": "{fn}: pool ids får inte upprepa en aktör",
  "options.strategyReturned":
    '{fn}: strategin returnerade "{id}" i steg {step}, som inte är en kvarvarande aktör i poolen',
  "options.emptyGroupBy": "{fn}: groupBy är en tom lista; ange minst en gruppering",
  "options.weightsZero": "{fn}: alla vikter är 0; ge minst en del en positiv vikt",
  "options.componentsZero":
    "{fn}: vikterna för complementarity, structuralGain, feasibility och similarity summerar till 0; ge en av dem en positiv vikt",
  "options.sampledLength":
    '{fn}: en uppskattning från ett urval räknar steg; ta bort sample eller weights: "length"',
  "options.sourceTargetPair": "{fn}: ange både source och target, eller ingen av dem för hela nätverket",
  "options.similarityBy": "{fn}: similarityBy innehåller {value}; ange attributnamn",
  "options.scopeEmpty":
    "{fn}: ingen aktör har {attribute} = {value}; avgränsningen skulle inte lämna något att föreslå",
  "options.assignUnknown": "{fn}: {id} är ingen aktör i grafen{hint}",
  "options.spreadNeedsSeeds":
    '{fn}: målet "spread" behöver spread: {form}, aktörerna som innovationen börjar hos',
  "options.noProposedKindChance":
    '{fn}: spread.probability.kind ger ingen sannolikhet för den föreslagna typen av band "{kind}" ({source}–{target}); lägg till den eller ange spread.probability.otherwise',
  "options.noKindChance":
    '{fn}: probability.kind ger ingen sannolikhet för typen av band "{kind}"; lägg till den eller ange probability.otherwise',
  "options.noRolePairChance":
    '{fn}: probability.rolePair ger ingen sannolikhet från rollen "{tail}" till rollen "{head}"; lägg till den eller ange probability.otherwise',
  "options.probabilityCascadeOnly":
    "{fn}: probability gäller bara modellen med oberoende kaskader; vikterna i modellen med linjära tröskelvärden kommer från bandens styrka",
  "options.seedsEmpty": '{fn}: seeds måste ange minst ett aktörs-id, t.ex. seeds: ["a1"]',
  "options.tiesEmpty": "{fn}: ties måste ange minst ett kandidatband {form}",
  "options.noActors": "{fn}: ekosystemet har inga aktörer",
  "options.rolesShare": "{fn}: roles måste ge någon roll en andel > 0",
  "options.dateOrder": "{fn}: to {to} är före from {from}",
  "options.giveForms": "{fn}: ange {forms}",
  "options.idPrefix":
    '{fn}: idPrefix "{value}" måste börja med en bokstav och bara innehålla bokstäver, siffror, - och _',
};
