/**
 * English messages of the `io` area (ICU MessageFormat; ids start with `io.`): the problems the file
 * readers find in CSV tables, Kumu blueprints and sheets, GEXF, GraphML, JSON and affiliation
 * documents, each issue's `messageData`, and the names of what was read in an error's headline. Each
 * text is the English `message`, so `messageData.text` equals it. A parser's own English (a
 * JSON engine's, the XML parser's) is a parameter, `{text}` or `{detail}`, written as it came.
 *
 * @packageDocumentation
 */
export const IO_EN = {
  "io.what.source":
    "{source, select, gexf {GEXF} graphml {GraphML} json {JSON} ecosystemJson {ecosystem JSON} csv {CSV tables} kumuBlueprint {Kumu blueprint} kumuSheets {Kumu sheets} affiliations {affiliations} other {{source}}}{note}",
  "io.what.file": "file {path}{note}",
  "io.what.note": " ({parts})",
  "io.what.separated":
    "{files} read as {separator, select, semicolon {semicolon} tab {tab} other {comma}}-separated",
  "io.what.more": "{first}; {rest}",
  "io.place": "line {line}, column {column}",
  "io.atPlace": "{problem} ({place})",
  "io.file.notUtf8": "byte 0x{byte} is not UTF-8; save the file as UTF-8",
  "io.json.empty": "not valid JSON: the text is empty",
  "io.json.syntax":
    "not valid JSON at line {line, number, ::group-off}, column {column, number, ::group-off}: {detail}",
  "io.json.invalid": "is not valid JSON",
  "io.xml.notWellFormed": "not well-formed XML: {text}",
  "io.csv.quotes":
    "{problem, select, MissingQuotes {quoted field unterminated} InvalidQuotes {trailing quote on quoted field is malformed} other {{text}}}",
  "io.table.noHeader": "the file has no header row",
  "io.table.unnamedColumn": "column {column, number, ::group-off} has no name",
  "io.table.duplicateColumn": 'duplicate column "{name}"',
  "io.table.cellCount":
    "has {cells, number, ::group-off} {cells, plural, one {cell} other {cells}}; the header has {header, number, ::group-off}",
  "io.table.missingColumn": 'missing column "{name}"',
  "io.table.unknownColumn":
    'unknown column "{name}"{hint}; expected {expected}{attribute, select, yes {, or an attribute column that says its type ("{name}:string")} other {}}',
  "io.table.duplicateAttribute":
    'attribute "{name}" is also given in column "{earlier}"; fill only one of them',
  "io.cell.notNumber": "{value} is not a finite number",
  "io.cell.notBoolean": "{value} is not true or false",
  "io.cell.notJson": "{value} is not valid JSON",
  "io.cell.notList": "{value} is neither a |-separated list nor a JSON list of strings",
  "io.xml.notBoolean":
    "{value} is not a {format, select, gexf {GEXF} other {GraphML}} boolean (true, false, 1 or 0)",
  "io.xml.notWhole":
    "{value} is not a whole number (the {format, select, gexf {column} other {key}}'s type is {type})",
  "io.xml.notNumber":
    "{value} is not a finite number (the {format, select, gexf {column} other {key}}'s type is {type})",
  "io.xml.unknownEdgeAttribute":
    'unknown edge attribute "{key}"; ties carry only kind, weight, directed, amount, since and until',
  "io.xml.conflictingDirection":
    "says {value} but the edge {format, select, gexf {type } other {}}is {directed, select, yes {directed} other {undirected}}",
  "io.gexf.notGexf": "not a GEXF document: no <gexf> and <graph> elements",
  "io.gexf.unreadable": "not a readable GEXF document: {text}",
  "io.gexf.notReadable": "not a readable GEXF document",
  "io.gexf.attributeNoId": "an attribute declaration has no id",
  "io.gexf.reservedTitle":
    'attribute title "{title}" is the name of a JavaScript object member; choose another title',
  "io.gexf.attributeTwice": 'attribute id "{id}" is declared twice',
  "io.gexf.titleTwice": 'attribute title "{title}" is also the title of attribute "{earlier}"',
  "io.gexf.undeclared": 'attribute "{key}" is not declared in <attributes> ({place})',
  "io.gexf.nodeNoId": "a node has no id ({place})",
  "io.gexf.reservedNode":
    'node id "{id}" is the name of a JavaScript object member, which graphology cannot store as a key; choose another id ({place})',
  "io.gexf.duplicateNode": 'duplicate node id "{id}", also nodes[{index, number, ::group-off}] ({place})',
  "io.gexf.edgeEnd":
    '{problem, select, missing {is missing} reserved {names node "{id}", an id that is refused} other {names node "{id}", which the file does not declare}} ({place})',
  "io.gexf.duplicateEdge": 'duplicate edge id "{id}", also edges[{index, number, ::group-off}] ({place})',
  "io.graphml.notGraphml": "not a GraphML document: no <graphml> and <graph> elements",
  "io.graphml.noGraph": "not a GraphML document: no <graph> element",
  "io.graphml.keyNoId": "a key has no id",
  "io.graphml.reservedName": "attr.name {name} names a built-in member of every object",
  "io.graphml.undeclaredData": "<data key={key}> names no declared <key>",
  "io.affiliations.duplicateInitiative": 'duplicate initiative id "{id}"',
  "io.affiliations.duplicateMember": 'actor "{actor}" is listed twice in this initiative',
  "io.kumu.noLabel": "every Kumu element needs a label",
  "io.kumu.noType": "has no type; give every element a type naming its role (or map types with roleMap)",
  "io.kumu.unknownType": 'unknown element type "{type}"; map it to a role with roleMap or declare the role',
  "io.kumu.ambiguousLabel":
    "label {label} is carried by {count, number, ::group-off} elements (ids {ids}{more, select, yes {, …} other {}}); name one by its id",
  "io.kumu.direction": "{value} is not directed, undirected or mutual",
  "io.kumu.notBlueprint": "a Kumu blueprint must be an object with elements and connections",
  "io.kumu.notList": "must be a list of {what, select, elements {elements} other {connections}}",
  "io.kumu.unknownColumn": 'unknown column "{name}"{hint} (write "{name}:string" to keep it as an attribute)',
} as const;
