/**
 * The network section of `toHtml`: the picture with its map controls (zoom, search, filters by role
 * and region), the details panel, and the data the page's script reads.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { createEcosystem, type Ecosystem, subEcosystemData } from "../model/ecosystem.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import type { Writer } from "./html-writer.js";
import { type ToSvgOptions, toSvg } from "./svg.js";
import { escapeXml as escapeHtml } from "./text.js";
import { reasonTexts } from "./words.js";

/**
 * Most actors the report's map draws. A ForceAtlas2 layout of 10⁵ actors takes minutes and no one can
 * read it; above this many the map draws the actors the report names and then the best connected.
 */
export const MAP_ACTOR_LIMIT = 1500;

/**
 * The actors the map draws: every actor up to {@link MAP_ACTOR_LIMIT}; above it the actors the report
 * names (bridge actors, key players, the weaver team, the ends of suggested ties and plan steps), then
 * the actors with the most contacts (ties by id) up to the limit. `null` when every actor is drawn.
 * O(n log n).
 */
export function mapActors(report: EcosystemReport): ReadonlySet<string> | null {
  if (report.actors.length <= MAP_ACTOR_LIMIT) return null;
  const shown = new Set<string>();
  for (const actor of report.bridgeActors) shown.add(actor.id);
  for (const id of report.keyPlayers?.actors ?? []) shown.add(id);
  for (const id of report.weaverCandidates?.team ?? []) shown.add(id);
  for (const tie of report.suggestions) shown.add(tie.source).add(tie.target);
  for (const step of report.plan?.steps ?? []) shown.add(step.source).add(step.target);
  const byContacts = report.actors
    .map((row) => ({ id: row.id, degree: row.degree }))
    .sort((a, b) => b.degree - a.degree || compareIds(a.id, b.id));
  for (let r = 0; r < byContacts.length && shown.size < MAP_ACTOR_LIMIT; r++) shown.add(byContacts[r]!.id);
  return shown;
}

/** Marks where the page's script writes a count or an actor's value into a sentence. */
const COUNT_MARK = "\ue000";

/**
 * The name of each community of the report's actor table: "around" its best-connected member (most
 * distinct contacts, ties by id), as the siloed-community gaps name theirs. O(n).
 */
export function communityNames(report: EcosystemReport, say: Writer["say"]): Map<number, string> {
  const hubs = new Map<number, EcosystemReport["actors"][number]>();
  for (const row of report.actors) {
    const hub = hubs.get(row.community);
    if (
      hub === undefined ||
      row.degree > hub.degree ||
      (row.degree === hub.degree && compareIds(row.id, hub.id) < 0)
    )
      hubs.set(row.community, row);
  }
  const names = new Map<number, string>();
  for (const [community, hub] of hubs) names.set(community, say("report.community.name", { hub: hub.label }));
  return names;
}

/** The regions of an actor's `region` attribute, as strings. */
function regionsOf(row: EcosystemReport["actors"][number]): string[] {
  const region = row.attributes.region;
  if (region === undefined || region === null) return [];
  return Array.isArray(region) ? region.map(String) : [String(region)];
}

/** An actor as the page's script reads it; a fact is the index of its term and its value. */
interface ActorEntry {
  label: string;
  role: string;
  regions: string[];
  facts: [number, string][];
  reasons: string[];
}

/** The hover card's terms, by their place in `terms`. */
const ROLE = 0;
const REGION = 1;
const CONTACTS = 2;
const COMMUNITY = 3;
const PATHS = 4;
const CONSTRAINT = 5;

/**
 * The data the page's script reads: actors' details and the actors of each gap, suggestion and plan
 * step. Each term of the hover card is written once (`terms`: its name and, for a measure, the
 * sentence the value goes into at the mark), and each actor's facts refer to it by index, which keeps
 * the page small.
 */
export function pageData(report: EcosystemReport, w: Writer) {
  const { say } = w;
  const terms: [string, string | null][] = [
    [say("report.header.role"), null],
    [say("report.header.region"), null],
    [say("report.header.contacts"), null],
    [say("report.header.community"), null],
    [say("report.card.paths"), say("report.card.pathsValue", { share: COUNT_MARK })],
    [say("report.header.constraint"), say("report.card.constraintValue", { value: COUNT_MARK })],
  ];
  const reasons = new Map(report.bridgeActors.map((actor) => [actor.id, reasonTexts(actor, w.locale)]));
  // The script reads the details of the actors the map draws only.
  const shown = mapActors(report);
  const rows = shown === null ? report.actors : report.actors.filter((row) => shown.has(row.id));
  const actors = rows.map((row): [string, ActorEntry] => {
    const regions = regionsOf(row);
    const facts: [number, string][] = [[ROLE, w.roles.word(row.role)]];
    if (regions.length > 0) facts.push([REGION, regions.join(", ")]);
    facts.push(
      [CONTACTS, String(row.degree)],
      [COMMUNITY, w.community(row.community)],
      [PATHS, w.percent(row.betweenness)],
    );
    if (row.constraint !== null) facts.push([CONSTRAINT, w.number(row.constraint, 2)]);
    return [row.id, { label: row.label, role: row.role, regions, facts, reasons: reasons.get(row.id) ?? [] }];
  });
  return {
    terms,
    actors,
    gaps: report.gaps.map((gap) => gap.actors),
    suggestions: report.suggestions.map((tie) => [tie.source, tie.target]),
    steps: report.plan === null ? [] : report.plan.steps.map((step) => [step.source, step.target]),
  };
}

