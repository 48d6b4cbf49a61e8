/**
 * English messages of the `gaps` area (ICU MessageFormat; ids start with `gaps.`): the title and
 * detail of every structural gap kind, and the clauses they share.
 *
 * @packageDocumentation
 */
import { roleCount, roleSelect } from "../role-forms.js";
import { A, ACTORS, PLURAL, STEPS } from "./phrases.js";

const BARE = (p: string) =>
  roleSelect(p, { developer: "developer", upskiller: "upskiller", funder: "funder", other: `{${p}}` });
const COUNT = (c: string, p: string) =>
  roleCount(
    c,
    p,
    { developer: "developer", upskiller: "upskiller", funder: "funder", other: `{${p}}` },
    { developer: "developers", upskiller: "upskillers", funder: "funders", other: `{${p}}s` },
  );
const WITHIN =
  "{maxDistance, plural, =1 {among {count, plural, one {its} other {their}} direct contacts} " +
  "=2 {among {count, plural, one {its contacts or its contacts'' contacts} other {their contacts or their contacts'' contacts}}} " +
  "other {within # steps}}";
/** A group of a role-pair gap: its role, `actors with region Lappi`, or `actors of group x`. */
const GROUP = (capital: boolean) =>
  `{kind, select, role {${roleSelect("group", {
    developer: capital ? "Developers" : "developers",
    upskiller: capital ? "Upskillers" : "upskillers",
    funder: capital ? "Funders" : "funders",
    other: "{group}s",
  })}} attribute {${capital ? "A" : "a"}ctors with {attribute} {group}} other {${capital ? "A" : "a"}ctors of group {group}}}`;
const EXPECTED = "{expected, number, ::.#} {expected, plural, one {tie} other {ties}}";
const UNCONNECTED = "{unconnected, plural, =0 {.} other {: {names}.}}";
const COMMUNITY = `The community around {hub} (${ACTORS("size")})`;
const MISSING = "has no {missing} among its members or their contacts";

