/**
 * Messages of the `spread` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { SPREAD_EN } from "../en/spread.js";

function rolePlural(name: string): string {
  return `{${name}, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiärer} other {aktörer i rollen {${name}}}}`;
}

const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} och ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} och ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} och {moreRoles} roller till}}`;

export const SPREAD_SV: CataloguePart<typeof SPREAD_EN> = {
  "spread.seed.reach":
    "{order, select, first {Att börja med {actor} når uppskattningsvis {gain, number, ::.#} aktörer, flest av alla enskilda aktörer.} other {Att lägga till {actor} når uppskattningsvis {gain, number, ::.#} aktörer fler än startpunkterna före (totalt {total, number, ::.#}).}}",
  "spread.seed.groups":
    "{groupCount, plural, =0 {Att lägga till {actor} bidrar lite till målet att nå {share, number, ::percent} av varje grupp.} other {Att lägga till {actor} för {groups} närmare målet att nå {share, number, ::percent} av varje grupp (+{gain, number, ::.##} grupper vid målet).}}",
  "spread.tie.no-gain": "En förbindelse mellan {source} och {target} skulle inte föra innovationen längre.",
  "spread.tie.gain": `En förbindelse mellan {source} och {target} skulle föra innovationen till uppskattningsvis {gain, number, ::.#} aktörer till{roleCount, plural, =0 {} other {, främst ${ROLES}}}{groupCount, plural, =0 {} other {; den skulle nå {groups} som nya i minst hälften av körningarna}}.`,
  "spread.role":
    "{role, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiär} other {{role}}}",
  "spread.markdown.title": "Innovationens spridning",
  "spread.markdown.summary":
    "Med start i {seeds} når innovationen i genomsnitt {reach, number, ::.##}{error, select, none {} other { ± {standardError, number, ::.##}}} av {actors} aktörer ({model, select, threshold {linjär tröskelmodell} other {oberoende kaskadmodell}}, {runs} körningar, frö {seed}). Sannolikheterna är antaganden: jämför alternativ med dem, läs dem inte som en prognos.",
  "spread.markdown.seeds": "Var man ska börja",
  "spread.markdown.byRole": "Räckvidd per roll",
  "spread.markdown.byGroup": "Räckvidd per {group}",
  "spread.markdown.byStep": "Räckvidd per steg",
  "spread.markdown.column.seed": "startpunkt",
  "spread.markdown.column.role": "roll",
  "spread.markdown.column.gain": "tillskott",
  "spread.markdown.column.why": "varför",
  "spread.markdown.column.actors": "aktörer",
  "spread.markdown.column.expectedReach": "förväntad räckvidd",
  "spread.markdown.column.share": "andel nådd",
  "spread.markdown.column.reachedAtAll": "nådd alls",
  "spread.markdown.column.step": "steg",
  "spread.markdown.column.meanReached": "nådda i genomsnitt",
  "spread.markdown.noneReached": "Ingen {group} nås i minst hälften av körningarna.",
  "spread.markdown.reached": "Nås i minst hälften av körningarna: {groups}.",
};
