/**
 * Colours of the pictures: one per role, from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies), and the sequential scale of the heatmap.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { compareIds } from "../internal/compare.js";

/** Colours of the built-in roles. */
const BUILT_IN_COLORS: ReadonlyMap<string, string> = new Map([
  ["developer", "#0072B2"],
  ["upskiller", "#009E73"],
  ["funder", "#E69F00"],
]);

/** Colours of other roles, in turn (Okabe & Ito 2008, then neutral grey). */
const OTHER_COLORS: readonly string[] = ["#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999"];

/** Colour of bridge-actor rings. */
export const BRIDGE_RING_COLOR = "#222222";
/** Colour of cut-vertex rings. */
export const CUT_VERTEX_RING_COLOR = "#D55E00";
/** Colour of suggested ties. */
export const SUGGESTION_COLOR = "#CC79A7";
/** Colour of existing ties. */
export const TIE_COLOR = "#9AA0A6";

/**
 * The roles in legend order (built-in roles first, in their documented order, then the others by
 * code units) with a colour each.
 */
export function roleColors(roles: Iterable<string>): Map<string, string> {
  const present = new Set(roles);
  const ordered = [...BUILT_IN_COLORS.keys()].filter((role) => present.has(role));
  appendAll(ordered, [...present].filter((role) => !BUILT_IN_COLORS.has(role)).sort(compareIds));
  const colors = new Map<string, string>();
  let next = 0;
  for (const role of ordered) {
    colors.set(role, BUILT_IN_COLORS.get(role) ?? OTHER_COLORS[next++ % OTHER_COLORS.length]!);
  }
  return colors;
}

/**
 * A colour of the heatmap's sequential scale for t in [0, 1]: white to deep blue (#08306B), linear in
 * sRGB. Returns `#rrggbb`.
 */
export function heatColor(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const low = [255, 255, 255];
  const high = [8, 48, 107];
  return `#${low
    .map((channel, k) =>
      Math.round(channel + (high[k]! - channel) * clamped)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Whether text on a heatmap cell of value t should be white (dark background). */
export function heatTextIsLight(t: number): boolean {
  return t > 0.55;
}
