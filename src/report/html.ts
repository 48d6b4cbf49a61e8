/**
 * `toHtml`: the ecosystem report as one self-contained HTML page — the network picture with details
 * on hover, the mixing heatmap, bar charts of the bridge actors, the gaps, suggestions and plan.
 *
 * @packageDocumentation
 */
import { BRIDGE_WEIGHTS_DEFAULTS } from "../brokers/find-bridge-actors.js";
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import type { SpreadSimulation } from "../spread/simulate-spread.js";
import { introductionWords, tieKindWords } from "../weave/tie-proposal.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { type Bar, barChart, type HeatCell, heatmapTable } from "./charts.js";
import { actorLabels, overviewFigureRows, planFigureRows, stageSentence } from "./labels.js";
import { roleColors } from "./palette.js";
import { peerLearningHtml } from "./peer-learning-html.js";
import { spreadHtml } from "./spread-section.js";
import { type ToSvgOptions, toSvg } from "./svg.js";
import { escapeXml as escapeHtml, formatNumber, formatPercent, jsonForScript } from "./text.js";

/** Options of {@link toHtml}. */
export interface ToHtmlOptions {
  /**
   * The page's title and main heading.
   * @defaultValue `Ecosystem report: <the ecosystem's name>`, or `Ecosystem report`
   */
  title?: string;
  /**
   * Options of the network picture (see `toSvg`). The view options, seed, bridge actors and suggested
   * ties come from the report unless given here.
   * @defaultValue width 880, height 640, the report's `kinds`, `at` and `seed`, its bridge actors
   * ringed and its suggestions dashed
   */
  svg?: Omit<ToSvgOptions, "directed" | "idPrefix" | "focusable">;
  /**
   * How many actors of highest betweenness the "Most central actors" table lists (an integer ≥ 0).
   * @defaultValue 15
   */
  centralActors?: number;
  /**
   * A peer-learning plan (from `planPeerLearning` on the same ecosystem) to show in a "Peer-learning
   * clinics" section after the weaving plan: its summary and each session's tables with their members
   * and reasons.
   * @defaultValue none (no such section)
   */
  peerLearning?: PeerLearningPlan;
  /**
   * A spread simulation (from `simulateSpread` on the same ecosystem, with `groupBy: "region"` for the
   * chart by region) to show in a "Spread of an innovation" section after the weaving plan: the mean
   * reach, the reach by region (else by role) as a bar chart, and the reach by role.
   * @defaultValue none (no such section)
   */
  spread?: SpreadSimulation;
}

/** The defaults of {@link ToHtmlOptions}. */
export const TO_HTML_DEFAULTS = Object.freeze({ centralActors: 15 } satisfies ToHtmlOptions);

const STYLE = `
:root { color-scheme: light; --ink: #202124; --muted: #5f6368; --line: #dadce0; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafafa; }
header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
nav a { color: var(--accent); }
.lead { color: var(--muted); max-width: 80ch; }
table { border-collapse: collapse; margin: 8px 0 16px; background: #fff; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f1f3f4; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 18px; }
td.nowrap { white-space: nowrap; }
.severity { display: inline-block; height: 8px; background: #D55E00; margin-right: 6px; vertical-align: middle; }
.network { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.network figure { width: min-content; margin: 0; background: #fff; border: 1px solid var(--line); max-width: 100%; overflow: auto; }
.network figcaption { padding: 4px 8px; color: var(--muted); font-size: 0.9rem; }
#actor-details { position: sticky; top: 8px; flex: 1 1 240px; min-width: 240px; background: #fff; border: 1px solid var(--line); padding: 8px 12px; }
#actor-details h3 { margin-top: 4px; }
#actor-details dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
#actor-details dt { color: var(--muted); }
#actor-details dd { margin: 0; }
.muted { color: var(--muted); }
.clinic-tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 12px; padding: 0; list-style: none; }
.clinic-table { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.clinic-table h4 { margin: 0 0 4px; }
svg.ecoweave-network circle.actor { cursor: pointer; }
svg.ecoweave-network circle.actor:hover, svg.ecoweave-network circle.actor:focus, svg.ecoweave-network circle.actor.selected { stroke: #202124; stroke-width: 2.5; outline: none; }
.heatmap td { text-align: center; min-width: 84px; }
.heatmap .note { display: block; font-size: 0.78rem; opacity: 0.85; }
.figures { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.muted { color: var(--muted); }
footer { color: var(--muted); font-size: 0.85rem; padding: 24px; }
`;

