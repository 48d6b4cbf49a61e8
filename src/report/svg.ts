/**
 * `toSvg`: a static picture of the ecosystem — a seeded ForceAtlas2 layout, actors coloured by role
 * and sized by a measure, bridge actors and cut vertices ringed, suggested ties dashed, a legend.
 *
 * @packageDocumentation
 */
import { betweennessPivots, sharedBetweenness } from "../brokers/betweenness-sample.js";
import { findBridgeActors } from "../brokers/find-bridge-actors.js";
import { compareIds } from "../internal/compare.js";
import { articulationPoints } from "../metrics/cut-points.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import {
  mustBe,
  mustBeBare,
  optionError,
  ruleIdsOrInteger,
  ruleIntegerAtLeast,
  ruleNumberAtLeast,
  ruleOneOf,
  ruleString,
  ruleTieList,
} from "../model/option-errors.js";
import {
  checkViewOptionTypes,
  type EcosystemView,
  tieFiltersOf,
  VIEW_OPTION_KEYS,
  type ViewOptions,
} from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_ID_PREFIX, OPTION_NOT_ACTOR } from "../text/catalogues/en/options.js";
import { isLocale, type Locale } from "../text/locale.js";
import { placeLabels } from "./label-placement.js";
import { checkLayoutSettings, LAYOUT_ECOSYSTEM_DEFAULTS, layoutView } from "./layout.js";
import {
  BRIDGE_RING_COLOR,
  CUT_VERTEX_RING_COLOR,
  roleColors,
  SUGGESTION_COLOR,
  TIE_COLOR,
} from "./palette.js";
import { coordinate, escapeXml, truncate } from "./text.js";
import { roleName, roleWord, sayIn } from "./words.js";

/** What sets an actor's size in the picture. */
export type SvgSizeBy = "degree" | "betweenness" | "none";

/** A tie to draw dashed: any object with `source` and `target` actor ids (a `WeaverSuggestion` fits). */
export interface SvgSuggestedTie {
  readonly source: string;
  readonly target: string;
}

/** Options of {@link toSvg}. */
export interface ToSvgOptions extends ViewOptions {
  /**
   * Width of the picture in pixels, at least 200.
   * @defaultValue 960
   */
  width?: number;
  /**
   * Height of the picture in pixels, at least 200.
   * @defaultValue 640
   */
  height?: number;
  /**
   * Seed of the random initial positions of the layout (and of the betweenness pivots and the bridge
   * actors' Louvain communities).
   * @defaultValue 1
   */
  seed?: number;
  /**
   * ForceAtlas2 iterations, an integer ≥ 1. More settle the layout further and take longer.
   * @defaultValue 300
   */
  iterations?: number;
  /**
   * What sets the radius of an actor's circle: its number of contacts, its normalised betweenness
   * (estimated from 500 seeded pivots above 2 000 actors), or nothing (all equal).
   * @defaultValue "degree"
   */
  sizeBy?: SvgSizeBy;
  /**
   * How many actors may get a visible label: the largest by `sizeBy` (by degree when `sizeBy` is
   * `"none"`), ties by id. An integer ≥ 0. A label goes to the right, left, top or bottom of its
   * circle, the first side where it overlaps no larger actor's label; one that fits nowhere is left
   * out. Every actor has a tooltip either way.
   * @defaultValue 10
   */
  labels?: number;
  /**
   * Actors ringed as bridge actors: their ids, or a number n for the top n of `findBridgeActors` with
   * the same view options and seed (0: none).
   * @defaultValue 5
   */
  bridgeActors?: readonly string[] | number;
  /**
   * Whether cut vertices (actors whose removal disconnects their component) get a ring.
   * @defaultValue true
   */
  cutVertices?: boolean;
  /**
   * Ties that do not exist yet, drawn dashed (typically `suggestConnections(eco)` or a plan's steps).
   * @defaultValue [] (none)
   */
  suggestions?: readonly SvgSuggestedTie[];
  /**
   * Whether to draw the legend (roles, rings, dashed ties, what the size means) in a band on the right.
   * @defaultValue true
   */
  legend?: boolean;
  /**
   * The picture's title (its `<title>`, read by screen readers and shown as a tooltip).
   * @defaultValue the ecosystem's name, else `"Ecosystem network"`
   */
  title?: string;
  /**
   * Prefix of the `id` attributes inside the SVG, so that several pictures can share one page.
   * Letters, digits, `-` and `_`, starting with a letter.
   * @defaultValue "ecoweave"
   */
  idPrefix?: string;
  /**
   * Whether actors' circles can be reached with the keyboard (`tabindex="0"`), for pages that show
   * details on focus (as `toHtml` does).
   * @defaultValue false
   */
  focusable?: boolean;
  /**
   * The language of the legend, the title, the description and the tooltips' words (`"en"`, `"fi"`,
   * `"sv"`); labels and ids from the data are written as they are.
   * @defaultValue "en"
   */
  locale?: Locale;
}

