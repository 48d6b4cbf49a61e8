/**
 * Messages of the `convene` area in Swedish (peer learning: kollegialt lärande).
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { CONVENE_EN } from "../en/convene.js";

function rolePlural(name: string): string {
  return `{${name}, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiärer} other {aktörer i rollen {${name}}}}`;
}

/** One role (`finansiär`); a custom role by its id. */
function role(name: string): string {
  return `{${name}, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiär} other {{${name}}}}`;
}

const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} och ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} och ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} och {moreRoles} roller till}}`;

const NEED =
  "{need, select, developer {en utvecklare av innovationer} upskiller {en kompetenshöjare} funder {en finansiär} other {en aktör i rollen {need}}}";

export const CONVENE_SV: CataloguePart<typeof CONVENE_EN> = {
  "clinics.reason.firstContact": `Ger {whom, select, one {{actor}} region {${rolePlural("role")} i {region}} other {{count, plural, one {# aktör} other {# aktörer}} ({${"role"}, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiärer} other {rollen {role}}})}} {contact, select, direct {sin första kontakt som är ${NEED}} other {sin första kontakt som känner ${NEED}}}.`,
  "clinics.reason.separateParts":
    "Placerar aktörer från {parts} delar av nätverket som ingen väg förenar ännu vid samma bord.",
  "clinics.reason.bypass": "Förenar {first} och {second}, som nu når varandra bara via {through}.",
  "clinics.reason.mix": `{newPairs, plural, one {# par} other {# par}} av {pairs} möts för första gången och blandar ${ROLES} från {regions, plural, one {# region} other {# regioner}} och {communities, plural, one {# gemenskap} other {# gemenskaper}}.`,
  "clinics.summary":
    "{sessions, plural, one {# träff} other {# träffar}} med {tables, plural, one {# bord} other {# bord}} för {participants, plural, one {# deltagare} other {# deltagare}}: " +
    "{newPairs, plural, one {# par} other {# par}} möts för första gången, {crossCommunityPairs} över gemenskapsgränser och {crossRegionPairs} över regiongränser. " +
    "Om dessa bekantskaper blev förbindelser skulle {needsMet} av {needsUnmet, plural, one {# ouppfyllt behov} other {# ouppfyllda behov}} uppfyllas inom {maxDistance, plural, one {# steg} other {# steg}}." +
    "{repeats, select, unavoidable {{repeatedPairs, plural, one { Så stora bord under så många träffar gör upprepningar oundvikliga: # par möts igen.} other { Så stora bord under så många träffar gör upprepningar oundvikliga: # par möts igen.}}} other {}}" +
    "{violations, plural, =0 {} one { Ingen placering som följer alla regler hittades: # regel bryts (se violations).} other { Ingen placering som följer alla regler hittades: # regler bryts (se violations).}}",
  "clinics.violation.size": "Träff {session}, bord {table}: {seated} deltagare, utanför {min}–{max}",
  "clinics.violation.role": `Träff {session}, bord {table}: saknar {missingCount, select, 1 {${role("role1")}} 2 {${role("role1")} och ${role("role2")}} 3 {${role("role1")}, ${role("role2")} och ${role("role3")}} other {${role("role1")}, ${role("role2")}, ${role("role3")} och {moreRoles} roller till}}`,
  "clinics.violation.apart":
    "Träff {session}, bord {table}: {first} och {second} sitter tillsammans fast de ska hållas isär",
  "clinics.violation.repeat":
    "Träff {session}, bord {table}: {first} och {second} sitter tillsammans igen (första gången vid träff {firstSession})",
  "clinics.violation.balance":
    "Träff {session} har bord med {smallest} och med {largest} deltagare; balanserade bord skiljer sig med högst 1",
  "clinics.violation.together":
    "Träff {session}: {first} och {second} sitter vid olika bord fast de ska sitta tillsammans",
  "clinics.violation.host":
    "Träff {session}: {actor} sitter vid bord {table}, inte vid bord {host} som hen är värd för",
  "clinics.violation.sessions": "Placeringen har {count} träffar, inte {expected}",
  "clinics.violation.tables": "Träff {session} har {count} bord, inte {expected}",
  "clinics.violation.notParticipant": "Träff {session}, bord {table}: {actor} är inte deltagare",
  "clinics.violation.twice": "Träff {session}: {actor} är placerad två gånger",
  "clinics.violation.unseated":
    "Träff {session}: {count, plural, one {# deltagare} other {# deltagare}} saknar plats ({shown}{more, select, yes {, …} other {}})",
  "clinics.markdown.title": "Kliniker för kollegialt lärande",
  "clinics.markdown.rulesBroken": "Regler som bryts:",
  "clinics.markdown.session": "Träff {session}",
  "clinics.markdown.table": "Bord {table}",
  "clinics.markdown.host": "värd",
  "clinics.csv.host": "ja",
  "clinics.role":
    "{role, select, developer {utvecklare av innovationer} upskiller {kompetenshöjare} funder {finansiär} other {{role}}}",
};