/** Inline script: the details panel follows the actor under the pointer or with the keyboard focus. */
const SCRIPT = `
(function () {
  "use strict";
  var source = document.getElementById("ecoweave-actor-data");
  var panel = document.getElementById("actor-details-body");
  var picture = document.querySelector("#network svg.ecoweave-network");
  if (!source || !panel || !picture) return;
  var actors = new Map(JSON.parse(source.textContent));
  var selected = null;
  function show(circle) {
    var actor = actors.get(circle.getAttribute("data-id"));
    if (!actor) return;
    if (selected) selected.classList.remove("selected");
    selected = circle;
    circle.classList.add("selected");
    panel.replaceChildren();
    var heading = document.createElement("h3");
    heading.textContent = actor.label;
    panel.appendChild(heading);
    var list = document.createElement("dl");
    actor.facts.forEach(function (fact) {
      var term = document.createElement("dt");
      term.textContent = fact[0];
      var value = document.createElement("dd");
      value.textContent = fact[1];
      list.appendChild(term);
      list.appendChild(value);
    });
    panel.appendChild(list);
    if (actor.reasons.length > 0) {
      var why = document.createElement("p");
      why.textContent = "Why a bridge actor:";
      panel.appendChild(why);
      var reasons = document.createElement("ul");
      actor.reasons.forEach(function (reason) {
        var item = document.createElement("li");
        item.textContent = reason;
        reasons.appendChild(item);
      });
      panel.appendChild(reasons);
    }
  }
  function onEvent(event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains("actor")) show(target);
  }
  picture.addEventListener("mouseover", onEvent);
  picture.addEventListener("focusin", onEvent);
  picture.addEventListener("click", onEvent);
})();
`;

function cell(text: string, numeric = false): string {
  return `<td${numeric ? ' class="number"' : ""}>${escapeHtml(text)}</td>`;
}

function headerRow(headers: readonly (string | [string, "number"])[]): string {
  return `<thead><tr>${headers
    .map((header) =>
      typeof header === "string"
        ? `<th scope="col">${escapeHtml(header)}</th>`
        : `<th scope="col" class="number">${escapeHtml(header[0])}</th>`,
    )
    .join("")}</tr></thead>`;
}

/** Gap ids as code, or a dash when the tie closes no gap. */
function closesList(ids: readonly string[]): string {
  return ids.length === 0 ? "—" : ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ");
}

