import type { ParticipantSelection, PeerLearningHost, PeerLearningOptions } from "../../convene/options.js";
import { planPeerLearning } from "../../convene/plan-peer-learning.js";
import { toPeerLearningCsv, toPeerLearningMarkdown } from "../../report/peer-learning-markdown.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command, OptionValues } from "../command.js";
import {
  choiceOption,
  integerOption,
  readInputEcosystem,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeOutput,
} from "../options.js";
import { UsageError } from "../usage-error.js";
import { localeOf, roleTextOf, sayer } from "../words.js";

function listOption(values: OptionValues, name: string): string[] | undefined {
  const raw = values[name];
  if (typeof raw !== "string") return undefined;
  const items = raw.split(",").filter((item) => item !== "");
  if (items.length === 0) throw new UsageError(message("cli.usage.values", { name }));
  return items;
}

/** `--size 4-6` or `--size 5`. */
function sizeOption(values: OptionValues): PeerLearningOptions["size"] {
  const raw = values.size;
  if (raw === undefined) return undefined;
  const match = typeof raw === "string" ? /^(\d+)(?:-(\d+))?$/.exec(raw) : null;
  if (match === null) throw new UsageError(message("cli.usage.size", { value: String(raw) }));
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  if (min < 1 || min > max) throw new UsageError(message("cli.usage.sizeOrder", { value: raw }));
  return { min, max };
}

/** `--apart a:b,c:d`. */
function pairsOption(values: OptionValues, name: string): [string, string][] | undefined {
  return listOption(values, name)?.map((item) => {
    const parts = item.split(":");
    if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
      throw new UsageError(message("cli.usage.pairs", { name, value: item }));
    }
    return [parts[0]!, parts[1]!];
  });
}

/** `--hosts id=1,id2=3` (tables from 1). */
function hostsOption(values: OptionValues): PeerLearningHost[] | undefined {
  return listOption(values, "hosts")?.map((item) => {
    const match = /^(.+)=(\d+)$/.exec(item);
    if (match === null || Number(match[2]) < 1) {
      throw new UsageError(message("cli.usage.hosts", { value: item }));
    }
    return { actor: match[1]!, table: Number(match[2]) - 1 };
  });
}

function participantsOption(values: OptionValues): ParticipantSelection | undefined {
  const ids = listOption(values, "participants");
  const roles = listOption(values, "roles");
  const where = typeof values.where === "string" ? /^([^=]+)=(.*)$/.exec(values.where) : null;
  if (typeof values.where === "string" && where === null) {
    throw new UsageError(message("cli.usage.where", { value: String(values.where) }));
  }
  if (ids !== undefined) {
    if (roles !== undefined || where !== null) throw new UsageError(message("cli.usage.participants"));
    return ids;
  }
  if (roles === undefined && where === null) return undefined;
  return {
    ...(roles === undefined ? {} : { role: roles }),
    ...(where === null ? {} : { attribute: { name: where[1]!, value: where[2]! } }),
  };
}

/** `ecoweave clinics <file> --sessions 3 --tables 8 --size 4-6`: who sits with whom at peer-learning clinics. */
export const clinicsCommand: Command = {
  name: "clinics",
  summary: formatMessage({ id: "cli.summary.clinics" }),
  usage: "ecoweave clinics <file> [--sessions <n>] [--tables <n>] [--size <min-max>] [options]",
  help: message("help.clinics", { view: VIEW_CLI_HELP }),
  options: {
    ...VIEW_CLI_OPTIONS,
    sessions: { type: "string" },
    tables: { type: "string" },
    size: { type: "string" },
    participants: { type: "string" },
    roles: { type: "string" },
    where: { type: "string" },
    apart: { type: "string" },
    together: { type: "string" },
    hosts: { type: "string" },
    "region-by": { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = choiceOption(values, "format", ["text", "md", "csv", "json"] as const, "text");
    const options: PeerLearningOptions = { ...viewOptionsOf(values), seed: integerOption(values, "seed", 1) };
    const sessions = integerOption(values, "sessions", Number.NaN, { min: 1 });
    if (!Number.isNaN(sessions)) options.sessions = sessions;
    const tables = integerOption(values, "tables", Number.NaN, { min: 1 });
    if (!Number.isNaN(tables)) options.tables = tables;
    const size = sizeOption(values);
    if (size !== undefined) options.size = size;
    const participants = participantsOption(values);
    if (participants !== undefined) options.participants = participants;
    const apart = pairsOption(values, "apart");
    if (apart !== undefined) options.apart = apart;
    const together = pairsOption(values, "together");
    if (together !== undefined) options.together = together;
    const hosts = hostsOption(values);
    if (hosts !== undefined) options.hosts = hosts;
    if (typeof values["region-by"] === "string") options.regionBy = values["region-by"];
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const plan = planPeerLearning(eco, options);
    let text: string;
    if (format === "json") text = JSON.stringify(plan, null, 2);
    else if (format === "md") text = toPeerLearningMarkdown(plan, undefined, { locale: localeOf(io) });
    else if (format === "csv") text = toPeerLearningCsv(plan);
    else {
      const say = sayer(io);
      const role = roleTextOf(eco, localeOf(io));
      const lines = [formatMessage(plan.summary, localeOf(io))];
      for (const violation of plan.violations)
        lines.push(`! ${formatMessage(violation.problem, localeOf(io))}`);
      for (const session of plan.sessions) {
        lines.push("", say("cli.clinics.session", { number: session.session + 1 }));
        for (const table of session.tables) {
          lines.push(`  ${say("cli.clinics.table", { number: table.table + 1 })}`);
          for (const seat of table.seats) {
            const where = seat.region === null ? role(seat.role) : `${role(seat.role)}, ${seat.region}`;
            lines.push(`    - ${seat.label} (${where})${seat.host ? ` ${say("cli.clinics.host")}` : ""}`);
          }
          for (const reason of table.reasons) lines.push(`    ${formatMessage(reason, localeOf(io))}`);
        }
      }
      text = lines.join("\n");
    }
    await writeOutput(text, values, io);
    return 0;
  },
};
