/**
 * The stylesheet `toHtml` inlines: a page that reads from 360 pixels up — the picture scales to the
 * width, tables turn into stacked cards up to 960 pixels, and nothing is wider than the viewport.
 *
 * @packageDocumentation
 */

/** Below this width (CSS pixels) the tables are shown as one card per row. */
export const CARD_BREAKPOINT = 960;

/** The page's CSS. */
export const STYLE = `
:root { color-scheme: light; --ink: #202124; --muted: #5f6368; --line: #dadce0; --accent: #0072B2; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafafa; overflow-wrap: break-word; }
code { overflow-wrap: anywhere; }
header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
nav a { color: var(--accent); }
.lead { color: var(--muted); max-width: 80ch; }
table { border-collapse: collapse; margin: 8px 0 16px; background: #fff; max-width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f1f3f4; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 18px; }
td.nowrap { white-space: nowrap; }
.severity { display: inline-block; height: 8px; background: #D55E00; margin-right: 6px; vertical-align: middle; }
.scroll { max-width: 100%; overflow-x: auto; }
figure { margin: 0; max-width: 100%; }
svg.bar-chart { max-width: 100%; height: auto; }
.network { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.network figure { flex: 1 1 560px; min-width: 0; background: #fff; border: 1px solid var(--line); }
.network figcaption { padding: 4px 8px; color: var(--muted); font-size: 0.9rem; }
svg.ecoweave-network { display: block; width: 100%; height: auto; touch-action: pan-y; }
svg.ecoweave-network.zoomed { touch-action: none; cursor: grab; }
.map-tools { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 8px; border-bottom: 1px solid var(--line); }
.map-tools input { flex: 1 1 10rem; min-width: 0; }
.map-tools select { max-width: 100%; min-width: 0; }
.map-tools input, .map-tools select, .map-tools button, button.show { font: inherit; padding: 2px 8px; }
.map-tools button { min-width: 2.2rem; }
#map-status { margin: 0; padding: 2px 8px; }
.ecoweave-network .off { display: none; }
.ecoweave-network.highlighting .actors > *, .ecoweave-network.highlighting .ties line, .ecoweave-network.highlighting .suggestions line, .ecoweave-network.highlighting .labels text { opacity: 0.15; }
.ecoweave-network.highlighting .hl { opacity: 1 !important; }
.ecoweave-network circle.actor.hl { stroke: #202124; stroke-width: 2.5; }
.ecoweave-network .suggestions line.hl { stroke-width: 4; }
button.show { font-size: 0.8rem; margin: 2px 0 2px 6px; white-space: nowrap; }
button.show[aria-pressed="true"] { background: #202124; color: #fff; }
#actor-details { position: sticky; top: 8px; flex: 1 1 240px; min-width: 0; background: #fff; border: 1px solid var(--line); padding: 8px 12px; }
#actor-details h3 { margin-top: 4px; }
#actor-details dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
#actor-details dt { color: var(--muted); }
#actor-details dd { margin: 0; }
.muted { color: var(--muted); }
.clinic-tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 12px; padding: 0; list-style: none; }
.clinic-table { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.clinic-table h4 { margin: 0 0 4px; }
svg.ecoweave-network circle.actor { cursor: pointer; }
svg.ecoweave-network circle.actor:hover, svg.ecoweave-network circle.actor:focus, svg.ecoweave-network circle.actor.selected { stroke: #202124; stroke-width: 2.5; outline: none; }
.heatmap td { text-align: center; min-width: 84px; }
.heatmap .note { display: block; font-size: 0.78rem; opacity: 0.85; }
.figures { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.figures > * { min-width: 0; }
footer { color: var(--muted); font-size: 0.85rem; padding: 24px; }
@media (max-width: ${CARD_BREAKPOINT}px) {
  header, main, footer { padding-left: 12px; padding-right: 12px; }
  h1 { font-size: 1.4rem; }
  main table:not(.heatmap), main table:not(.heatmap) > tbody, main table:not(.heatmap) tr, main table:not(.heatmap) td, main table:not(.heatmap) th[scope="row"], main table:not(.heatmap) caption { display: block; width: 100%; }
  main table:not(.heatmap) { background: none; }
  main table:not(.heatmap) > thead { display: none; }
  main table:not(.heatmap) tr { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; padding: 4px 10px; }
  main table:not(.heatmap) td, main table:not(.heatmap) th[scope="row"] { border: 0; padding: 2px 0; text-align: left; overflow-wrap: anywhere; }
  main table:not(.heatmap) [data-label]::before { content: attr(data-label); display: block; font-size: 0.78rem; font-weight: 600; color: var(--muted); }
}
`;