function list(items: readonly string[]): string {
  return items.length === 0 ? "" : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

function overviewSection(report: EcosystemReport): string {
  const o = report.overview;
  const rows = overviewFigureRows(o);
  const figures = `<table><caption>Figures</caption>${headerRow(["Measure", ["Value", "number"]])}<tbody>${rows
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th>${cell(value, true)}</tr>`)
    .join("")}</tbody></table>`;
  const roles = `<table><caption>Actors by role</caption>${headerRow(["Role", ["Actors", "number"], "Needs"])}<tbody>${o.roles
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${cell(String(row.actors), true)}${cell(
          row.needs.join(", ") || "–",
        )}</tr>`,
    )
    .join("")}</tbody></table>`;
  const kinds = `<table><caption>Ties by kind</caption>${headerRow(["Kind", ["Ties", "number"]])}<tbody>${o.tiesByKind
    .map((row) => `<tr><th scope="row">${escapeHtml(row.kind)}</th>${cell(String(row.ties), true)}</tr>`)
    .join("")}</tbody></table>`;
  const stage =
    o.stage === null
      ? `<p class="muted">The development stage needs at least 3 actors.</p>`
      : `<h3>Development stage</h3>\n<p>${escapeHtml(stageSentence(o.stage.stage))}</p>\n${list(o.stage.reasons)}`;
  const isolates =
    o.isolates.length === 0
      ? ""
      : `<p><strong>Isolates:</strong> ${escapeHtml(
          actorLabels(report, o.isolates.slice(0, 30)).join(", ") +
            (o.isolates.length > 30 ? ` and ${o.isolates.length - 30} more` : ""),
        )}</p>`;
  return section(
    "overview",
    "Overview",
    `<div class="figures">${figures}${roles}${kinds}</div>\n${stage}\n${isolates}`,
  );
}

function networkSection(report: EcosystemReport, eco: Ecosystem, options: ToHtmlOptions): string {
  const svgOptions: ToSvgOptions = {
    width: 880,
    seed: report.generatedWith.seed,
    bridgeActors: report.bridgeActors.map((actor) => actor.id),
    suggestions: report.suggestions,
    ...(report.generatedWith.kinds === null ? {} : { kinds: report.generatedWith.kinds }),
    ...(report.generatedWith.at === null ? {} : { at: report.generatedWith.at }),
    ...options.svg,
    idPrefix: "ecoweave-network",
    focusable: true,
  };
  const svg = toSvg(eco, svgOptions);
  const caption =
    "Actors coloured by role and sized by their number of contacts; dark rings mark the bridge actors, " +
    "vermilion rings the cut vertices, dashed lines the suggested ties. Hover over, click or tab to an " +
    "actor to see its details.";
  const panel =
    `<aside id="actor-details" aria-live="polite" aria-labelledby="actor-details-heading">` +
    `<h3 id="actor-details-heading">Actor details</h3>` +
    `<div id="actor-details-body"><p class="muted">Hover over an actor in the picture.</p></div></aside>`;
  return section(
    "network",
    "Network",
    `<div class="network"><figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>${panel}</div>`,
  );
}

function gapsSection(report: EcosystemReport): string {
  if (report.gaps.length === 0) return section("gaps", "Structural gaps", "<p>No structural gaps found.</p>");
  const rows = report.gaps
    .map(
      (gap, k) =>
        `<tr>${cell(String(k + 1), true)}<td class="number nowrap"><span class="severity" style="width:${Math.round(
          gap.severity * 60,
        )}px"></span>${escapeHtml(formatNumber(gap.severity, 2))}</td>${cell(gap.kind)}${cell(gap.title)}${cell(
          gap.detail,
        )}${cell(String(gap.actors.length), true)}</tr>`,
    )
    .join("\n");
  return section(
    "gaps",
    "Structural gaps",
    `<p class="lead">Where the network is thin: groups tied less than their activity predicts, siloed clusters, actors who cannot reach a role they need, cut-off parts and single points of failure. Severity runs from 0 to 1.</p>\n<table><caption>${report.gaps.length} structural gaps, most severe first</caption>${headerRow(
      [["#", "number"], ["Severity", "number"], "Kind", "Finding", "Detail", ["Actors", "number"]],
    )}<tbody>\n${rows}\n</tbody></table>`,
  );
}

