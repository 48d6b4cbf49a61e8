/**
 * The small charts of the HTML report, written as markup: a horizontal bar chart (SVG) and a heatmap
 * (an HTML table with coloured cells). Every text is escaped here.
 *
 * @packageDocumentation
 */
import type { Locale } from "../text/locale.js";
import { heatColor, heatTextIsLight } from "./palette.js";
import { coordinate, escapeXml, formatNumber, truncate } from "./text.js";

/** One bar: its label, value and tooltip. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown on hover (`<title>`); the label and value when absent. */
  readonly detail?: string;
  /** Fill colour. */
  readonly color: string;
}

const BAR_HEIGHT = 20;
const BAR_GAP = 6;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 60;

/**
 * A horizontal bar chart as an inline SVG: bars from 0 to `max` (the largest value when not given),
 * labels on the left, values on the right (written for `locale`, English by default), `title` as its
 * accessible name.
 */
export function barChart(
  title: string,
  bars: readonly Bar[],
  options: { width?: number; max?: number; digits?: number; locale?: Locale } = {},
): string {
  const width = options.width ?? 640;
  const digits = options.digits ?? 3;
  const max = options.max ?? bars.reduce((largest, bar) => Math.max(largest, bar.value), 0);
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  bars.forEach((bar, k) => {
    const top = BAR_GAP + k * (BAR_HEIGHT + BAR_GAP);
    const length = max > 0 ? (plot * Math.max(0, bar.value)) / max : 0;
    const value = formatNumber(bar.value, digits, options.locale);
    out.push(
      `<g><title>${escapeXml(bar.detail ?? `${bar.label}: ${value}`)}</title>` +
        `<text x="${LABEL_WIDTH - 8}" y="${top + 14}" text-anchor="end" font-size="12">${escapeXml(
          truncate(bar.label, 30),
        )}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${top}" width="${coordinate(length)}" height="${BAR_HEIGHT}" fill="${bar.color}"/>` +
        `<text x="${coordinate(LABEL_WIDTH + length + 6)}" y="${top + 14}" font-size="12">${value}</text></g>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}

/** A heatmap cell: the number shown, the colour value t in [0, 1], and a tooltip. */
export interface HeatCell {
  readonly text: string;
  readonly note?: string;
  readonly t: number;
  readonly title: string;
}

/**
 * A heatmap as an HTML table: row and column headers (`<th scope>`), a caption, and cells whose
 * background runs from white (t = 0) to deep blue (t = 1).
 */
export function heatmapTable(
  caption: string,
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  cells: readonly (readonly HeatCell[])[],
): string {
  const out: string[] = [`<table class="heatmap"><caption>${escapeXml(caption)}</caption>`];
  out.push(
    `<thead><tr><td></td>${columnLabels.map((label) => `<th scope="col">${escapeXml(label)}</th>`).join("")}</tr></thead>`,
  );
  out.push("<tbody>");
  rowLabels.forEach((label, g) => {
    const row = cells[g] ?? [];
    out.push(
      `<tr><th scope="row">${escapeXml(label)}</th>${row
        .map((cell) => {
          const color = heatTextIsLight(cell.t) ? "#ffffff" : "#202124";
          const note = cell.note === undefined ? "" : `<span class="note">${escapeXml(cell.note)}</span>`;
          return (
            `<td style="background:${heatColor(cell.t)};color:${color}" title="${escapeXml(cell.title)}">` +
            `${escapeXml(cell.text)}${note}</td>`
          );
        })
        .join("")}</tr>`,
    );
  });
  out.push("</tbody></table>");
  return out.join("\n");
}
