/**
 * Messages of the `issues` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { ISSUES_EN } from "../en/issues.js";

export const ISSUES_SV: CataloguePart<typeof ISSUES_EN> = {
  "issues.what": "{what, select, scenario {scenariot} other {ekosystemet}}",
  "issues.required": "är obligatoriskt",
  "issues.number": "måste vara ett tal",
  "issues.notFinite": "måste vara ett ändligt tal",
  "issues.string": "måste vara en sträng",
  "issues.invalidType":
    "{expected, select, boolean {måste vara true eller false} array {måste vara en lista} object {måste vara ett objekt} other {måste vara av typen {expected}}}",
  "issues.unknownField": "okänt fält {key}",
  "issues.unknownFieldNear": "okänt fält {key}; menade du {suggestion}?",
  "issues.unknownFields": "okända fält {keys}",
  "issues.empty": "får inte vara tomt",
  "issues.blank": "får inte vara blankt",
  "issues.invisibleId":
    "{id} visar inget synligt tecken (bara blanktecken och formattecken som U+200B, U+FEFF, U+2060 eller riktningstecken); välj ett synligt id",
  "issues.invisibleKind":
    "bandslaget {kind} visar inget synligt tecken (bara blanktecken och formattecken som U+200B, U+FEFF, U+2060 eller riktningstecken); välj ett synligt slag",
  "issues.reservedId":
    "är namnet på en medlem i ett JavaScript-objekt, som graphology inte kan lagra som nyckel; välj ett annat id",
  "issues.invalidDate": "måste vara ett kalenderdatum skrivet ÅÅÅÅ-MM-DD (YYYY-MM-DD)",
  "issues.attributeValue":
    "måste vara en sträng, ett ändligt tal, ett sanningsvärde eller en lista med strängar",
  "issues.nonPositiveWeight": "måste vara större än 0",
  "issues.negativeAmount": "får inte vara negativt",
  "issues.zod": "{text}",
  "issues.reservedAttribute":
    '"{key}" kan inte användas som attributnamn (tomt, eller namnet på en medlem i ett JavaScript-objekt); välj ett annat namn',
  "issues.duplicateRole": 'rollens id "{id}" förekommer två gånger',
  "issues.duplicateActor": 'aktörens id "{id}" förekommer två gånger',
  "issues.unknownRole": 'okänd roll "{role}"; deklarera den under roles eller använd en av {known}',
  "issues.spelling": "{id} ({form, select, NFC {NFC} NFD {NFD} other {varken NFC eller NFD}})",
  "issues.equivalentId":
    "aktörernas id {id} och {first} är samma namn i två Unicode-stavningar; stava det på ett sätt",
  "issues.unknownActor": 'okänd aktör "{id}"',
  "issues.unknownActorNear": 'okänd aktör "{id}"; menade du {suggestion}?',
  "issues.unknownActorSpelling":
    "okänd aktör {id}: aktörens id {variant} är samma namn i en annan Unicode-stavning; stava det på ett sätt",
  "issues.equivalentRoleId":
    "rollernas id {id} och {first} är samma namn i två Unicode-stavningar; stava det på ett sätt",
  "issues.unknownRoleSpelling":
    "okänd roll {role}: rollens id {variant} är samma namn i en annan Unicode-stavning; stava det på ett sätt",
  "issues.equivalentKind":
    "bandslagen {kind} och {first} är samma namn i två Unicode-stavningar; stava det på ett sätt",
  "issues.selfTie": 'band från "{id}" till sig själv; ett band måste förena två olika aktörer',
  "issues.dateOrder": "slutdatumet (until) {until} är före startdatumet (since) {since}",
  "issues.overflow":
    "{what, select, weights {vikterna} other {beloppen}} för banden fram till detta summeras till mer än det största talet ({max}); skala ner {what, select, weights {vikterna} other {beloppen}}",
  "issues.didYouMean": "; menade du {name}?",
  "issues.noHint": "",
};