function bridgesSection(report: EcosystemReport): string {
  const actors = report.bridgeActors;
  const w = BRIDGE_WEIGHTS_DEFAULTS;
  if (actors.length === 0) return section("bridges", "Bridge actors", "<p>No actors.</p>");
  const colors = roleColors(report.actors.map((row) => row.role));
  const scoreBars: Bar[] = actors.map((actor) => ({
    label: actor.label,
    value: actor.score,
    detail: `${actor.label} (${actor.role}): bridge score ${formatNumber(actor.score, 3)} (paths ${formatNumber(actor.contributions.betweenness, 3)}, cut off ${formatNumber(actor.contributions.cutOff, 3)}, needs ${formatNumber(actor.contributions.needs, 3)}, brokerage ${formatNumber(actor.contributions.brokerage, 3)})`,
    color: colors.get(actor.role) ?? "#999999",
  }));
  const betweennessBars: Bar[] = actors.map((actor) => ({
    label: actor.label,
    value: actor.betweenness,
    detail: `${actor.label} (${actor.role}): betweenness ${formatNumber(actor.betweenness, 4)}`,
    color: colors.get(actor.role) ?? "#999999",
  }));
  const charts =
    `<div class="figures"><figure>${barChart("Bridge score of the top bridge actors", scoreBars, { digits: 3, width: 560 })}` +
    `<figcaption>Bridge score: ${w.betweenness} × share of shortest paths + ${w.cutOff} × share of actors cut off + ${w.needs} × share of needs lost + ${w.brokerage} × brokerage share, coloured by role</figcaption></figure>` +
    `<figure>${barChart("Betweenness of the top bridge actors", betweennessBars, { digits: 4, width: 560 })}` +
    `<figcaption>Normalised betweenness: the share of shortest paths between others through the actor</figcaption></figure></div>`;
  const rows = actors
    .map(
      (actor) =>
        `<tr>${cell(String(actor.rank), true)}<th scope="row">${escapeHtml(actor.label)}</th>${cell(actor.role)}${cell(
          formatNumber(actor.score, 3),
          true,
        )}${cell(formatNumber(actor.betweenness, 4), true)}${cell(
          actor.isCutVertex ? `yes (${actor.cutOff} cut off)` : "no",
        )}${cell(actor.needsLost.map((need) => `${need.actors.length} to ${need.role}`).join(", ") || "none")}<td>${list(actor.reasons)}</td></tr>`,
    )
    .join("\n");
  return section(
    "bridges",
    "Bridge actors",
    `<p class="lead">Who lies on the paths between others, holds parts of the network together and brokers across groups, ranked by the size of each; the first reason is the one that decided the rank.</p>\n${charts}\n<table><caption>Top ${actors.length} bridge actors</caption>${headerRow(
      [
        ["Rank", "number"],
        "Actor",
        "Role",
        ["Score", "number"],
        ["Betweenness", "number"],
        "Cut vertex",
        "Ways to a role lost",
        "Why",
      ],
    )}<tbody>\n${rows}\n</tbody></table>`,
  );
}

function keyPlayersSection(report: EcosystemReport): string {
  const parts: string[] = [];
  const key = report.keyPlayers;
  if (key !== null) {
    parts.push(
      `<h3>Key players (fragmentation)</h3>\n<p>Removing ${escapeHtml(actorLabels(report, key.actors).join(", "))} ` +
        `would leave the network with fragmentation ${escapeHtml(formatNumber(key.score, 3))} ` +
        `(now ${escapeHtml(formatNumber(key.baseline.empty, 3))}; the ${key.k} best-connected actors would give ` +
        `${escapeHtml(formatNumber(key.baseline.topDegree.score, 3))}). Fragmentation is the share of pairs of actors ` +
        `that cannot reach each other.</p>`,
    );
  }
  const weavers = report.weaverCandidates;
  if (weavers !== null) {
    parts.push(
      `<h3>Weaver candidates</h3>\n<p>A weaving team of ${weavers.team.length} reaches ${weavers.reached} actors ` +
        `(${escapeHtml(formatPercent(weavers.reach))} of the others) within 2 steps: each member knows them or knows someone who does.</p>`,
    );
    const rows = weavers.candidates
      .map(
        (candidate) =>
          `<tr><th scope="row">${escapeHtml(candidate.label)}</th>${cell(candidate.role)}${cell(
            String(candidate.reached),
            true,
          )}${cell(String(candidate.added), true)}<td>${list(candidate.reasons)}</td></tr>`,
      )
      .join("\n");
    parts.push(
      `<table><caption>The weaving team</caption>${headerRow([
        "Actor",
        "Role",
        ["Reaches", "number"],
        ["Adds", "number"],
        "Why",
      ])}<tbody>\n${rows}\n</tbody></table>`,
    );
  }
  if (parts.length === 0) parts.push("<p>Too few actors.</p>");
  return section("key-players", "Key players and weaver candidates", parts.join("\n"));
}

