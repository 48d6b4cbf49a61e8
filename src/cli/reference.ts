/** The CLI reference page (docs/cli.md), built from the commands' own help texts. */
import { COMMANDS } from "./commands/index.js";
import { ROLE_MAP_CLI_HELP } from "./role-map.js";

/** The Markdown of docs/cli.md. */
export function cliReference(): string {
  const sections = COMMANDS.map(
    (command) => `## \`${command.name}\`

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.

\`\`\`text
Usage: ${command.usage}

${command.help.text.trimEnd()}
\`\`\``,
  );
  return `# The \`ecoweave\` command

\`ecoweave\` analyses an ecosystem file without writing code: \`npx ecoweave analyze data.json --format html
--out report.html\`. It reads ecosystem JSON, Kumu blueprints, affiliation documents, GEXF and CSV pairs
(see [formats](formats.md)), validates them, and writes Markdown, JSON or a self-contained HTML page.

\`\`\`sh
npx ecoweave demo                                         # the bundled illustrative ecosystem
npx ecoweave validate ecosystem.json                      # every problem, with its place
npx ecoweave analyze ecosystem.json --format html --out report.html
npx ecoweave gaps ecosystem.json --coverage-by region
npx ecoweave brokers ecosystem.json --top 5
npx ecoweave suggest ecosystem.json --strategy fill-role-gaps
npx ecoweave plan ecosystem.json --budget 5
npx ecoweave scenario esf-ends.json --save after.json
npx ecoweave convert map.kumu.json ecosystem.json
npx ecoweave validate elements.csv --role-map Rahoittaja=funder,Kehittäjä=developer
\`\`\`

Every command that reads an ecosystem also takes:

\`\`\`text
${ROLE_MAP_CLI_HELP.text}
\`\`\`

Spreadsheets may be comma, semicolon or tab separated (each table's header row decides); an invalid
table's error says which separator was used when it was not a comma.

## Exit codes and errors

| code | meaning |
| --- | --- |
| 0 | success |
| 2 | invalid input or usage: a file that does not validate (every problem is listed with its JSON path, or file, row and column for CSV), a missing or unreadable file, an unknown command or option, a bad option value |
| 1 | anything else (a bug: please report it with \`--debug\` output) |

Each kind of bad input, and what the command says (exit 2 unless noted):

| input | message |
| --- | --- |
| a document that does not validate | \`ecoweave: invalid file <path>, N problems:\` then one line per problem, \`  ties[12].target: unknown actor "x9"\` |
| JSON that does not parse | \`(document): not valid JSON at line 2, column 13: expected ',' or '}' after property value\` |
| a CSV or Kumu sheet cell | \`actors.csv:row 2:founded:number: "12 €" is not a finite number\` |
| malformed GEXF | \`invalid GEXF\`, each XML complaint at \`line 3, column 17: not well-formed XML: …\` (nothing else on standard error) |
| a GEXF value of the wrong type | \`nodes[2].active: "yes" is not a GEXF boolean (true, false, 1 or 0) (line 9, column 5)\` |
| a GEXF edge to a missing node, a duplicate node | \`edges[0].target: names node "b", which the file does not declare (line …)\`, \`nodes[1].id: duplicate node id "a", also nodes[0] (line …)\` |
| a Kumu connection naming a label two elements carry | \`connections[0].from: label "Fund" is carried by 2 elements (ids "x1", "x2"); name one by its id\` |
| a file that is not UTF-8 | \`invalid file <path>, 1 problem: line 2, column 12: byte 0xe4 is not UTF-8; save the file as UTF-8\` |
| a missing file | \`ecoweave: readEcosystemFile: file not found: <path>\` |
| an output that cannot be written | \`cannot write <path> (permission denied)\` or \`(is a directory)\`; nothing is changed: every file, and both files of a CSV pair or Kumu sheets, is written to a temporary file beside it and renamed only when all are written, so an existing file keeps its bytes |
| an id, role, kind or attribute name GEXF or GraphML cannot carry | \`toGexf: cannot write actor id "a\\u0001" (a control character or one XML 1.0 forbids)\` |
| an invisible id, or one name in two Unicode spellings | \`actors[3].id: "\\u200b" shows no visible character …\`, \`actors[2].id: actor id "Cafe\\u0301" (NFD) and actor id "Caf\\u00e9" (NFC) are one name in two Unicode spellings; spell it one way\` (a tie end so spelt says the same in place of \`unknown actor\`) |
| a number where an id belongs (\`"id": 5\`), a blank tie kind | \`actors[0].id: must be a string\`, \`ties[0].kind: must not be blank\` |
| an attribute named after a JavaScript object member, in a document or a scenario's \`set.attributes\` | \`changes[0].set.attributes.__proto__: "__proto__" is not a usable attribute name (empty, or the name of a JavaScript object member); choose another name\` (refused, never dropped; \`--group-by constructor\` reads own attributes only and says \`no actor has the attribute "constructor"\`) |
| weights or amounts whose sum overflows | \`ties[1].weight: the weights of the ties up to this one add up to more than the largest number (1.7976931348623157e+308); scale the weights down\` |
| a role filter that selects no one (\`clinics --roles\`) | \`planPeerLearning: participants.role names the unknown role "fundrs"; did you mean "funder"?\`, or \`no actor has the role "host"; did you mean "developer"?\` for a declared role no actor holds |
| a \`--kinds\`, \`--group-by\` or \`--coverage-by\` that matches nothing | \`view: no tie has the kind "fundng"; did you mean "funding"?\`, \`findStructuralGaps: no actor has the attribute "regoin"; did you mean "region"?\` |
| an unknown command or option, a bad option value | \`ecoweave: --top must be a whole number ≥ 1, got "x"\` then \`Run "ecoweave --help" for usage.\` |

Errors are one paragraph on standard error, never a stack trace unless \`--debug\` is given. Progress of
long work (\`analyze\`, \`demo\`) goes to standard error only when it is a terminal, or always with
\`analyze --progress\` (each phase, the seconds since the start and the process's peak memory, for a log
or a benchmark); \`--quiet\` silences it.
Output has no colour when \`NO_COLOR\` is set or standard error is not a terminal.

Text from the data never drives the terminal: in everything written to standard output and standard
error (results, Markdown, JSON, error messages, progress), control characters (C0 other than tab and
line feed, DEL, C1, hence every escape sequence) and the Unicode bidirectional controls are written
as visible escapes such as \`\\u001b\` (JSON output stays valid and reads back equal). Markdown
reports escape them too, in files as well. CSV and Kumu sheets are written spreadsheet-safe (see
\`convert\` and [formats](formats.md#spreadsheet-safe-cells)).

Global options: \`-h, --help\` (also after a command), \`--version\`, \`--debug\`, \`-q, --quiet\`,
\`--lang en|fi|sv\`.

## Languages

Every command speaks English, Finnish or Swedish: \`--lang fi\` (or \`sv\`, \`en\`) anywhere on the
command line; without it, the language is taken from the environment as POSIX orders it: the first
of \`LC_ALL\`, \`LC_MESSAGES\` and \`LANG\` that is set and not empty decides, and names Finnish
(\`fi_FI.UTF-8\`) or Swedish (\`sv_FI\`, \`sv_SE\`), else English (\`LC_ALL=C\` wins over
\`LANG=fi_FI.UTF-8\`). Help, usage errors, text output and the Markdown and HTML reports are written
in it, with a decimal comma in Finnish and Swedish; \`--format json\` is byte-identical in every
language. An invalid document's problems are written in it too; the problems file readers find in a
cell or line, and most option errors of the library, are still in English. See [languages](languages.md).

## The analysis date

Every command that analyses (\`analyze\`, \`gaps\`, \`brokers\`, \`suggest\`, \`plan\`) works as of a date:
only ties active on it count (\`since ≤ date ≤ until\`), and \`gaps\` reports the ties that end within
12 months after it (\`--horizon\`) when their end would cut actors off or take away a role they need.
The date is \`--at YYYY-MM-DD\`, or today (UTC) without it; \`--at all\` counts every tie whatever its
dates. Reports and text output start with "As of <date>". The library never reads the clock: its
functions take \`at\` explicitly. \`demo\` always runs as of 2025-06-30, so its output is the same every
day. Set \`SOURCE_DATE_EPOCH\` (seconds since 1970, the reproducible-builds convention) to fix "today".

${sections.join("\n\n")}
`;
}
