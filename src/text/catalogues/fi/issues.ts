/**
 * Messages of the `issues` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { ISSUES_EN } from "../en/issues.js";

export const ISSUES_FI: CataloguePart<typeof ISSUES_EN> = {
  "issues.what": "{what, select, scenario {skenaario} other {ekosysteemi}}",
  "issues.required": "on pakollinen",
  "issues.number": "pitää olla luku",
  "issues.notFinite": "pitää olla äärellinen luku",
  "issues.string": "pitää olla merkkijono",
  "issues.invalidType":
    "{expected, select, boolean {pitää olla true tai false} array {pitää olla luettelo} object {pitää olla olio} other {pitää olla tyyppiä {expected}}}",
  "issues.unknownField": "tuntematon kenttä {key}",
  "issues.unknownFieldNear": "tuntematon kenttä {key}; tarkoititko {suggestion}?",
  "issues.unknownFields": "tuntemattomat kentät {keys}",
  "issues.empty": "ei saa olla tyhjä",
  "issues.blank": "ei saa olla pelkkää tyhjää",
  "issues.invisibleId":
    "tunnisteessa {id} ei ole yhtään näkyvää merkkiä (vain tyhjää ja muotoilumerkkejä kuten U+200B, U+FEFF, U+2060 tai suunnanohjausmerkkejä); valitse näkyvä tunniste",
  "issues.invisibleKind":
    "yhteyden lajissa {kind} ei ole yhtään näkyvää merkkiä (vain tyhjää ja muotoilumerkkejä kuten U+200B, U+FEFF, U+2060 tai suunnanohjausmerkkejä); valitse näkyvä laji",
  "issues.reservedId":
    "on JavaScript-olion jäsenen nimi, jota graphology ei voi tallentaa avaimeksi; valitse toinen tunniste",
  "issues.invalidDate": "pitää olla kalenteripäivä muodossa VVVV-KK-PP (YYYY-MM-DD)",
  "issues.attributeValue": "pitää olla merkkijono, äärellinen luku, totuusarvo tai merkkijonojen luettelo",
  "issues.nonPositiveWeight": "pitää olla suurempi kuin 0",
  "issues.negativeAmount": "ei saa olla negatiivinen",
  "issues.zod": "{text}",
  "issues.reservedAttribute":
    '"{key}" ei kelpaa ominaisuuden nimeksi (tyhjä tai JavaScript-olion jäsenen nimi); valitse toinen nimi',
  "issues.duplicateRole": 'roolin tunniste "{id}" esiintyy kahdesti',
  "issues.duplicateActor": 'toimijan tunniste "{id}" esiintyy kahdesti',
  "issues.unknownRole":
    'tuntematon rooli "{role}"; määrittele se kohdassa roles tai käytä jotakin näistä: {known}',
  "issues.spelling": "{id} ({form, select, NFC {NFC} NFD {NFD} other {ei NFC eikä NFD}})",
  "issues.equivalentId":
    "toimijan tunnisteet {id} ja {first} ovat sama nimi kahdella Unicode-kirjoitusasulla; kirjoita se yhdellä tavalla",
  "issues.unknownActor": 'tuntematon toimija "{id}"',
  "issues.unknownActorNear": 'tuntematon toimija "{id}"; tarkoititko {suggestion}?',
  "issues.unknownActorSpelling":
    "tuntematon toimija {id}: toimijan tunniste {variant} on sama nimi toisella Unicode-kirjoitusasulla; kirjoita se yhdellä tavalla",
  "issues.equivalentRoleId":
    "roolin tunnisteet {id} ja {first} ovat sama nimi kahdella Unicode-kirjoitusasulla; kirjoita se yhdellä tavalla",
  "issues.unknownRoleSpelling":
    "tuntematon rooli {role}: roolin tunniste {variant} on sama nimi toisella Unicode-kirjoitusasulla; kirjoita se yhdellä tavalla",
  "issues.equivalentKind":
    "yhteyksien lajit {kind} ja {first} ovat sama nimi kahdella Unicode-kirjoitusasulla; kirjoita se yhdellä tavalla",
  "issues.selfTie": 'yhteys toimijasta "{id}" itseensä; yhteyden pitää yhdistää kaksi eri toimijaa',
  "issues.dateOrder": "päättymispäivä (until) {until} on ennen alkamispäivää (since) {since}",
  "issues.overflow":
    "{what, select, weights {painojen} other {summien}} yhteissumma tähän yhteyteen asti ylittää suurimman luvun ({max}); pienennä {what, select, weights {painoja} other {summia}}",
  "issues.didYouMean": "; tarkoititko {name}?",
  "issues.noHint": "",
};