function suggestionsSection(report: EcosystemReport): string {
  if (report.suggestions.length === 0) {
    return section("suggestions", "Suggested connections", "<p>No ties to suggest.</p>");
  }
  const rows = report.suggestions
    .map((suggestion, k) => {
      const [source, target] = actorLabels(report, [suggestion.source, suggestion.target]);
      const introducers = actorLabels(report, suggestion.introducers);
      return `<tr>${cell(String(k + 1), true)}<th scope="row">${escapeHtml(`${source} – ${target}`)}</th>${cell(
        tieKindWords(suggestion.tieKind),
      )}<td>${closesList(suggestion.closes)}</td>${cell(
        introductionWords(suggestion.introduction, introducers),
      )}<td>${list(suggestion.reasons)}</td></tr>`;
    })
    .join("\n");
  return section(
    "suggestions",
    "Suggested connections",
    `<p class="lead">Ties the weaver could make first (strategy: ${escapeHtml(
      report.generatedWith.strategy,
    )}), each with who can make the introduction and why.</p>\n<table><caption>Top ${report.suggestions.length} suggested ties</caption>${headerRow(
      [["#", "number"], "Introduce", "Tie", "Closes", "Introduced", "Why"],
    )}<tbody>\n${rows}\n</tbody></table>`,
  );
}

function planSection(report: EcosystemReport): string {
  const plan = report.plan;
  if (plan === null) return section("plan", "Weaving plan", "<p>Too few actors for a plan.</p>");
  const figures = planFigureRows(plan);
  const table = `<table><caption>The network before and after the plan</caption>${headerRow([
    "Measure",
    ["Before", "number"],
    ["After", "number"],
    ["Change", "number"],
  ])}<tbody>${figures
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.measure)}</th>${cell(row.before, true)}${cell(row.after, true)}${cell(
          row.change,
          true,
        )}</tr>`,
    )
    .join("")}</tbody></table>`;
  const steps = plan.steps
    .map((step, k) => {
      const [source, target] = actorLabels(report, [step.source, step.target]);
      const introducers = actorLabels(report, step.introducers);
      return `<tr>${cell(String(k + 1), true)}<th scope="row">${escapeHtml(`${source} – ${target}`)}</th>${cell(
        tieKindWords(step.tieKind),
      )}<td>${closesList(step.closes)}</td>${cell(introductionWords(step.introduction, introducers))}<td>${list(
        step.reasons,
      )}</td></tr>`;
    })
    .join("\n");
  return section(
    "plan",
    "Weaving plan",
    `<p class="lead">${plan.steps.length} ties chosen one at a time (objective: ${escapeHtml(
      plan.objective,
    )}), each as if the ties before it had been made. Gaps: ${plan.gaps.before} before, ${
      plan.gaps.after
    } after; closed: ${closesList(plan.gaps.closed)}.</p>\n${table}\n<table><caption>Steps</caption>${headerRow(
      [["Step", "number"], "Introduce", "Tie", "Closes", "Introduced", "Why"],
    )}<tbody>\n${steps}\n</tbody></table>`,
  );
}

function mixingSection(report: EcosystemReport): string {
  const mixing = report.mixing;
  if (mixing.groups.length === 0) return section("mixing", "Who is tied to whom", "<p>No actors.</p>");
  let largest = 0;
  for (const row of mixing.ties) for (const value of row) largest = Math.max(largest, value);
  const cells: HeatCell[][] = mixing.ties.map((row, g) =>
    row.map((value, h) => {
      const ratio = mixing.ratio[g]![h]!;
      const pair = g === h ? `within ${mixing.groups[g]!}` : `${mixing.groups[g]!} – ${mixing.groups[h]!}`;
      return {
        text: formatNumber(value, 1),
        ...(ratio === null ? {} : { note: `${formatNumber(ratio, 2)}× expected` }),
        t: largest === 0 ? 0 : value / largest,
        title: `${pair}: ${formatNumber(value, 1)} tied pairs, ${formatNumber(mixing.expected[g]![h]!, 1)} expected from the groups' activity`,
      };
    }),
  );
  return section(
    "mixing",
    "Who is tied to whom",
    `<p class="lead">Tied pairs between and within groups (by ${escapeHtml(
      mixing.groupBy,
    )}). Darker cells hold more ties; below each count, how it compares with what the groups' numbers of contacts predict (below 1×: fewer ties than expected).</p>\n${heatmapTable(
      `Tied pairs by ${mixing.groupBy}`,
      mixing.groups,
      mixing.groups,
      cells,
    )}`,
  );
}

