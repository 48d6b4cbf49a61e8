/**
 * A peer-learning plan as Markdown (one section per session, one list per table) and as CSV (one row
 * per seat, for a mail merge).
 *
 * @packageDocumentation
 */
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import { escapeMarkdown } from "./text.js";

/**
 * A peer-learning plan as Markdown: the summary, then for each session its tables, each with its
 * members (label, role, region; hosts marked) and why they were put together.
 *
 * @remarks
 * Labels and reasons are escaped (see `escapeMarkdown`), so a label cannot open markup. Sessions and
 * tables are numbered from 1. Time complexity: O(seats).
 * @param plan - a result of {@link planPeerLearning}.
 * @returns the Markdown text, ending with a line break.
 * @example
 * toPeerLearningMarkdown(planPeerLearning(eco, { sessions: 2, tables: 4 }));
 * @category Peer learning
 */
export function toPeerLearningMarkdown(plan: PeerLearningPlan, title = "Peer-learning clinics"): string {
  const lines = [`# ${escapeMarkdown(title)}`, "", escapeMarkdown(plan.summary.text), ""];
  if (plan.violations.length > 0) {
    lines.push("Rules broken:", "");
    for (const violation of plan.violations) lines.push(`- ${escapeMarkdown(violation.message)}`);
    lines.push("");
  }
  for (const session of plan.sessions) {
    lines.push(`## Session ${session.session + 1}`, "");
    for (const table of session.tables) {
      lines.push(`### Table ${table.table + 1}`, "");
      for (const seat of table.seats) {
        const where = seat.region === null ? seat.role : `${seat.role}, ${seat.region}`;
        lines.push(`- ${escapeMarkdown(seat.label)} (${escapeMarkdown(where)})${seat.host ? " — host" : ""}`);
      }
      lines.push("");
      for (const reason of table.reasons) lines.push(`> ${escapeMarkdown(reason.text)}`, ">");
      if (table.reasons.length > 0) lines.pop();
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * A cell for a spreadsheet: text that a spreadsheet would read as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading `'`, then RFC 4180 quoting where needed.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A peer-learning plan as CSV, one row per seat (for a mail merge): `session`, `table` (from 1), `id`,
 * `label`, `role`, `region`, `host` (`yes` or empty), `reasons` (the table's reasons, one after the
 * other).
 *
 * @remarks
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) are prefixed with `'`; cells holding a comma, quote or line break are quoted (RFC 4180).
 * Lines end with CRLF, as RFC 4180 writes them. Time complexity: O(seats).
 * @param plan - a result of {@link planPeerLearning}.
 * @returns the CSV text with a header row.
 * @category Peer learning
 */
export function toPeerLearningCsv(plan: PeerLearningPlan): string {
  const rows = [["session", "table", "id", "label", "role", "region", "host", "reasons"]];
  for (const session of plan.sessions) {
    for (const table of session.tables) {
      const reasons = table.reasons.map((reason) => reason.text).join(" ");
      for (const seat of table.seats) {
        rows.push([
          String(session.session + 1),
          String(table.table + 1),
          seat.id,
          seat.label,
          seat.role,
          seat.region ?? "",
          seat.host ? "yes" : "",
          reasons,
        ]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
