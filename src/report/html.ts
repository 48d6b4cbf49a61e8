/**
 * `toHtml`: the ecosystem report as one self-contained HTML page — the network picture with details
 * on hover, the mixing heatmap, bar charts of the bridge actors, the gaps, suggestions and plan.
 *
 * @packageDocumentation
 */
import { BRIDGE_WEIGHTS_DEFAULTS } from "../brokers/find-bridge-actors.js";
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { checkOptionType } from "../model/check-inputs.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleIntegerAtLeast, ruleOneOf } from "../model/option-errors.js";
import type { SpreadSimulation } from "../spread/simulate-spread.js";
import { isLocale, type Locale } from "../text/locale.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { type Bar, barChart, type HeatCell, heatmapTable } from "./charts.js";
import { checkReport } from "./check-report.js";
import { SCRIPT } from "./html-script.js";
import { STYLE } from "./html-style.js";
import { gapsSection, planSection, suggestionsSection } from "./html-weaving.js";
import { cell, headerRow, list, section, type Writer } from "./html-writer.js";
import { actorLabels, overviewFigureRows, roleNamesOf } from "./labels.js";
import { settingsSentence } from "./markdown.js";
import { communityNames, networkBody, pageData } from "./network-section.js";
import { roleColors } from "./palette.js";
import { peerLearningHtml } from "./peer-learning-html.js";
import { spreadHtml } from "./spread-section.js";
import type { ToSvgOptions } from "./svg.js";
import {
  escapeXml as escapeHtml,
  formatNumber,
  formatPercent,
  formatReportDate,
  jsonForScript,
} from "./text.js";
import { reasonTexts, sayIn, stageSentence, tieKindName } from "./words.js";

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
  /**
   * The language of the page (its `lang` attribute), its headings, legends, table headers, hover cards
   * and the picture's legend, and of its numbers and dates (`"en"`, `"fi"`, `"sv"`). Labels and ids
   * from the data are written as they are.
   * @defaultValue "en"
   */
  locale?: Locale;
}

const TO_HTML_OPTION_KEYS = optionKeys<ToHtmlOptions>({
  title: true,
  svg: true,
  centralActors: true,
  peerLearning: true,
  spread: true,
  locale: true,
});

/** The defaults of {@link ToHtmlOptions}. */
export const TO_HTML_DEFAULTS = Object.freeze({ centralActors: 15, locale: "en" } satisfies ToHtmlOptions);

function overviewSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const o = report.overview;
  const rows = overviewFigureRows(o, w.locale);
  const figures = `<table><caption>${escapeHtml(say("report.overview.figures"))}</caption>${headerRow([
    say("report.header.measure"),
    [say("report.header.value"), "number"],
  ])}<tbody>${rows
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th>${cell(value, true)}</tr>`)
    .join("")}</tbody></table>`;
  const roles = `<table><caption>${escapeHtml(say("report.overview.roles"))}</caption>${headerRow([
    say("report.header.role"),
    [say("report.header.actors"), "number"],
    say("report.header.needs"),
  ])}<tbody>${o.roles
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(w.roles.name(row.role))}</th>${cell(String(row.actors), true)}${cell(
          row.needs.map((need) => w.roles.word(need)).join(", ") || "–",
        )}</tr>`,
    )
    .join("")}</tbody></table>`;
  const kinds = `<table><caption>${escapeHtml(say("report.overview.kinds"))}</caption>${headerRow([
    say("report.header.kind"),
    [say("report.header.ties"), "number"],
  ])}<tbody>${o.tiesByKind
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(tieKindName(row.kind, w.locale))}</th>${cell(String(row.ties), true)}</tr>`,
    )
    .join("")}</tbody></table>`;
  const stage =
    o.stage === null
      ? `<p class="muted">${escapeHtml(say("report.stage.tooFew"))}</p>`
      : `<h3>${escapeHtml(say("report.section.stage"))}</h3>\n<p>${escapeHtml(stageSentence(o.stage.stage, w.locale))}</p>\n${list(reasonTexts(o.stage, w.locale))}`;
  const shownIsolates = actorLabels(report, o.isolates.slice(0, 30)).join(", ");
  const isolates =
    o.isolates.length === 0
      ? ""
      : `<p><strong>${escapeHtml(say("report.isolates.html"))}</strong> ${escapeHtml(
          o.isolates.length > 30
            ? say("report.moreNames", { names: shownIsolates, count: o.isolates.length - 30 })
            : shownIsolates,
        )}</p>`;
  return section(
    "overview",
    say("report.section.overview"),
    `<div class="figures">${figures}${roles}${kinds}</div>\n${stage}\n${isolates}`,
  );
}

function networkSection(report: EcosystemReport, eco: Ecosystem, options: ToHtmlOptions, w: Writer): string {
  return section("network", w.say("report.section.network"), networkBody(report, eco, options.svg, w));
}

function bridgesSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const actors = report.bridgeActors;
  const weights = BRIDGE_WEIGHTS_DEFAULTS;
  const heading = say("report.section.bridges");
  if (actors.length === 0)
    return section("bridges", heading, `<p>${escapeHtml(say("report.actors.none"))}</p>`);
  const colors = roleColors(report.actors.map((row) => row.role));
  const scoreBars: Bar[] = actors.map((actor) => ({
    label: actor.label,
    value: actor.score,
    detail: say("report.bridges.scoreDetail", {
      actor: actor.label,
      role: w.roles.word(actor.role),
      score: w.number(actor.score, 3),
      paths: w.number(actor.contributions.betweenness, 3),
      cutOff: w.number(actor.contributions.cutOff, 3),
      needs: w.number(actor.contributions.needs, 3),
      brokerage: w.number(actor.contributions.brokerage, 3),
    }),
    color: colors.get(actor.role) ?? "#999999",
  }));
  const betweennessBars: Bar[] = actors.map((actor) => ({
    label: actor.label,
    value: actor.betweenness,
    detail: say("report.bridges.betweennessDetail", {
      actor: actor.label,
      role: w.roles.word(actor.role),
      betweenness: w.number(actor.betweenness, 4),
    }),
    color: colors.get(actor.role) ?? "#999999",
  }));
  const chartOptions = { width: 560, locale: w.locale };
  const scoreCaption = say("report.bridges.scoreCaption", {
    betweenness: w.number(weights.betweenness),
    cutOff: w.number(weights.cutOff),
    needs: w.number(weights.needs),
    brokerage: w.number(weights.brokerage),
  });
  const charts =
    `<div class="figures"><figure>${barChart(say("report.bridges.scoreChart"), scoreBars, { ...chartOptions, digits: 3 })}` +
    `<figcaption>${escapeHtml(scoreCaption)}</figcaption></figure>` +
    `<figure>${barChart(say("report.bridges.betweennessChart"), betweennessBars, { ...chartOptions, digits: 4 })}` +
    `<figcaption>${escapeHtml(say("report.bridges.betweennessCaption"))}</figcaption></figure></div>`;
  const rows = actors
    .map(
      (actor) =>
        `<tr>${cell(String(actor.rank), true)}<th scope="row">${escapeHtml(actor.label)}</th>${cell(
          w.roles.word(actor.role),
        )}${cell(w.number(actor.score, 3), true)}${cell(w.number(actor.betweenness, 4), true)}${cell(
          actor.isCutVertex
            ? say("report.bridges.cutVertex.yes", { count: actor.cutOff })
            : say("report.bridges.cutVertex.no"),
        )}${cell(
          actor.needsLost
            .map((need) =>
              say("report.bridges.lost", { count: need.actors.length, role: w.roles.word(need.role) }),
            )
            .join(", ") || say("report.bridges.lost.none"),
        )}<td>${list(reasonTexts(actor, w.locale))}</td></tr>`,
    )
    .join("\n");
  return section(
    "bridges",
    heading,
    `<p class="lead">${escapeHtml(say("report.bridges.lead"))}</p>\n${charts}\n<table><caption>${escapeHtml(
      say("report.bridges.caption", { count: actors.length }),
    )}</caption>${headerRow([
      [say("report.header.rank"), "number"],
      say("report.header.actor"),
      say("report.header.role"),
      [say("report.header.score"), "number"],
      [say("report.header.betweenness"), "number"],
      say("report.header.cutVertex"),
      say("report.header.waysLost"),
      say("report.header.why"),
    ])}<tbody>\n${rows}\n</tbody></table>`,
  );
}

function keyPlayersSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const parts: string[] = [];
  const key = report.keyPlayers;
  if (key !== null) {
    parts.push(
      `<h3>${escapeHtml(say("report.keyPlayers.heading"))}</h3>\n<p>${escapeHtml(
        say("report.keyPlayers.html", {
          names: actorLabels(report, key.actors).join(", "),
          score: w.number(key.score, 3),
          empty: w.number(key.baseline.empty, 3),
          k: key.k,
          topDegree: w.number(key.baseline.topDegree.score, 3),
        }),
      )}</p>`,
    );
  }
  const weavers = report.weaverCandidates;
  if (weavers !== null) {
    parts.push(
      `<h3>${escapeHtml(say("report.weavers.heading"))}</h3>\n<p>${escapeHtml(
        say("report.weavers.html", {
          size: weavers.team.length,
          reached: weavers.reached,
          share: w.percent(weavers.reach),
        }),
      )}</p>`,
    );
    const rows = weavers.candidates
      .map(
        (candidate) =>
          `<tr><th scope="row">${escapeHtml(candidate.label)}</th>${cell(w.roles.word(candidate.role))}${cell(
            String(candidate.reached),
            true,
          )}${cell(String(candidate.added), true)}<td>${list(reasonTexts(candidate, w.locale))}</td></tr>`,
      )
      .join("\n");
    parts.push(
      `<table><caption>${escapeHtml(say("report.weavers.caption"))}</caption>${headerRow([
        say("report.header.actor"),
        say("report.header.role"),
        [say("report.header.reaches"), "number"],
        [say("report.header.adds"), "number"],
        say("report.header.why"),
      ])}<tbody>\n${rows}\n</tbody></table>`,
    );
  }
  if (parts.length === 0) parts.push(`<p>${escapeHtml(say("report.actors.tooFew"))}</p>`);
  return section("key-players", say("report.section.keyPlayers"), parts.join("\n"));
}

function mixingSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const mixing = report.mixing;
  const heading = say("report.section.mixing");
  if (mixing.groups.length === 0)
    return section("mixing", heading, `<p>${escapeHtml(say("report.actors.none"))}</p>`);
  const groups = mixing.groups.map((group) => (mixing.groupBy === "role" ? w.roles.word(group) : group));
  let largest = 0;
  for (const row of mixing.ties) for (const value of row) largest = Math.max(largest, value);
  const cells: HeatCell[][] = mixing.ties.map((row, g) =>
    row.map((value, h) => {
      const ratio = mixing.ratio[g]![h]!;
      const pair =
        g === h ? say("report.mixing.within", { group: groups[g]! }) : `${groups[g]!} – ${groups[h]!}`;
      return {
        text: w.number(value, 1),
        ...(ratio === null ? {} : { note: say("report.mixing.expected", { ratio: w.number(ratio, 2) }) }),
        t: largest === 0 ? 0 : value / largest,
        title: say("report.mixing.cell", {
          pair,
          value: w.number(value, 1),
          expected: w.number(mixing.expected[g]![h]!, 1),
        }),
      };
    }),
  );
  return section(
    "mixing",
    heading,
    `<p class="lead">${escapeHtml(say("report.mixing.lead", { groupBy: mixing.groupBy }))}</p>\n<div class="scroll">${heatmapTable(
      say("report.mixing.caption", { groupBy: mixing.groupBy }),
      groups,
      groups,
      cells,
    )}</div>`,
  );
}

function centralSection(report: EcosystemReport, count: number, w: Writer): string {
  const { say } = w;
  const rows = [...report.actors]
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${cell(w.roles.word(row.role))}${cell(String(row.degree), true)}${cell(
          w.number(row.betweenness, 4),
          true,
        )}${cell(w.number(row.constraint, 3), true)}${cell(w.number(row.effectiveSize, 2), true)}${cell(w.community(row.community))}${cell(String(row.coreNumber), true)}</tr>`,
    )
    .join("\n");
  return section(
    "actors",
    say("report.section.actors"),
    `<table><caption>${escapeHtml(
      say("report.central.caption", { count: Math.min(count, report.actors.length) }),
    )}</caption>${headerRow([
      say("report.header.actor"),
      say("report.header.role"),
      [say("report.header.contacts"), "number"],
      [say("report.header.betweenness"), "number"],
      [say("report.header.constraint"), "number"],
      [say("report.header.effectiveSize"), "number"],
      say("report.header.community"),
      [say("report.header.core"), "number"],
    ])}<tbody>\n${rows}\n</tbody></table>`,
  );
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
 * actor's label, role, region, contacts, community (named "around" its best-connected member, as the
 * siloed-community gaps are), betweenness and constraint in words and, for a bridge actor, its
 * reasons, when the pointer is over its circle, it is tapped or it has the keyboard focus. Above the
 * picture: zoom (wheel, pinch, buttons; 1× to 8×) and pan (drag), a search by label, filters by role
 * and by the `region` attribute, and a status line; each gap, suggestion and plan step has a "Show on
 * map" button that highlights its actors. From 360 pixels wide: the picture scales to the width and
 * tables are stacked cards up to 960 pixels. The script writes with `textContent` and attributes
 * only. All text is HTML-escaped; the page's data sits in a JSON block whose `<`, `>` and `&` are
 * escaped. Accessible: one `h1`, a heading per section, table captions and `th` scopes,
 * `role="img"` pictures with titles, labelled controls, live regions for the details and the status.
 * Above `MAP_ACTOR_LIMIT` (1 500) actors the picture draws 1 500 of them — the bridge actors, key
 * players, weaver team and the ends of the suggested ties and plan steps, then those with the most
 * contacts (ties by id) — with the ties among them, and its caption says how many of how many it
 * shows; every table and figure still covers all actors.
 * Deterministic: the same report, ecosystem and options give a byte-identical page.
 * Time complexity: `toSvg`'s layout of at most 1 500 actors, plus O(n + m) to write.
 *
 * @param report - from `analyzeEcosystem(eco, options)`.
 * @param eco - the ecosystem the report was made from (for the picture).
 * @param options - `title`, `svg` (picture options), `centralActors`, `peerLearning` (a plan to show),
 *   `spread` (a simulation to show), `locale` (the page's language; numbers with a decimal comma in
 *   `fi` and `sv`).
 * @returns the HTML document.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one), when
 *   `centralActors` is not an integer ≥ 0 or `locale` is not one of `en`, `fi`, `sv`, and whatever
 *   `toSvg` throws for its options.
 * @throws {@link EcoweaveError} `invalid_argument` when `report` is not a report or `eco` not an
 *   ecosystem (swapped arguments, say).
 * @example
 * const eco = sampleEcosystem();
 * const html = toHtml(analyzeEcosystem(eco), eco);
 * html.startsWith("<!DOCTYPE html>"); // true
 * @see {@link toMarkdown}
 * @category Reports
 */