/** The defaults of {@link ToSvgOptions}. */
export const TO_SVG_DEFAULTS = Object.freeze({
  width: 960,
  height: 640,
  ...LAYOUT_ECOSYSTEM_DEFAULTS,
  sizeBy: "degree",
  labels: 10,
  bridgeActors: 5,
  cutVertices: true,
  suggestions: Object.freeze([]) as readonly SvgSuggestedTie[],
  legend: true,
  idPrefix: "ecoweave",
  focusable: false,
  locale: "en",
} satisfies ToSvgOptions);

const FN = "toSvg";

const TO_SVG_OPTION_KEYS = optionKeys<ToSvgOptions>({
  ...VIEW_OPTION_KEYS,
  width: true,
  height: true,
  seed: true,
  iterations: true,
  sizeBy: true,
  labels: true,
  bridgeActors: true,
  cutVertices: true,
  suggestions: true,
  legend: true,
  title: true,
  idPrefix: true,
  focusable: true,
  locale: true,
});
const LEGEND_WIDTH = 200;
const MARGIN = 24;
const MIN_RADIUS = 3;
const MAX_RADIUS = 14;
const LABEL_LENGTH = 28;
/** A generous width of one character of the 11-pixel labels, so that estimated boxes cover drawn text. */
const LABEL_CHARACTER_WIDTH = 7;
const LABEL_HEIGHT = 14;

/** The options after merging the defaults. */
type SvgSettings = Required<Omit<ToSvgOptions, "title" | keyof ViewOptions>> & Pick<ToSvgOptions, "title">;

function checkOptions(settings: SvgSettings): void {
  for (const name of ["width", "height"] as const) {
    const value = settings[name];
    if (!(typeof value === "number" && Number.isFinite(value) && value >= 200)) {
      throw mustBe(FN, name, String(value), ruleNumberAtLeast(200));
    }
  }
  if (!(Number.isInteger(settings.labels) && settings.labels >= 0)) {
    throw mustBe(FN, "labels", String(settings.labels), ruleIntegerAtLeast(0));
  }
  checkLayoutSettings(FN, settings.seed, settings.iterations);
  if (!["degree", "betweenness", "none"].includes(settings.sizeBy)) {
    throw mustBe(
      FN,
      "sizeBy",
      `"${String(settings.sizeBy)}"`,
      ruleOneOf(['"degree"', '"betweenness"', '"none"']),
    );
  }
  if (!Array.isArray(settings.suggestions)) {
    throw mustBeBare(FN, "suggestions", ruleTieList());
  }
  for (const name of ["cutVertices", "legend", "focusable"] as const) {
    if (typeof settings[name] !== "boolean") {
      throw mustBe(FN, name, String(settings[name]), ruleOneOf(["true", "false"]));
    }
  }
  if (settings.title !== undefined && typeof settings.title !== "string") {
    throw mustBeBare(FN, "title", ruleString());
  }
  if (typeof settings.idPrefix !== "string") {
    throw mustBeBare(FN, "idPrefix", ruleString());
  }
  if (typeof settings.bridgeActors !== "number" && !Array.isArray(settings.bridgeActors)) {
    throw mustBeBare(FN, "bridgeActors", ruleIdsOrInteger(0));
  }
  if (typeof settings.bridgeActors === "number") {
    if (!(Number.isInteger(settings.bridgeActors) && settings.bridgeActors >= 0)) {
      throw mustBe(FN, "bridgeActors", String(settings.bridgeActors), ruleIdsOrInteger(0));
    }
  }
  if (!isLocale(settings.locale)) {
    throw mustBe(FN, "locale", String(JSON.stringify(settings.locale)), ruleOneOf(['"en"', '"fi"', '"sv"']));
  }
  if (!/^[A-Za-z][\w-]*$/.test(settings.idPrefix)) {
    throw optionError("options.idPrefix", OPTION_ID_PREFIX, { fn: FN, value: settings.idPrefix });
  }
}