function centralSection(report: EcosystemReport, count: number): string {
  const rows = [...report.actors]
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${cell(row.role)}${cell(String(row.degree), true)}${cell(
          formatNumber(row.betweenness, 4),
          true,
        )}${cell(formatNumber(row.constraint, 3), true)}${cell(formatNumber(row.effectiveSize, 2), true)}${cell(
          String(row.community),
          true,
        )}${cell(String(row.coreNumber), true)}</tr>`,
    )
    .join("\n");
  return section(
    "actors",
    "Most central actors",
    `<table><caption>The ${Math.min(count, report.actors.length)} actors with the highest betweenness (the full table is in the JSON report)</caption>${headerRow(
      [
        "Actor",
        "Role",
        ["Contacts", "number"],
        ["Betweenness", "number"],
        ["Constraint", "number"],
        ["Effective size", "number"],
        ["Community", "number"],
        ["Core", "number"],
      ],
    )}<tbody>\n${rows}\n</tbody></table>`,
  );
}

/** The details the hover panel shows, as `[id, { label, facts, reasons }]` entries. */
function actorDetails(
  report: EcosystemReport,
): [string, { label: string; facts: [string, string][]; reasons: string[] }][] {
  const reasons = new Map(report.bridgeActors.map((actor) => [actor.id, actor.reasons]));
  return report.actors.map((row) => {
    const facts: [string, string][] = [["Role", row.role]];
    const region = row.attributes.region;
    if (region !== undefined)
      facts.push(["Region", Array.isArray(region) ? region.join(", ") : String(region)]);
    facts.push(
      ["Contacts", String(row.degree)],
      ["Betweenness", formatNumber(row.betweenness, 4)],
      ["Constraint", formatNumber(row.constraint, 3)],
      ["Community", String(row.community)],
    );
    return [row.id, { label: row.label, facts, reasons: reasons.get(row.id) ?? [] }];
  });
}

/**
 * The ecosystem report as one self-contained HTML page: the network picture with details on hover,
 * the overview, the gaps, bridge actors (with bar charts), key players and weaver candidates,
 * suggested ties, the weaving plan's before and after, and the mixing heatmap.
 *
 * @remarks
 * The page makes no request to any other host: CSS and the small script are inline, the picture is
 * inline SVG from `toSvg` (with the report's seed, view options, bridge actors and suggestions), and a
 * Content-Security-Policy (`default-src 'none'`) forbids loading anything else. The script shows an
 * actor's label, role, region, contacts, betweenness, constraint, community and, for a bridge actor,
 * its reasons, when the pointer is over its circle or it has the keyboard focus; it writes with
 * `textContent` only. All text is HTML-escaped; the actor data sits in a JSON block whose `<`, `>` and
 * `&` are escaped. Accessible: one `h1`, a heading per section, table captions and `th` scopes,
 * `role="img"` pictures with titles, a live region for the details.
 * Deterministic: the same report, ecosystem and options give a byte-identical page.
 * Time complexity: `toSvg`'s layout, plus O(n + m) to write.
 *
 * @param report - from `analyzeEcosystem(eco, options)`.
 * @param eco - the ecosystem the report was made from (for the picture).
 * @param options - `title`, `svg` (picture options), `centralActors`, `peerLearning` (a plan to show),
 * `spread` (a simulation to show).
 * @returns the HTML document.
 * @throws {@link InvalidOptionError} when `centralActors` is not an integer ≥ 0, and whatever `toSvg`
 *   throws for its options.
 * @example
 * const eco = sampleEcosystem();
 * const html = toHtml(analyzeEcosystem(eco), eco);
 * html.startsWith("<!DOCTYPE html>"); // true
 * @see {@link toMarkdown}
 * @category Reports
 */
export function toHtml(report: EcosystemReport, eco: Ecosystem, options: ToHtmlOptions = {}): string {
  const centralActors = options.centralActors ?? TO_HTML_DEFAULTS.centralActors;
  if (!(Number.isInteger(centralActors) && centralActors >= 0)) {
    throw new InvalidOptionError(`toHtml: centralActors ${centralActors} must be an integer of at least 0`);
  }
  const name = report.overview.name;
  const title = options.title ?? (name === null ? "Ecosystem report" : `Ecosystem report: ${name}`);
  const sections: [string, string][] = [
    ["overview", "Overview"],
    ["network", "Network"],
    ["gaps", "Structural gaps"],
    ["bridges", "Bridge actors"],
    ["key-players", "Key players"],
    ["suggestions", "Suggested connections"],
    ["plan", "Weaving plan"],
    ...(options.spread === undefined ? [] : [["spread", "Spread of an innovation"] as [string, string]]),
    ...(options.peerLearning === undefined ? [] : [["clinics", "Peer-learning clinics"] as [string, string]]),
    ["mixing", "Who is tied to whom"],
    ["actors", "Most central actors"],
  ];
  const settings = report.generatedWith;
  const generated = [
    `seed ${settings.seed}`,
    `grouped by ${settings.groupBy}`,
    `strategy ${settings.strategy}`,
    `budget ${settings.budget}`,
    settings.kinds === null ? "all tie kinds" : `tie kinds ${settings.kinds.join(", ")}`,
    settings.at === null ? "ties of every date" : `ties active on ${settings.at}`,
  ].join("; ");
  const body = [
    overviewSection(report),
    networkSection(report, eco, options),
    gapsSection(report),
    bridgesSection(report),
    keyPlayersSection(report),
    suggestionsSection(report),
    planSection(report),
    options.spread === undefined
      ? null
      : section("spread", "Spread of an innovation", spreadHtml(report, options.spread)),
    options.peerLearning === undefined
      ? null
      : section("clinics", "Peer-learning clinics", peerLearningHtml(options.peerLearning)),
    mixingSection(report),
    centralSection(report, centralActors),
  ]
    .filter((part) => part !== null)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${report.overview.description === null ? "" : `<p class="lead">${escapeHtml(report.overview.description)}</p>`}
${settings.at === null ? "" : `<p class="as-of">As of ${escapeHtml(settings.at)}</p>`}
<nav aria-label="Sections"><ul>${sections.map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading)}</a></li>`).join("")}</ul></nav>
</header>
<main>
${body}
</main>
<footer><p>Made with ecoweave: ${escapeHtml(generated)}.</p></footer>
<script type="application/json" id="ecoweave-actor-data">${jsonForScript(actorDetails(report))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
