/**
 * The peer-learning section of the HTML report: a plan's summary, then each session's tables as
 * cards of their members and why they were put together.
 *
 * @packageDocumentation
 */
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import type { Locale } from "../text/locale.js";
import { formatMessage } from "../text/message.js";
import { escapeXml as escapeHtml } from "./text.js";
import { roleWord, sayIn } from "./words.js";

/**
 * The body of the "Peer-learning clinics" section for a plan: the summary, the rules broken (if
 * any), and for each session a list of its tables, each with its members (label, role, region; hosts
 * marked) and its reasons. Every label and reason is escaped. Time complexity: O(seats).
 * @internal
 */
export function peerLearningHtml(plan: PeerLearningPlan, locale: Locale = "en"): string {
  const say = sayIn(locale);
  const parts = [`<p>${escapeHtml(formatMessage(plan.summary, locale))}</p>`];
  if (plan.violations.length > 0) {
    const broken = plan.violations
      .map((violation) => `<li>${escapeHtml(formatMessage(violation.problem, locale))}</li>`)
      .join("");
    parts.push(`<p>${escapeHtml(say("report.clinics.broken"))}</p>\n<ul>${broken}</ul>`);
  }
  for (const session of plan.sessions) {
    parts.push(`<h3>${escapeHtml(say("report.clinics.session", { number: session.session + 1 }))}</h3>`);
    const tables = session.tables.map((table) => {
      const seats = table.seats
        .map((seat) => {
          const role = roleWord(seat.role, undefined, locale);
          const where = seat.region === null ? role : `${role}, ${seat.region}`;
          const host = seat.host ? ` — ${escapeHtml(say("report.clinics.host"))}` : "";
          return `<li>${escapeHtml(seat.label)} <span class="muted">(${escapeHtml(where)})</span>${host}</li>`;
        })
        .join("");
      const reasons = table.reasons
        .map((reason) => `<p>${escapeHtml(formatMessage(reason, locale))}</p>`)
        .join("");
      return `<li class="clinic-table"><h4>${escapeHtml(say("report.clinics.table", { number: table.table + 1 }))}</h4><ul>${seats}</ul>${reasons}</li>`;
    });
    parts.push(`<ol class="clinic-tables">${tables.join("\n")}</ol>`);
  }
  return parts.join("\n");
}