function requireActor(view: EcosystemView, id: unknown, path: string): number {
  const index = typeof id === "string" ? view.index.get(id) : undefined;
  if (index === undefined) {
    throw optionError("options.notActor", OPTION_NOT_ACTOR, {
      fn: FN,
      option: path,
      id: String(JSON.stringify(id)),
    });
  }
  return index;
}

/** The size measure of each actor (dense index), and whether larger means more. */
function sizeValues(
  eco: Ecosystem,
  view: EcosystemView,
  viewOptions: ViewOptions,
  sizeBy: SvgSizeBy,
  seed: number,
): Float64Array {
  const n = view.order;
  const values = new Float64Array(n);
  if (sizeBy === "betweenness") {
    const sample = betweennessPivots(FN, "auto", n, view.targets.length);
    const record = sharedBetweenness(eco, { ...viewOptions, directed: false }, sample, seed);
    for (let i = 0; i < n; i++) values[i] = record[view.ids[i]!]!;
  } else {
    for (let i = 0; i < n; i++) values[i] = view.offsets[i + 1]! - view.offsets[i]!;
  }
  return values;
}

/**
 * A static SVG picture of an ecosystem: a seeded ForceAtlas2 layout, actors coloured by role with a
 * legend and sized by a measure, bridge actors and cut vertices ringed, suggested ties dashed and the
 * largest actors labelled where their labels do not overlap.
 *
 * @remarks
 * Layout: the positions of `layoutEcosystem` with the same `kinds`, `at`, `seed` and `iterations`
 * (ForceAtlas2, Jacomy et al. 2014, from seeded initial positions, on the simple undirected view).
 * The ecosystem is never touched. The positions are then scaled by one
 * factor to fit the drawing area (the picture less a 24-pixel margin and, with `legend`, a 200-pixel
 * band on the right), keeping the layout's proportions, and written with one decimal.
 * Size: radius r_i = 3 + 11 · (v_i − v_min) / (v_max − v_min) pixels, v_i the actor's degree
 * (distinct contacts) or normalised betweenness; all 6 when every value is equal or `sizeBy` is
 * `"none"`.
 * Colours: the Okabe–Ito palette; the built-in roles are blue (developer), green (upskiller) and
 * orange (funder). Bridge actors get a dark ring, cut vertices (articulation points) an outer
 * vermilion ring. Each actor's circle and label carry `data-id` (its id), the circle a `<title>`
 * tooltip (label and role). Labels: each beside its circle on the first side (right, left, above,
 * below) where its box, estimated at 7 pixels a character, overlaps no larger actor's label and stays
 * in the drawing area; else none. Every text is XML-escaped, and characters XML forbids become U+FFFD.
 * Deterministic: the same ecosystem and options give a byte-identical string.
 * Undefined cases: an empty ecosystem gives a picture with its legend and no actors; one actor sits
 * in the middle.
 * Time complexity: O(I · n²) for I iterations below 2 000 actors (O(I · n log n) above, with
 * Barnes–Hut), plus O(m) to draw, plus the bridge actors when they are found here (see
 * `findBridgeActors`).
 *
 * References: Jacomy, M., Venturini, T., Heymann, S., & Bastian, M. (2014). ForceAtlas2, a continuous
 * graph layout algorithm for handy network visualization designed for the Gephi software. PLoS ONE
 * 9(6), e98679. doi:10.1371/journal.pone.0098679
 * Okabe, M., & Ito, K. (2008). Color Universal Design (CUD): how to make figures and presentations
 * that are friendly to colorblind people. https://jfly.uni-koeln.de/color/
 *
 * @param options - view options (`directed: true` is refused), `width`, `height`, `seed`,
 *   `iterations`, `sizeBy`, `labels`, `bridgeActors`, `cutVertices`, `suggestions`, `legend`, `title`,
 *   `idPrefix`, `focusable`.
 * @returns the SVG document as a string (an `<svg>` element with its XML namespace).
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link InvalidOptionError} for an option out of range, or an actor id in `bridgeActors` or
 *   `suggestions` that is not in the ecosystem.
 * @example
 * // a triangle a – b – c
 * const svg = toSvg(createEcosystem(triangle), { bridgeActors: 0 });
 * svg.match(/<circle class="actor"/g).length; // 3
 * @category Reports
 */