/** A "Show on map" button for the `index`-th gap, suggestion or plan step (shown by the script). */
export function showButton(kind: "gaps" | "suggestions" | "steps", index: number, w: Writer): string {
  return `<button class="show" data-kind="${kind}" data-index="${index}" hidden>${escapeHtml(
    w.say("report.map.show"),
  )}</button>`;
}

function option(value: string, text: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`;
}

/** The map's controls: search, role and region filters, zoom buttons, and the status line. */
function mapTools(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const regions = new Set<string>();
  for (const row of report.actors) for (const region of regionsOf(row)) regions.add(region);
  const roleSelect =
    `<select id="map-role" aria-label="${escapeHtml(say("report.header.role"))}">${option("", say("report.map.allRoles"))}` +
    `${report.overview.roles.map((row) => option(row.role, w.roles.name(row.role))).join("")}</select>`;
  const regionSelect =
    regions.size === 0
      ? ""
      : `<select id="map-region" aria-label="${escapeHtml(say("report.header.region"))}">${option("", say("report.map.allRegions"))}` +
        `${[...regions]
          .sort(compareIds)
          .map((region) => option(region, region))
          .join("")}</select>`;
  const button = (id: string, text: string, label: string) =>
    `<button type="button" id="${id}" aria-label="${escapeHtml(label)}">${escapeHtml(text)}</button>`;
  const search = say("report.map.search");
  return (
    `<div id="map-tools" class="map-tools" role="group" aria-label="${escapeHtml(say("report.map.tools"))}" hidden>` +
    `<input type="search" id="map-search" placeholder="${escapeHtml(search)}" aria-label="${escapeHtml(search)}" autocomplete="off">` +
    `${roleSelect}${regionSelect}` +
    button("map-zoom-in", "+", say("report.map.zoomIn")) +
    button("map-zoom-out", "−", say("report.map.zoomOut")) +
    button("map-reset", say("report.map.reset"), say("report.map.reset")) +
    `<button type="button" id="map-clear" hidden>${escapeHtml(say("report.map.clear"))}</button></div>` +
    `<p id="map-status" class="muted" aria-live="polite" hidden data-shown="${escapeHtml(
      say("report.map.shown", { shown: COUNT_MARK, total: report.actors.length }),
    )}" data-highlighted="${escapeHtml(say("report.map.highlighted", { count: COUNT_MARK }))}"></p>`
  );
}

/** The network section's body: the picture with its controls and caption, and the details panel. */
export function networkBody(
  report: EcosystemReport,
  eco: Ecosystem,
  pictureOptions: ToSvgOptions | undefined,
  w: Writer,
): string {
  const { say } = w;
  const svgOptions: ToSvgOptions = {
    width: 880,
    seed: report.generatedWith.seed,
    bridgeActors: report.bridgeActors.map((actor) => actor.id),
    suggestions: report.suggestions,
    ...(report.generatedWith.kinds === null ? {} : { kinds: report.generatedWith.kinds }),
    ...(report.generatedWith.at === null ? {} : { at: report.generatedWith.at }),
    ...pictureOptions,
    idPrefix: "ecoweave-network",
    focusable: true,
    locale: w.locale,
  };
  const shown = mapActors(report);
  const drawn = shown === null ? eco : createEcosystem(subEcosystemData(eco, shown));
  const svg = toSvg(drawn, svgOptions);
  const subset =
    shown === null
      ? ""
      : ` ${say("report.network.subset", { shown: shown.size, total: report.actors.length })}`;
  const caption = `${say("report.network.caption")}${subset} ${say("report.map.hint")}`;
  const panel =
    `<aside id="actor-details" aria-live="polite" aria-labelledby="actor-details-heading">` +
    `<h3 id="actor-details-heading">${escapeHtml(say("report.network.details"))}</h3>` +
    `<div id="actor-details-body" data-why="${escapeHtml(say("report.network.why"))}"><p class="muted">${escapeHtml(
      say("report.network.hover"),
    )}</p></div></aside>`;
  return `<div class="network"><figure>${mapTools(report, w)}${svg}<figcaption>${escapeHtml(
    caption,
  )}</figcaption></figure>${panel}</div>`;
}