export function toHtml(report: EcosystemReport, eco: Ecosystem, options: ToHtmlOptions = {}): string {
  checkReport("toHtml", report);
  checkArguments("toHtml", eco, options, TO_HTML_OPTION_KEYS);
  checkOptionType("toHtml", "title", options.title, "string");
  checkOptionType("toHtml", "svg", options.svg, "object");
  checkOptionType("toHtml", "peerLearning", options.peerLearning, "object");
  checkOptionType("toHtml", "spread", options.spread, "object");
  const centralActors = options.centralActors ?? TO_HTML_DEFAULTS.centralActors;
  if (!(Number.isInteger(centralActors) && centralActors >= 0)) {
    throw mustBe("toHtml", "centralActors", String(centralActors), ruleIntegerAtLeast(0));
  }
  const locale = options.locale ?? TO_HTML_DEFAULTS.locale;
  if (!isLocale(locale)) {
    throw mustBe("toHtml", "locale", String(JSON.stringify(locale)), ruleOneOf(['"en"', '"fi"', '"sv"']));
  }
  const say = sayIn(locale);
  const communities = communityNames(report, say);
  const w: Writer = {
    locale,
    say,
    roles: roleNamesOf(report, locale),
    number: (value, digits) => formatNumber(value, digits, locale),
    percent: (share) => formatPercent(share, locale),
    community: (index) => communities.get(index) ?? String(index),
  };
  const name = report.overview.name;
  const title = options.title ?? (name === null ? say("report.title") : say("report.title.named", { name }));
  const sections: [string, string][] = [
    ["overview", say("report.section.overview")],
    ["network", say("report.section.network")],
    ["gaps", say("report.section.gaps")],
    ["bridges", say("report.section.bridges")],
    ["key-players", say("report.section.keyPlayers.short")],
    ["suggestions", say("report.section.suggestions")],
    ["plan", say("report.section.plan")],
    ...(options.spread === undefined ? [] : [["spread", say("report.section.spread")] as [string, string]]),
    ...(options.peerLearning === undefined
      ? []
      : [["clinics", say("report.section.clinics")] as [string, string]]),
    ["mixing", say("report.section.mixing")],
    ["actors", say("report.section.actors")],
  ];
  const settings = report.generatedWith;
  const body = [
    overviewSection(report, w),
    networkSection(report, eco, options, w),
    gapsSection(report, w),
    bridgesSection(report, w),
    keyPlayersSection(report, w),
    suggestionsSection(report, w),
    planSection(report, w),
    options.spread === undefined
      ? null
      : section("spread", say("report.section.spread"), spreadHtml(report, options.spread, locale)),
    options.peerLearning === undefined
      ? null
      : section("clinics", say("report.section.clinics"), peerLearningHtml(options.peerLearning, locale)),
    mixingSection(report, w),
    centralSection(report, centralActors, w),
  ]
    .filter((part) => part !== null)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${locale}">
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
${settings.at === null ? "" : `<p class="as-of">${escapeHtml(say("report.asOf", { date: formatReportDate(settings.at, locale) }))}</p>`}
<nav aria-label="${escapeHtml(say("report.nav"))}"><ul>${sections.map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading)}</a></li>`).join("")}</ul></nav>
</header>
<main>
${body}
</main>
<footer><p>${escapeHtml(settingsSentence(report, locale))}</p></footer>
<script type="application/json" id="ecoweave-actor-data">${jsonForScript(pageData(report, w))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