export function toSvg(eco: Ecosystem, options: ToSvgOptions = {}): string {
  checkArguments(FN, eco, options, TO_SVG_OPTION_KEYS);
  checkViewOptionTypes(FN, options);
  if (options.directed === true) {
    throw new NotApplicableError(`${FN}: the picture is drawn from the undirected view; drop directed: true`);
  }
  const settings: SvgSettings = { ...TO_SVG_DEFAULTS, ...options };
  checkOptions(settings);
  const viewOptions = tieFiltersOf(options);
  const view = getView(eco, viewOptions);
  const n = view.order;
  const { width, height, idPrefix } = settings;

  const suggested: [number, number][] = settings.suggestions.map((tie: SvgSuggestedTie | null, k) => [
    requireActor(view, tie?.source, `suggestions[${k}].source`),
    requireActor(view, tie?.target, `suggestions[${k}].target`),
  ]);
  const isBridge = new Uint8Array(n);
  const bridgeIds =
    typeof settings.bridgeActors === "number"
      ? settings.bridgeActors === 0 || n === 0
        ? []
        : findBridgeActors(eco, { ...viewOptions, top: settings.bridgeActors, seed: settings.seed }).map(
            (actor) => actor.id,
          )
      : settings.bridgeActors;
  bridgeIds.forEach((id, k) => {
    isBridge[requireActor(view, id, `bridgeActors[${k}]`)] = 1;
  });
  const isCut = new Uint8Array(n);
  if (settings.cutVertices) {
    for (const id of articulationPoints(eco, viewOptions)) isCut[view.index.get(id)!] = 1;
  }

  // Positions, scaled into the drawing area.
  const { x, y } = layoutView(view, settings.seed, settings.iterations);
  const areaLeft = MARGIN + MAX_RADIUS;
  const areaTop = MARGIN + MAX_RADIUS;
  const areaWidth = Math.max(1, width - (settings.legend ? LEGEND_WIDTH : 0) - 2 * areaLeft);
  const areaHeight = Math.max(1, height - 2 * areaTop);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? areaWidth / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? areaHeight / spanY : Number.POSITIVE_INFINITY,
  );
  const factor = Number.isFinite(scale) ? scale : 0;
  const offsetX = areaLeft + (areaWidth - factor * Math.max(spanX, 0)) / 2;
  const offsetY = areaTop + (areaHeight - factor * Math.max(spanY, 0)) / 2;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = offsetX + factor * (x[i]! - minX);
    py[i] = offsetY + factor * (y[i]! - minY);
  }

  // Sizes.
  const values = sizeValues(eco, view, viewOptions, settings.sizeBy, settings.seed);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    low = Math.min(low, values[i]!);
    high = Math.max(high, values[i]!);
  }
  const radius = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    radius[i] =
      settings.sizeBy === "none" || !(high > low)
        ? 6
        : MIN_RADIUS + ((MAX_RADIUS - MIN_RADIUS) * (values[i]! - low)) / (high - low);
  }

  const roleOf = (i: number) => eco.getNodeAttribute(view.ids[i]!, "role");
  const nameOf = (i: number) => actorLabel(eco, view.ids[i]!);
  const colors = roleColors(Array.from({ length: n }, (_, i) => roleOf(i)));
  const say = sayIn(settings.locale);
  const roles = ecosystemRoles(eco);
  const roleText = (role: string) => roleWord(role, roles.get(role), settings.locale);
  const title = settings.title ?? eco.getAttribute("name") ?? say("report.svg.title");

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${coordinate(width)}" height="${coordinate(height)}" ` +
      `viewBox="0 0 ${coordinate(width)} ${coordinate(height)}" role="img" ` +
      `aria-labelledby="${idPrefix}-title ${idPrefix}-desc" class="ecoweave-network" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
  );
  out.push(`<title id="${idPrefix}-title">${escapeXml(title)}</title>`);
  const bridgeCount = bridgeIds.length;
  const cutCount = isCut.reduce((sum, flag) => sum + flag, 0);
  out.push(
    `<desc id="${idPrefix}-desc">${escapeXml(
      say("report.svg.desc", {
        actors: n,
        pairs: view.size,
        sizedBy: settings.sizeBy,
        bridges: bridgeCount,
        cuts: cutCount,
        suggested: suggested.length,
      }),
    )}</desc>`,
  );
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);

  out.push(`<g class="ties" stroke="${TIE_COLOR}" stroke-opacity="0.55" stroke-linecap="round">`);
  for (let u = 0; u < n; u++) {
    for (let k = view.offsets[u]!, end = view.offsets[u + 1]!; k < end; k++) {
      const v = view.targets[k]!;
      if (v <= u) continue;
      const strokeWidth = Math.min(3, 0.6 + 0.4 * Math.log2(1 + view.weights[k]!));
      out.push(
        `<line x1="${coordinate(px[u]!)}" y1="${coordinate(py[u]!)}" x2="${coordinate(px[v]!)}" ` +
          `y2="${coordinate(py[v]!)}" stroke-width="${coordinate(strokeWidth)}"/>`,
      );
    }
  }
  out.push("</g>");

  if (suggested.length > 0) {
    out.push(
      `<g class="suggestions" stroke="${SUGGESTION_COLOR}" stroke-width="2" stroke-dasharray="6 4" fill="none">`,
    );
    for (const [u, v] of suggested) {
      out.push(
        `<line x1="${coordinate(px[u]!)}" y1="${coordinate(py[u]!)}" x2="${coordinate(px[v]!)}" ` +
          `y2="${coordinate(py[v]!)}"><title>${escapeXml(say("report.svg.suggestedTie", { source: nameOf(u), target: nameOf(v) }))}</title></line>`,
      );
    }
    out.push("</g>");
  }

  out.push(`<g class="actors" stroke="#ffffff" stroke-width="1">`);
  const tabindex = settings.focusable ? ` tabindex="0"` : "";
  for (let i = 0; i < n; i++) {
    const cx = coordinate(px[i]!);
    const cy = coordinate(py[i]!);
    const r = radius[i]!;
    if (isCut[i] === 1) {
      out.push(
        `<circle class="ring-cut-vertex" cx="${cx}" cy="${cy}" r="${coordinate(r + 5)}" fill="none" ` +
          `stroke="${CUT_VERTEX_RING_COLOR}" stroke-width="2" pointer-events="none"/>`,
      );
    }
    if (isBridge[i] === 1) {
      out.push(
        `<circle class="ring-bridge" cx="${cx}" cy="${cy}" r="${coordinate(r + 2.5)}" fill="none" ` +
          `stroke="${BRIDGE_RING_COLOR}" stroke-width="2" pointer-events="none"/>`,
      );
    }
    const role = roleOf(i);
    const marks = [
      isBridge[i] === 1 ? say("report.svg.legend.bridge") : "",
      isCut[i] === 1 ? say("report.svg.legend.cutVertex") : "",
    ]
      .filter((mark) => mark !== "")
      .join(", ");
    out.push(
      `<circle class="actor" data-id="${escapeXml(view.ids[i]!)}" cx="${cx}" cy="${cy}" r="${coordinate(r)}" ` +
        `fill="${colors.get(role)!}"${tabindex}><title>${escapeXml(
          `${nameOf(i)} (${roleText(role)}${marks === "" ? "" : `; ${marks}`})`,
        )}</title></circle>`,
    );
  }
  out.push("</g>");

  // Labels: the largest actors (by the size measure, by degree when sizes are equal), ties by id.
  const labelValues = settings.sizeBy === "none" ? sizeValues(eco, view, viewOptions, "degree", 1) : values;
  const labelled = Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => labelValues[b]! - labelValues[a]! || compareIds(view.ids[a]!, view.ids[b]!))
    .slice(0, settings.labels);
  const texts = labelled.map((i) => truncate(nameOf(i), LABEL_LENGTH));
  const places = placeLabels(
    labelled.map((i, k) => ({
      x: px[i]!,
      y: py[i]!,
      radius: radius[i]!,
      width: LABEL_CHARACTER_WIDTH * Array.from(texts[k]!).length,
      height: LABEL_HEIGHT,
    })),
    { width: width - (settings.legend ? LEGEND_WIDTH : 0), height },
  );
  if (labelled.length > 0) {
    out.push(
      `<g class="labels" font-size="11" fill="#202124" stroke="#ffffff" stroke-width="3" ` +
        `paint-order="stroke" stroke-linejoin="round" pointer-events="none">`,
    );
    labelled.forEach((i, k) => {
      const place = places[k];
      if (place === null || place === undefined) return;
      out.push(
        `<text data-id="${escapeXml(view.ids[i]!)}" x="${coordinate(place.x)}" y="${coordinate(place.y)}">${escapeXml(texts[k]!)}</text>`,
      );
    });
    out.push("</g>");
  }

  if (settings.legend)
    out.push(legend(eco, colors, width, settings.sizeBy, suggested.length > 0, n, view, settings.locale));
  out.push("</svg>");
  return out.join("\n");
}

function legend(
  eco: Ecosystem,
  colors: ReadonlyMap<string, string>,
  width: number,
  sizeBy: SvgSizeBy,
  withSuggestions: boolean,
  n: number,
  view: EcosystemView,
  locale: Locale,
): string {
  const say = sayIn(locale);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const role = eco.getNodeAttribute(view.ids[i]!, "role");
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  const roles = ecosystemRoles(eco);
  const left = width - LEGEND_WIDTH + 8;
  const lines: string[] = [`<g class="legend" font-size="12" fill="#202124">`];
  let top = MARGIN + 4;
  lines.push(
    `<text x="${left}" y="${top}" font-weight="bold">${escapeXml(say("report.svg.legend.roles"))}</text>`,
  );
  for (const [role, color] of colors) {
    top += 20;
    const name = roleName(role, roles.get(role), locale);
    lines.push(`<circle cx="${left + 6}" cy="${top - 4}" r="6" fill="${color}"/>`);
    lines.push(
      `<text x="${left + 18}" y="${top}">${escapeXml(truncate(`${name} (${counts.get(role) ?? 0})`, 24))}</text>`,
    );
  }
  top += 30;
  lines.push(
    `<text x="${left}" y="${top}" font-weight="bold">${escapeXml(say("report.svg.legend.marks"))}</text>`,
  );
  top += 20;
  lines.push(
    `<circle cx="${left + 6}" cy="${top - 4}" r="5" fill="#cccccc"/>` +
      `<circle cx="${left + 6}" cy="${top - 4}" r="7.5" fill="none" stroke="${BRIDGE_RING_COLOR}" stroke-width="2"/>`,
  );
  lines.push(`<text x="${left + 18}" y="${top}">${escapeXml(say("report.svg.legend.bridge"))}</text>`);
  top += 22;
  lines.push(
    `<circle cx="${left + 6}" cy="${top - 4}" r="4" fill="#cccccc"/>` +
      `<circle cx="${left + 6}" cy="${top - 4}" r="8" fill="none" stroke="${CUT_VERTEX_RING_COLOR}" stroke-width="2"/>`,
  );
  lines.push(`<text x="${left + 18}" y="${top}">${escapeXml(say("report.svg.legend.cutVertex"))}</text>`);
  top += 20;
  lines.push(
    `<line x1="${left}" y1="${top - 4}" x2="${left + 14}" y2="${top - 4}" stroke="${TIE_COLOR}" stroke-width="1.5"/>`,
  );
  lines.push(`<text x="${left + 18}" y="${top}">${escapeXml(say("report.svg.legend.tie"))}</text>`);
  if (withSuggestions) {
    top += 20;
    lines.push(
      `<line x1="${left}" y1="${top - 4}" x2="${left + 14}" y2="${top - 4}" stroke="${SUGGESTION_COLOR}" ` +
        `stroke-width="2" stroke-dasharray="4 3"/>`,
    );
    lines.push(`<text x="${left + 18}" y="${top}">${escapeXml(say("report.svg.legend.suggested"))}</text>`);
  }
  if (sizeBy !== "none") {
    top += 24;
    const size = say(
      sizeBy === "degree" ? "report.svg.legend.sizeByDegree" : "report.svg.legend.sizeByBetweenness",
    );
    lines.push(`<text x="${left}" y="${top}">${escapeXml(size)}</text>`);
  }
  lines.push("</g>");
  return lines.join("\n");
}
