/** The CLI reference page (docs/cli.md), built from the commands' own help texts. */
import { COMMANDS } from "./commands/index.js";

/** The Markdown of docs/cli.md. */
export function cliReference(): string {
  const sections = COMMANDS.map(
    (command) => `## \`${command.name}\`

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.

\`\`\`text
Usage: ${command.usage}

${command.help.trimEnd()}
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
\`\`\`

## Exit codes and errors

| code | meaning |
| --- | --- |
| 0 | success |
| 2 | invalid input or usage: a file that does not validate (every problem is listed with its JSON path, or file, row and column for CSV), a missing or unreadable file, an unknown command or option, a bad option value |
| 1 | anything else |

Errors are one paragraph on standard error, never a stack trace unless \`--debug\` is given. Progress of
long work (\`analyze\`, \`demo\`) goes to standard error only when it is a terminal; \`--quiet\` silences it.
Output has no colour when \`NO_COLOR\` is set or standard error is not a terminal.

Global options: \`-h, --help\` (also after a command), \`--version\`, \`--debug\`, \`-q, --quiet\`.

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
