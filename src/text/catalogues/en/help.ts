/**
 * English messages of the `help` area (ICU MessageFormat; ids start with `help.`): each command's long
 * `--help` text (what it does, every option, examples) and the option blocks commands share. Option
 * names, placeholders such as `<n>` and example command lines are the same in every language.
 *
 * @packageDocumentation
 */
export const HELP_EN = {
  /** What a usage line calls the options it does not list. */
  "help.usageOptions": "[options]",
  "help.view": `  --kinds <k1,k2>   only ties of these kinds count (default: all)
  --at <YYYY-MM-DD> analyse as of this date: only ties active on it count, and ties ending
                    within 12 months after it are reported (default: today; "all": every
                    tie whatever its dates, and no ending ties)`,
  "help.output": `  --format <f>        text or json (default text)
  --out <path>        write to a file instead of standard output`,
  "help.scope": `  --scope <a=v>       only ties with an end among the actors whose attribute a is v (e.g. region=Lappi)
  --scope-ends <e>    one (default: at least one end in the scope) or both`,
  "help.roleMap": `  --role-map <t=r,…>  Kumu element types → roles, e.g. Rahoittaja=funder,Kehittäjä=developer
  --role-map-file <p> the same from a file: a JSON object '{"Rahoittaja": "funder"}' or a table with
                      the columns type and role (comma, semicolon or tab separated)`,
  "help.analyze": `The report holds the overview and stage, structural gaps, bridge actors, key players and weaver
candidates, suggested connections, a weaving plan, the role-mixing matrix and a per-actor table.

Options:
  --format <f>        md, json or html (default md)
  --out <path>        write to a file instead of standard output (html is best written to a file)
{view}
  --seed <n>          seed of every random part (default 1); the same seed gives the same report
  --budget <n>        ties in the weaving plan (default 5)
  --strategy <s>      {strategies} (default close-gaps)
  --top <n>           bridge actors and suggestions to list (default 10)
  --group-by <attr>   group actors by this attribute for role pairs and brokerage (default: role)
  --coverage-by <attr> break coverage gaps down by this attribute (e.g. region)
  --spread-seeds <a,b> add a section on how far an innovation started by these actors travels
  --spread-model <m>  ic (independent cascade, default) or lt (linear threshold)
  --spread-p <chance> chance a tie passes it on (default 0.1), "weight" or "weight:<p0>"
  --spread-runs <n>   simulation runs (default 1000)
  --spread-group-by <attr> chart the reach by this attribute (default region, when every actor has one)
  --progress          show each phase, its time and the peak memory on stderr even when stderr is
                      not a terminal (a log file, a benchmark)
  -q, --quiet         no progress messages (progress is shown only when stderr is a terminal)

Examples:
  ecoweave analyze ecosystem.json --format html --out report.html
  ecoweave analyze ecosystem.json --at 2023-06-30 --budget 10 --strategy fill-role-gaps
  ecoweave analyze ecosystem.json --format html --out report.html --spread-seeds a1,a7 --spread-p 0.2`,
  "help.validate": `Reads the file (JSON, Kumu JSON, affiliations JSON, GEXF, GraphML, or a CSV pair: actors.csv with
ties.csv beside it), validates it, and prints its size. Exits 2 if it is invalid, listing the first 1000
problems in path order and then how many more there are of each kind.

Example:
  ecoweave validate ecosystem.json`,
  "help.gaps": `Options:
{view}
  --group-by <attr>   group actors by this attribute for role-pair gaps (default: role)
  --coverage-by <attr> also break coverage gaps down by this attribute (e.g. region)
  --max-distance <n>  steps within which a needed role counts as reachable (default 2)
  --include <k1,k2>   gap kinds to run: {kinds} (default: all)
  --horizon <months>  ties ending within this many months after --at are reported (default 12)
  --min-severity <x>  leave out gaps below this severity, 0–1 (default 0)
  --seed <n>          seed of the permutation test and communities (default 1)
{output}

Example:
  ecoweave gaps ecosystem.json --coverage-by region --min-severity 0.2`,
  "help.brokers": `Options:
{view}
  --group-by <list>   groupings brokerage counts across, comma-separated: role, community or an
                      attribute such as region (default: role,community)
  --top <n>           how many to list (default 10)
  --seed <n>          seed of the community detection (default 1)
{output}

Example:
  ecoweave brokers ecosystem.json --group-by role,region --top 5`,
  "help.suggest": `Options:
{view}
  --top <n>           how many suggestions (default 20)
  --strategy <s>      {strategies} (default close-gaps)
{scope}
  --max-per-actor <n> at most this many suggestions per actor (default 3)
  --seed <n>          seed of the estimates on large ecosystems (default 1)
{output}

Example:
  ecoweave suggest ecosystem.json --scope region=Lappi --top 10`,
  "help.plan": `Options:
  --budget <n>        how many ties to plan (required)
  --objective <o>     gaps, efficiency, coverage, balanced or spread (default gaps: what each tie
                      closes of the structural gaps, found again after each tie; spread: how much
                      further the innovation started by --seeds travels)
  --seeds <a,b>       with --objective spread: the actors the innovation starts with
  --model <m>         with spread: ic (independent cascade, default) or lt (linear threshold)
  --p <chance>        with spread: chance a tie passes it on (default 0.1), "weight" or "weight:<p0>"
  --p-kind <k=p,...>  with spread: chance per tie kind, *=<p> for the rest
  --runs <n>          with spread: runs per step (default 1000)
  --group-by <attr>   with spread: name the groups (e.g. region) a tie newly reaches
  --strategy <s>      {strategies} (default close-gaps)
{scope}
{view}
  --seed <n>          seed of the estimates on large ecosystems (default 1)
{output}

Examples:
  ecoweave plan ecosystem.json --budget 5 --scope region=Lappi
  ecoweave plan ecosystem.json --budget 3 --objective spread --seeds a1,a7 --p 0.1 --group-by region`,
  "help.clinics": `Options:
  --sessions <n>      number of sessions (default 1)
  --tables <n>        tables per session (default: as few as --size allows)
  --size <min-max>    table sizes, e.g. 4-6, or one size (default 2-6)
  --participants <ids>  only these actors, comma-separated (default: every actor)
  --roles <r1,r2>     only actors of these roles
  --where <a=v>       only actors whose attribute a is v (e.g. region=Lappi)
  --apart <a:b,...>   pairs never to share a table
  --together <a:b,...>  pairs to share a table in every session
  --hosts <id=t,...>  people fixed to table t (from 1) in every session
  --region-by <name>  the attribute holding the region (default region)
{view}
  --seed <n>          seed of the seating search (default 1)
  --format <f>        text, md, csv (one row per seat) or json (default text)
  --out <path>        write to a file instead of standard output

Example:
  ecoweave clinics ecosystem.json --sessions 3 --tables 8 --size 4-6 --format csv --out seats.csv`,
  "help.spread": `Options:
  --seeds <a,b>       ids of the actors the innovation starts with
  --find <k>          find the k best actors to start with (IMM), then simulate from them
  --model <m>         ic (independent cascade, default) or lt (linear threshold)
  --p <chance>        chance a tie passes it on (default 0.1); "weight" or "weight:<p0>" for
                      1 − (1 − p0)^weight (p0 default 0.1)
  --p-kind <k=p,...>  chance per tie kind, e.g. funding=0.2,collaboration=0.1; *=<p> for the rest
  --runs <n>          simulation runs (default 1000)
  --max-steps <n>     stop after this many steps (default: until it stops)
  --group-by <attr>   total the reach by this attribute too (e.g. region)
  --objective <o>     with --find: reach (default) or groups (reach a share of every --group-by group)
  --epsilon <e>       with --find: IMM's accuracy ε in (0, 1) (default 0.1)
  --directed          follow tie directions (funding and training pass one way only)
{view}
  --seed <n>          seed of the random draws (default 1)
  --format <f>        text, md or json (default text)
  --out <path>        write to a file instead of standard output

The chances are assumptions you choose: use the results to compare starting points, not as a forecast.

Examples:
  ecoweave spread ecosystem.json --seeds a1,a7 --model ic --p 0.1 --group-by region
  ecoweave spread ecosystem.json --find 5 --objective groups --group-by region --format md`,
  "help.scenario": `A scenario file is '{ "name"?, "description"?, "base"?: "ecosystem.json", "changes": [...] }' with
changes such as '{ "op": "removeActor", "id": "f-esf" }' or '{ "op": "addTie", "tie": {...} }'
(see docs/scenarios.md). "base" is read relative to the scenario file; --base overrides it.

Options:
  --base <file>       the ecosystem to change (default: the scenario's "base")
  --save <path>       also write the changed ecosystem (format by extension)
  --seed <n>          seed of the analyses behind the comparison (default 1)
  --format <f>        text or json (default text)
  --out <path>        write the comparison to a file instead of standard output

Example:
  ecoweave scenario esf-ends.json --save after.json`,
  "help.convert": `The formats follow the file names:
  .json         ecosystem JSON (reading also recognises Kumu blueprints and affiliation documents)
  .kumu.json    Kumu blueprint JSON
  .csv / folder actors.csv and ties.csv side by side (name either file, or the folder)
  .gexf         GEXF (written as 1.2, which NetworkX and Gephi read; 1.2 and 1.3 read)
  .graphml      GraphML
The input is validated first; every problem is listed with its place. The output files are written
all or nothing: if one cannot be written, no existing file is changed.
CSV and Kumu sheet cells that start with =, +, -, @, tab or carriage return (and are not numbers) are
written with a leading ' so a spreadsheet shows them as text instead of running them as formulas;
reading keeps the ', so use --no-spreadsheet-safe for tables only ecoweave will read.

Options:
  --no-spreadsheet-safe  write such cells as they are

Examples:
  ecoweave convert map.kumu.json ecosystem.json
  ecoweave convert ecosystem.json out/actors.csv`,
  "help.demo": `Runs every analysis on the sample ecosystem that ships with ecoweave: 115 fictional actors in real
Finnish regions with planted features (see docs/sample-ecosystem.md), as of {date}. Prints the
overview, the top structural gaps, bridge actors, the suggested introductions with the gaps they
close (the top gap first, the Lappi silo's funder and upskiller) and a 5-tie weaving plan with what it
closes and what happens to the isolates, and writes report.md and report.html.

Options:
  --out-dir <dir>     where to write report.md and report.html (default: the current directory)

The demo runs as of {date}, a fixed date, so its output is the same every day: the sample's
ties are dated, and on that date the ESF+ programme's funding ties are active but end within the
year.

Example:
  ecoweave demo --out-dir /tmp`,
} as const;
