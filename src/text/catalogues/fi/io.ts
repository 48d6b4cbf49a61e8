/**
 * Messages of the `io` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { IO_EN } from "../en/io.js";

export const IO_FI: CataloguePart<typeof IO_EN> = {
  "io.what.source":
    "{source, select, gexf {GEXF-dokumentti} graphml {GraphML-dokumentti} json {JSON-teksti} ecosystemJson {ekosysteemin JSON} csv {CSV-taulukkoaineisto} kumuBlueprint {Kumu-kartta (blueprint)} kumuSheets {Kumu-taulukkoaineisto} affiliations {jäsenyysaineisto} other {{source}}}{note}",
  "io.what.file": "tiedosto {path}{note}",
  "io.what.note": " ({parts})",
  "io.what.separated":
    "{files}: erottimena {separator, select, semicolon {puolipiste} tab {sarkain} other {pilkku}}",
  "io.what.more": "{first}; {rest}",
  "io.place": "rivi {line}, sarake {column}",
  "io.atPlace": "{problem} ({place})",
  "io.file.notUtf8": "tavu 0x{byte} ei ole UTF-8:aa; tallenna tiedosto UTF-8-muodossa",
  "io.json.empty": "ei kelvollista JSONia: teksti on tyhjä",
  "io.json.syntax":
    "ei kelvollista JSONia rivillä {line, number, ::group-off}, sarakkeessa {column, number, ::group-off}: {detail}",
  "io.json.invalid": "ei ole kelvollista JSONia",
  "io.xml.notWellFormed": "XML ei ole hyvin muodostettua: {text}",
  "io.csv.quotes":
    "{problem, select, MissingQuotes {lainausmerkeissä oleva kenttä jää päättämättä} InvalidQuotes {lainausmerkeissä olevan kentän loppulainausmerkki on virheellinen} other {{text}}}",
  "io.table.noHeader": "tiedostossa ei ole otsikkoriviä",
  "io.table.unnamedColumn": "sarakkeella {column, number, ::group-off} ei ole nimeä",
  "io.table.duplicateColumn": 'sarake "{name}" on kahdesti',
  "io.table.cellCount":
    "rivillä on {cells, number, ::group-off} {cells, plural, one {solu} other {solua}}; otsikkorivillä {header, number, ::group-off}",
  "io.table.missingColumn": 'sarake "{name}" puuttuu',
  "io.table.unknownColumn":
    'tuntematon sarake "{name}"{hint}; odotettiin sarakkeita {expected}{attribute, select, yes {, tai ominaisuussaraketta, joka kertoo tyyppinsä ("{name}:string")} other {}}',
  "io.table.duplicateAttribute":
    'ominaisuus "{name}" annetaan myös sarakkeessa "{earlier}"; täytä vain toinen niistä',
  "io.cell.notNumber": "{value} ei ole äärellinen luku",
  "io.cell.notBoolean": "{value} ei ole true eikä false",
  "io.cell.notJson": "{value} ei ole kelvollista JSONia",
  "io.cell.notList": "{value} ei ole |-merkein eroteltu luettelo eikä merkkijonojen JSON-luettelo",
  "io.xml.notBoolean":
    "{value} ei ole {format, select, gexf {GEXF} other {GraphML}}-totuusarvo (true, false, 1 tai 0)",
  "io.xml.notWhole":
    "{value} ei ole kokonaisluku ({format, select, gexf {sarakkeen} other {avaimen}} tyyppi on {type})",
  "io.xml.notNumber":
    "{value} ei ole äärellinen luku ({format, select, gexf {sarakkeen} other {avaimen}} tyyppi on {type})",
  "io.xml.unknownEdgeAttribute":
    'tuntematon kaaren ominaisuus "{key}"; yhteyksillä on vain kind, weight, directed, amount, since ja until',
  "io.xml.conflictingDirection":
    "sanoo {value}, mutta {format, select, gexf {kaaren tyyppi} other {kaari}} on {directed, select, yes {suunnattu} other {suuntaamaton}}",
  "io.gexf.notGexf": "ei GEXF-dokumentti: <gexf>- ja <graph>-elementit puuttuvat",
  "io.gexf.unreadable": "GEXF-dokumenttia ei voi lukea: {text}",
  "io.gexf.notReadable": "GEXF-dokumenttia ei voi lukea",
  "io.gexf.attributeNoId": "ominaisuuden määrittelyllä ei ole tunnistetta",
  "io.gexf.reservedTitle":
    'ominaisuuden otsikko "{title}" on JavaScript-olion jäsenen nimi; valitse toinen otsikko',
  "io.gexf.attributeTwice": 'ominaisuuden tunniste "{id}" on määritelty kahdesti',
  "io.gexf.titleTwice": 'ominaisuuden otsikko "{title}" on myös ominaisuuden "{earlier}" otsikko',
  "io.gexf.undeclared": 'ominaisuutta "{key}" ei ole määritelty <attributes>-osassa ({place})',
  "io.gexf.nodeNoId": "solmulla ei ole tunnistetta ({place})",
  "io.gexf.reservedNode":
    'solmun tunniste "{id}" on JavaScript-olion jäsenen nimi, jota graphology ei voi tallentaa avaimeksi; valitse toinen tunniste ({place})',
  "io.gexf.duplicateNode":
    'solmun tunniste "{id}" toistuu, myös nodes[{index, number, ::group-off}] ({place})',
  "io.gexf.edgeEnd":
    '{problem, select, missing {puuttuu} reserved {nimeää solmun "{id}", jonka tunnistetta ei hyväksytä} other {nimeää solmun "{id}", jota tiedosto ei määrittele}} ({place})',
  "io.gexf.duplicateEdge":
    'kaaren tunniste "{id}" toistuu, myös edges[{index, number, ::group-off}] ({place})',
  "io.graphml.notGraphml": "ei GraphML-dokumentti: <graphml>- ja <graph>-elementit puuttuvat",
  "io.graphml.noGraph": "ei GraphML-dokumentti: <graph>-elementti puuttuu",
  "io.graphml.keyNoId": "avaimella (key) ei ole tunnistetta",
  "io.graphml.reservedName": "attr.name {name} on jokaisen olion sisäänrakennetun jäsenen nimi",
  "io.graphml.undeclaredData": "<data key={key}> viittaa avaimeen, jota ei ole määritelty <key>-elementtinä",
  "io.affiliations.duplicateInitiative": 'hankkeen tunniste "{id}" toistuu',
  "io.affiliations.duplicateMember": 'toimija "{actor}" on lueteltu tässä hankkeessa kahdesti',
  "io.kumu.noLabel": "jokainen Kumu-elementti tarvitsee nimen (label)",
  "io.kumu.noType":
    "tyyppi puuttuu; anna jokaiselle elementille tyyppi, joka nimeää sen roolin (tai muunna tyypit roleMapilla)",
  "io.kumu.unknownType":
    'tuntematon elementtityyppi "{type}"; liitä se rooliin roleMapilla tai määrittele rooli',
  "io.kumu.ambiguousLabel":
    "nimi {label} on {count, number, ::group-off} elementillä (tunnisteet {ids}{more, select, yes {, …} other {}}); nimeä yksi niistä tunnisteella",
  "io.kumu.direction": "{value} ei ole directed, undirected eikä mutual",
  "io.kumu.notBlueprint": "Kumu-kartan (blueprint) pitää olla olio, jossa on elements ja connections",
  "io.kumu.notList": "pitää olla luettelo {what, select, elements {elementtejä} other {yhteyksiä}}",
  "io.kumu.unknownColumn":
    'tuntematon sarake "{name}"{hint} (kirjoita "{name}:string", jos haluat säilyttää sen ominaisuutena)',
};
