/**
 * Messages of the `io` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { IO_EN } from "../en/io.js";

export const IO_SV: CataloguePart<typeof IO_EN> = {
  "io.what.source":
    "{source, select, gexf {GEXF-dokumentet} graphml {GraphML-dokumentet} json {JSON-texten} ecosystemJson {ekosystemets JSON} csv {CSV-tabellerna} kumuBlueprint {Kumu-kartan (blueprint)} kumuSheets {Kumu-tabellerna} affiliations {medlemskapsuppgifterna} other {{source}}}{note}",
  "io.what.file": "filen {path}{note}",
  "io.what.note": " ({parts})",
  "io.what.separated":
    "{files} lästa med {separator, select, semicolon {semikolon} tab {tabb} other {komma}} som avgränsare",
  "io.what.more": "{first}; {rest}",
  "io.place": "rad {line}, kolumn {column}",
  "io.atPlace": "{problem} ({place})",
  "io.file.notUtf8": "byte 0x{byte} är inte UTF-8; spara filen som UTF-8",
  "io.json.empty": "inte giltig JSON: texten är tom",
  "io.json.syntax":
    "inte giltig JSON på rad {line, number, ::group-off}, kolumn {column, number, ::group-off}: {detail}",
  "io.json.invalid": "är inte giltig JSON",
  "io.xml.notWellFormed": "XML är inte välformad: {text}",
  "io.csv.quotes":
    "{problem, select, MissingQuotes {ett citerat fält avslutas inte} InvalidQuotes {det avslutande citattecknet i ett citerat fält är felaktigt} other {{text}}}",
  "io.table.noHeader": "filen har ingen rubrikrad",
  "io.table.unnamedColumn": "kolumn {column, number, ::group-off} saknar namn",
  "io.table.duplicateColumn": 'kolumnen "{name}" finns två gånger',
  "io.table.cellCount":
    "har {cells, number, ::group-off} {cells, plural, one {cell} other {celler}}; rubrikraden har {header, number, ::group-off}",
  "io.table.missingColumn": 'kolumnen "{name}" saknas',
  "io.table.unknownColumn":
    'okänd kolumn "{name}"{hint}; väntade kolumnerna {expected}{attribute, select, yes {, eller en attributkolumn som anger sin typ ("{name}:string")} other {}}',
  "io.table.duplicateAttribute":
    'attributet "{name}" anges också i kolumnen "{earlier}"; fyll bara i en av dem',
  "io.cell.notNumber": "{value} är inte ett ändligt tal",
  "io.cell.notBoolean": "{value} är varken true eller false",
  "io.cell.notJson": "{value} är inte giltig JSON",
  "io.cell.notList": "{value} är varken en lista avgränsad med | eller en JSON-lista med strängar",
  "io.xml.notBoolean":
    "{value} är inte ett booleskt värde i {format, select, gexf {GEXF} other {GraphML}} (true, false, 1 eller 0)",
  "io.xml.notWhole":
    "{value} är inte ett heltal ({format, select, gexf {kolumnens} other {nyckelns}} typ är {type})",
  "io.xml.notNumber":
    "{value} är inte ett ändligt tal ({format, select, gexf {kolumnens} other {nyckelns}} typ är {type})",
  "io.xml.unknownEdgeAttribute":
    'okänt kantattribut "{key}"; band har bara kind, weight, directed, amount, since och until',
  "io.xml.conflictingDirection":
    "säger {value} men {format, select, gexf {kantens typ} other {kanten}} är {directed, select, yes {riktad} other {oriktad}}",
  "io.gexf.notGexf": "inte ett GEXF-dokument: elementen <gexf> och <graph> saknas",
  "io.gexf.unreadable": "GEXF-dokumentet går inte att läsa: {text}",
  "io.gexf.notReadable": "GEXF-dokumentet går inte att läsa",
  "io.gexf.attributeNoId": "en attributdeklaration saknar id",
  "io.gexf.reservedTitle":
    'attributtiteln "{title}" är namnet på en medlem i JavaScript-objekt; välj en annan titel',
  "io.gexf.attributeTwice": 'attribut-id "{id}" deklareras två gånger',
  "io.gexf.titleTwice": 'attributtiteln "{title}" är också titeln på attributet "{earlier}"',
  "io.gexf.undeclared": 'attributet "{key}" är inte deklarerat i <attributes> ({place})',
  "io.gexf.nodeNoId": "en nod saknar id ({place})",
  "io.gexf.reservedNode":
    'nod-id "{id}" är namnet på en medlem i JavaScript-objekt, som graphology inte kan lagra som nyckel; välj ett annat id ({place})',
  "io.gexf.duplicateNode":
    'nod-id "{id}" förekommer två gånger, även nodes[{index, number, ::group-off}] ({place})',
  "io.gexf.edgeEnd":
    '{problem, select, missing {saknas} reserved {anger noden "{id}", ett id som inte godtas} other {anger noden "{id}", som filen inte deklarerar}} ({place})',
  "io.gexf.duplicateEdge":
    'kant-id "{id}" förekommer två gånger, även edges[{index, number, ::group-off}] ({place})',
  "io.graphml.notGraphml": "inte ett GraphML-dokument: elementen <graphml> och <graph> saknas",
  "io.graphml.noGraph": "inte ett GraphML-dokument: elementet <graph> saknas",
  "io.graphml.keyNoId": "en nyckel (key) saknar id",
  "io.graphml.reservedName": "attr.name {name} är namnet på en inbyggd medlem i varje objekt",
  "io.graphml.undeclaredData": "<data key={key}> anger ingen deklarerad <key>",
  "io.affiliations.duplicateInitiative": 'initiativ-id "{id}" förekommer två gånger',
  "io.affiliations.duplicateMember": 'aktören "{actor}" står två gånger i detta initiativ',
  "io.kumu.noLabel": "varje Kumu-element behöver en etikett (label)",
  "io.kumu.noType":
    "saknar typ; ge varje element en typ som anger dess roll (eller översätt typerna med roleMap)",
  "io.kumu.unknownType":
    'okänd elementtyp "{type}"; koppla den till en roll med roleMap eller deklarera rollen',
  "io.kumu.ambiguousLabel":
    "etiketten {label} bärs av {count, number, ::group-off} element (id {ids}{more, select, yes {, …} other {}}); ange ett av dem med dess id",
  "io.kumu.direction": "{value} är varken directed, undirected eller mutual",
  "io.kumu.notBlueprint": "en Kumu-karta (blueprint) måste vara ett objekt med elements och connections",
  "io.kumu.notList": "måste vara en lista med {what, select, elements {element} other {kopplingar}}",
  "io.kumu.unknownColumn":
    'okänd kolumn "{name}"{hint} (skriv "{name}:string" för att behålla den som attribut)',
};
