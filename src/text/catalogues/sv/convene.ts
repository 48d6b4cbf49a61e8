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
};