export const GAPS_EN = {
  "gaps.group.subject": GROUP(true),
  "gaps.group.object": GROUP(false),

  "gaps.coverage.title": `{without} of ${COUNT("total", "role")} cannot reach ${A("needs")} within ${STEPS("maxDistance")}`,
  "gaps.coverage.titleBy": `{without} of ${COUNT("total", "role")} with {attribute} {value} cannot reach ${A("needs")} within ${STEPS("maxDistance")}`,
  "gaps.coverage.detail": `{actors} {count, plural, one {has} other {have}} no ${BARE("needs")} ${WITHIN}, though ${PLURAL("role")} need ${PLURAL("needs")}.{counted}`,
  "gaps.coverage.detailAbsent": `The ecosystem has no ${BARE("needs")} at all, so no ${BARE("role")} can reach one: {actors}.{counted}`,
  "gaps.coverage.countedAll": " Each of them is counted in a more specific gap; this line is their total.",
  "gaps.coverage.countedSome":
    " {elsewhere} of them {elsewhere, plural, one {is} other {are}} counted in more specific gaps, so this total ranks by the other {rest}.",

  "gaps.fragmentation.component.title": `${ACTORS("size")} around {hub} are cut off from the main network`,
  "gaps.fragmentation.component.detail": `{members} are tied to each other but have no path to the ${ACTORS("largest")} of the largest connected part of the network.{unmet}`,
  "gaps.fragmentation.isolates.title":
    "{count, plural, one {# actor has} other {# actors have}} no ties at all",
  "gaps.fragmentation.isolates.detail":
    "{actors} {count, plural, one {has} other {have}} no tie to anyone among the ties analysed, so no one in the network can reach {count, plural, one {it} other {them}}.",

  "gaps.needs.unmet": ` Within ${STEPS("maxDistance")}, {parts}.`,
  "gaps.needs.unmetFirst": `{count} of them cannot reach ${A("needs")}`,
  "gaps.needs.unmetMore": `{count} cannot reach ${A("needs")}`,

  "gaps.singlePoint.actor.title": `{actor} alone connects ${ACTORS("cutOff")} to the rest of the network{lost}`,
  "gaps.singlePoint.actor.detail": `If {actor} left, ${ACTORS("cutOff")}{listed} would lose every path to the rest of its part of the network (${ACTORS("componentSize")}); no one else links them.{lost}{bypass}`,
  "gaps.singlePoint.actor.bypass": ` {actor} is where {blocks} blocks meet (groups that no single departure splits; the largest has ${ACTORS("largest")}): {bypass, plural, one {one new tie} other {# new ties}} between them, not through {actor}, would leave no one hanging on it alone.`,
  "gaps.singlePoint.tie.title": `The tie between {a} and {b} is the only link for ${ACTORS("cutOff")}{lost}`,
  "gaps.singlePoint.tie.detail": `If the tie between {a} and {b} ended, ${ACTORS("cutOff")}{listed} on one side would lose every path to the other ${ACTORS("rest")}.{lost}{bypass}`,
  "gaps.singlePoint.tie.bypass": ` The largest blocks at its ends (groups that no single departure splits) have ${ACTORS("sizeA")} at {a} and ${ACTORS("sizeB")} at {b}: one new tie between the two sides, other than this one, would leave no one hanging on it.`,
  "gaps.singlePoint.listed": " ({actors})",
  "gaps.singlePoint.lostTitle": "; {count} of them would lose their only access to {roles}",
  "gaps.singlePoint.lostDetail": " {count} of them would lose their only access to {roles}.",

  "gaps.rolePair.neverWithin": `{a} are never tied to each other, though their activity predicts ${EXPECTED}`,
  "gaps.rolePair.neverBetween": `{a} and {b} are never tied, though their activity predicts ${EXPECTED}`,
  "gaps.rolePair.lessWithin":
    "{a} are tied to each other {times, number, ::.#}× less than their activity predicts",
  "gaps.rolePair.lessBetween":
    "{a} and {b} are tied {times, number, ::.#}× less than their activity predicts",
  "gaps.rolePair.detailWithin": `They share {observed, plural, one {# tie} other {# ties}} among themselves where about ${EXPECTED} would be expected if everyone''s ties fell at random (chance of a shortfall this large: {chance}). {unconnected} of {total} have no tie to another member of the group${UNCONNECTED}`,
  "gaps.rolePair.detailBetween": `They share {observed, plural, one {# tie} other {# ties}} where about ${EXPECTED} would be expected if everyone''s ties fell at random (chance of a shortfall this large: {chance}). {unconnected} of {total} have no tie to the other group${UNCONNECTED}`,
  "gaps.rolePair.chance":
    "{band, select, tiny {under 0.1%} small {under 1%} other {{share, number, ::percent}}}",

  "gaps.siloed.title.closed": `${COMMUNITY} keeps {inside, number, ::percent} of its ties inside`,
  "gaps.siloed.title.missing": `${COMMUNITY} ${MISSING}`,
  "gaps.siloed.title.both": `${COMMUNITY} keeps {inside, number, ::percent} of its ties inside and ${MISSING}`,
  "gaps.siloed.detail":
    "{members} have {internal, plural, one {# tie} other {# ties}} among themselves and {external, plural, one {# tie} other {# ties}} to the rest of the ecosystem.{missing}{unmet}",
  "gaps.siloed.missing": " {count} of them need {roles}, but neither a member nor a direct contact is one.",

  "gaps.tiesEnding.title":
    "{count} {kinds} {count, plural, one {tie} other {ties}} of {actor} end by {last}: {consequences}",
  "gaps.tiesEnding.cutOff": `${ACTORS("count")} would be cut off from the network`,
  "gaps.tiesEnding.lose": "{count} would lose their only access to {roles}",
  "gaps.tiesEnding.detail": "{actor}''s ties to {others} end between {at} and {end}.{cut}{lose}",
  "gaps.tiesEnding.detailCut": " Without them, {actors} would have no path to the rest of the network.",
  "gaps.tiesEnding.detailLose": ` {actors} would no longer reach {roles} within ${STEPS("maxDistance")}.`,
} as const;
