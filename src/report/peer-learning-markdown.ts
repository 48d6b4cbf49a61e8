/**
 * A peer-learning plan as Markdown (one section per session, one list per table) and as CSV (one row
 * per seat, for a mail merge).
 *
 * @packageDocumentation
 */
import type { PeerLearningPlan } from "../convene/plan-peer-learning.js";
import { checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { checkOptionType, checkResult } from "../model/check-inputs.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleOneOf } from "../model/option-errors.js";
import { isLocale, type Locale } from "../text/locale.js";
import { formatMessage } from "../text/message.js";
import { escapeMarkdown } from "./text.js";

/** Options of {@link toPeerLearningMarkdown} and {@link toPeerLearningCsv}. */
export interface PeerLearningTextOptions {
  /**
   * The language of the summary, reasons, rules broken, headings, roles and host marks (messages
   * `clinics.*`); labels, ids and regions stay as they are, and the CSV's column names stay the same
   * keys in every language.
   * @defaultValue "en"
   */
  locale?: Locale;
}

const PEER_LEARNING_TEXT_OPTION_KEYS = optionKeys<PeerLearningTextOptions>({ locale: true });

function checkPlan(fn: string, plan: unknown, options: unknown): void {
  checkResult(fn, plan, "a peer-learning plan", "planPeerLearning", ["sessions", "violations"]);
  checkOptionKeys(fn, options, PEER_LEARNING_TEXT_OPTION_KEYS);
  const locale = (options as PeerLearningTextOptions | undefined)?.locale;
  if (locale !== undefined && !isLocale(locale)) {
    throw mustBe(fn, "locale", JSON.stringify(locale), ruleOneOf(['"en"', '"fi"', '"sv"']));
  }
}

/**
 * A peer-learning plan as Markdown: the summary, then for each session its tables, each with its
 * members (label, role, region; hosts marked) and why they were put together.
 *
 * @remarks
 * Labels and reasons are escaped (see `escapeMarkdown`), so a label cannot open markup. Sessions and
 * tables are numbered from 1. Time complexity: O(seats).
 * @param plan - a result of {@link planPeerLearning}.
 * @param title - the heading. @defaultValue "Peer-learning clinics" in the locale
 * @param options - `locale`.
 * @returns the Markdown text, ending with a line break.
 * @throws {@link EcoweaveError} `invalid_argument` when `plan` is not a plan; {@link InvalidOptionError} for an unknown option or locale.
 * @example
 * toPeerLearningMarkdown(planPeerLearning(eco, { sessions: 2, tables: 4 }), undefined, { locale: "fi" });
 * @category Peer learning
 */
export function toPeerLearningMarkdown(
  plan: PeerLearningPlan,
  title?: string,
  options: PeerLearningTextOptions = {},
): string {
  checkPlan("toPeerLearningMarkdown", plan, options);
  checkOptionType("toPeerLearningMarkdown", "title", title, "string");
  const locale = options.locale ?? "en";
  const text = (id: Parameters<typeof formatMessage>[0]) => escapeMarkdown(formatMessage(id, locale));
  const heading = title ?? formatMessage({ id: "clinics.markdown.title" }, locale);
  const lines = [`# ${escapeMarkdown(heading)}`, "", text(plan.summary), ""];
  if (plan.violations.length > 0) {
    lines.push(formatMessage({ id: "clinics.markdown.rulesBroken" }, locale), "");
    for (const violation of plan.violations) lines.push(`- ${text(violation.problem)}`);
    lines.push("");
  }
  const host = ` — ${formatMessage({ id: "clinics.markdown.host" }, locale)}`;
  for (const session of plan.sessions) {
    lines.push(
      `## ${formatMessage({ id: "clinics.markdown.session", params: { session: session.session + 1 } }, locale)}`,
      "",
    );
    for (const table of session.tables) {
      lines.push(
        `### ${formatMessage({ id: "clinics.markdown.table", params: { table: table.table + 1 } }, locale)}`,
        "",
      );
      for (const seat of table.seats) {
        const role = formatMessage({ id: "clinics.role", params: { role: seat.role } }, locale);
        const where = seat.region === null ? role : `${role}, ${seat.region}`;
        lines.push(`- ${escapeMarkdown(seat.label)} (${escapeMarkdown(where)})${seat.host ? host : ""}`);
      }
      lines.push("");
      for (const reason of table.reasons) lines.push(`> ${text(reason)}`, ">");
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
 * @param options - `locale`: the language of the reasons, roles and the host mark (the column names
 *   stay the same keys).
 * @returns the CSV text with a header row.
 * @throws {@link EcoweaveError} `invalid_argument` when `plan` is not a plan; {@link InvalidOptionError} for an unknown option or locale.
 * @category Peer learning
 */
export function toPeerLearningCsv(plan: PeerLearningPlan, options: PeerLearningTextOptions = {}): string {
  checkPlan("toPeerLearningCsv", plan, options);
  const locale = options.locale ?? "en";
  const yes = formatMessage({ id: "clinics.csv.host" }, locale);
  const rows = [["session", "table", "id", "label", "role", "region", "host", "reasons"]];
  for (const session of plan.sessions) {
    for (const table of session.tables) {
      const reasons = table.reasons.map((reason) => formatMessage(reason, locale)).join(" ");
      for (const seat of table.seats) {
        rows.push([
          String(session.session + 1),
          String(table.table + 1),
          seat.id,
          seat.label,
          formatMessage({ id: "clinics.role", params: { role: seat.role } }, locale),
          seat.region ?? "",
          seat.host ? yes : "",
          reasons,
        ]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
