/**
 * English messages of the `spread` area (ICU MessageFormat; ids start with `spread.`): why a seed was
 * picked, what a candidate tie does to the reach, and the words of the spread section in Markdown.
 *
 * @packageDocumentation
 */

/** A role id in the plural (`developers`); a custom role by its id. */
function rolePlural(name: string): string {
  return `{${name}, select, developer {developers} upskiller {upskillers} funder {funders} other {{${name}}s}}`;
}

/** Up to three roles as a list, then how many more. */
const ROLES = `{roleCount, select, 1 {${rolePlural("role1")}} 2 {${rolePlural("role1")} and ${rolePlural("role2")}} 3 {${rolePlural("role1")}, ${rolePlural("role2")} and ${rolePlural("role3")}} other {${rolePlural("role1")}, ${rolePlural("role2")}, ${rolePlural("role3")} and {moreRoles} more}}`;

export const SPREAD_EN = {
  "spread.seed.reach":
    "{order, select, first {Starting with {actor} reaches an estimated {gain, number, ::.#} actors, the most of any single actor.} other {Adding {actor} reaches an estimated {gain, number, ::.#} more actors than the seeds before it ({total, number, ::.#} in all).}}",
  "spread.seed.groups":
    "{groupCount, plural, =0 {Adding {actor} adds little towards the target of reaching {share, number, ::percent} of every group.} other {Adding {actor} moves {groups} towards the target of reaching {share, number, ::percent} of each group (+{gain, number, ::.##} groups at target).}}",
  "spread.tie.no-gain": "A tie between {source} and {target} would not carry the innovation further.",
  "spread.tie.gain": `A tie between {source} and {target} would carry the innovation to an estimated {gain, number, ::.#} more actors{roleCount, plural, =0 {} other {, mostly ${ROLES}}}{groupCount, plural, =0 {} other {; it would newly reach {groups} in at least half the runs}}.`,
  "spread.role": "{role, select, developer {developer} upskiller {upskiller} funder {funder} other {{role}}}",
  "spread.markdown.title": "Spread of the innovation",
  "spread.markdown.summary":
    "Starting with {seeds}, the innovation reaches on average {reach, number, ::.##}{error, select, none {} other { ± {standardError, number, ::.##}}} of {actors, number, ::group-off} actors ({model, select, threshold {linear threshold} other {independent cascade}}, {runs, number, ::group-off} runs, seed {seed}). The chances are assumptions: compare options with them, do not read them as a forecast.",
  "spread.markdown.seeds": "Where to start",
  "spread.markdown.byRole": "Reach by role",
  "spread.markdown.byGroup": "Reach by {group}",
  "spread.markdown.byStep": "Reach by step",
  "spread.markdown.column.seed": "seed",
  "spread.markdown.column.role": "role",
  "spread.markdown.column.gain": "gain",
  "spread.markdown.column.why": "why",
  "spread.markdown.column.actors": "actors",
  "spread.markdown.column.expectedReach": "expected reach",
  "spread.markdown.column.share": "share reached",
  "spread.markdown.column.reachedAtAll": "reached at all",
  "spread.markdown.column.step": "step",
  "spread.markdown.column.meanReached": "mean reached",
  "spread.markdown.noneReached": "No {group} is reached in at least half the runs.",
  "spread.markdown.reached": "Reached in at least half the runs: {groups}.",
} as const;
