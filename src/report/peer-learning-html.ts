/**
 * The peer-learning section of the HTML report: a plan's summary, then each session's tables as
 * cards of their members and why they were put together.
 *
 * @packageDocumentation
 */
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import { escapeXml as escapeHtml } from "./text.js";

/**
 * The body of the "Peer-learning clinics" section for a plan: the summary, the rules broken (if
 * any), and for each session a list of its tables, each with its members (label, role, region; hosts
 * marked) and its reasons. Every label and reason is escaped. Time complexity: O(seats).
 * @internal
 */
export function peerLearningHtml(plan: PeerLearningPlan): string {
  const parts = [`<p>${escapeHtml(plan.summary.text)}</p>`];
  if (plan.violations.length > 0) {
    const broken = plan.violations.map((violation) => `<li>${escapeHtml(violation.message)}</li>`).join("");
    parts.push(`<p>Rules broken:</p>\n<ul>${broken}</ul>`);
  }
  for (const session of plan.sessions) {
    parts.push(`<h3>Session ${session.session + 1}</h3>`);
    const tables = session.tables.map((table) => {
      const seats = table.seats
        .map((seat) => {
          const where = seat.region === null ? seat.role : `${seat.role}, ${seat.region}`;
          return `<li>${escapeHtml(seat.label)} <span class="muted">(${escapeHtml(where)})</span>${seat.host ? " — host" : ""}</li>`;
        })
        .join("");
      const reasons = table.reasons.map((reason) => `<p>${escapeHtml(reason.text)}</p>`).join("");
      return `<li class="clinic-table"><h4>Table ${table.table + 1}</h4><ul>${seats}</ul>${reasons}</li>`;
    });
    parts.push(`<ol class="clinic-tables">${tables.join("\n")}</ol>`);
  }
  return parts.join("\n");
}
