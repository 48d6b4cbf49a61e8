/**
 * English messages of the `convene` area (ICU MessageFormat; ids start with `clinics.`): why a table
 * of a peer-learning clinic was put together, and the plan's summary.
 *
 * @packageDocumentation
 */

/** A role id in the plural (`developers`); a custom role by its id. */
function rolePlural(name: string): string {
  return `{${name}, select, developer {developers} upskiller {upskillers} funder {funders} other {{${name}}s}}`;
}

function roleCounted(count: string, role: string): string {
  return `{${count}, plural, one {# {${role}}} other {# ${rolePlural(role)}}}`;
}

/** Up to three roles as a list, then how many more. */
const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} and ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} and ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} and {moreRoles} more}}`;

export const CONVENE_EN = {
  "clinics.reason.firstContact": `Brings {whom, select, one {{actor} its} region {{region}''s ${rolePlural("role")} their} other {${roleCounted("count", "role")} their}} {contact, select, direct {first {need} contact} other {first contact who knows {need, select, upskiller {an upskiller} other {a {need}}}}}.`,
  "clinics.reason.separateParts":
    "Seats together actors from {parts} parts of the network that no path joins yet.",
  "clinics.reason.bypass": "Links {first} and {second}, who now reach each other only through {through}.",
  "clinics.reason.mix": `{newPairs, plural, one {# pair} other {# pairs}} of {pairs} meet for the first time, mixing ${ROLES} from {regions, plural, one {# region} other {# regions}} and {communities, plural, one {# community} other {# communities}}.`,
  "clinics.summary":
    "{sessions, plural, one {# session} other {# sessions}} of {tables, plural, one {# table} other {# tables}} seat {participants, plural, one {# participant} other {# participants}}: " +
    "{newPairs, plural, one {# pair} other {# pairs}} meet for the first time, {crossCommunityPairs} across communities and {crossRegionPairs} across regions. " +
    "If these acquaintances became ties, {needsMet} of {needsUnmet, plural, one {# unmet need} other {# unmet needs}} would be met within {maxDistance, plural, one {# step} other {# steps}}." +
    "{repeats, select, unavoidable {{repeatedPairs, plural, one { Tables this large for this many sessions make repeats unavoidable: # pair meet again.} other { Tables this large for this many sessions make repeats unavoidable: # pairs meet again.}}} other {}}" +
    "{violations, plural, =0 {} one { No seating keeping every rule was found: # rule broken (see violations).} other { No seating keeping every rule was found: # rules broken (see violations).}}",
  "clinics.violation.size": "Session {session}, table {table} seats {seated}, outside {min}–{max}",
  "clinics.violation.role": `Session {session}, table {table} has no {missingCount, select, 1 {{role1}} 2 {{role1} and no {role2}} 3 {{role1} and no {role2} and no {role3}} other {{role1} and no {role2} and no {role3} and no {moreRoles} more}}`,
  "clinics.violation.apart":
    "Session {session}, table {table} seats {first} and {second}, who are to be kept apart",
  "clinics.violation.repeat":
    "Session {session}, table {table} seats {first} and {second} together again (first in session {firstSession})",
  "clinics.violation.balance":
    "Session {session} has tables of {smallest} and of {largest}; balanced tables differ by at most 1",
  "clinics.violation.together":
    "Session {session} seats {first} and {second} at different tables; they are to sit together",
  "clinics.violation.host":
    "Session {session} seats {actor} at table {table}, not at table {host} that they host",
  "clinics.violation.sessions": "The seating has {count} sessions, not {expected}",
  "clinics.violation.tables": "Session {session} has {count} tables, not {expected}",
  "clinics.violation.notParticipant":
    "Session {session}, table {table} seats {actor}, who is not a participant",
  "clinics.violation.twice": "Session {session} seats {actor} twice",
  "clinics.violation.unseated":
    "Session {session} does not seat {count, plural, one {# participant} other {# participants}} ({shown}{more, select, yes {, …} other {}})",
  "clinics.markdown.title": "Peer-learning clinics",
  "clinics.markdown.rulesBroken": "Rules broken:",
  "clinics.markdown.session": "Session {session}",
  "clinics.markdown.table": "Table {table}",
  "clinics.markdown.host": "host",
  "clinics.csv.host": "yes",
  "clinics.role":
    "{role, select, developer {developer} upskiller {upskiller} funder {funder} other {{role}}}",
} as const;
