/**
 * English messages of the `scenario` area (ICU MessageFormat; ids start with `scenario.`): the summary
 * of `compareEcosystems`.
 *
 * @packageDocumentation
 */
import { ACTORS, PLURAL } from "./phrases.js";

const TIES = (c: string) => `{${c}, plural, one {# tie} other {# ties}}`;
const GAPS = (c: string) => `{${c}, plural, one {# gap} other {# gaps}}`;
const MOVED = "{direction, select, rose {rose} fell {fell} other {stayed}}";

export const SCENARIO_EN = {
  "scenario.summary.identical": "Nothing changed: the two ecosystems have the same actors and ties.",
  "scenario.summary.actors": "{parts}.",
  "scenario.summary.actorsJoined": `${ACTORS("count")} joined ({names})`,
  "scenario.summary.actorsLeft": `${ACTORS("count")} left ({names})`,
  "scenario.summary.actorsChanged": `${ACTORS("count")} changed ({names})`,
  "scenario.summary.ties": "{parts}.",
  "scenario.summary.tiesMade": `${TIES("count")} made`,
  "scenario.summary.tiesBroken": `${TIES("count")} broken`,
  "scenario.summary.tiesChanged": `${TIES("count")} changed in strength`,
  "scenario.summary.efficiency": `Global efficiency ${MOVED} from {before, number, ::.###} to {after, number, ::.###}.`,
  "scenario.summary.components":
    "Components: {before} before, {after} after; the largest holds {share, number, ::percent} of the actors ({shareBefore, number, ::percent} before).",
  "scenario.summary.constraint": `Average constraint ${MOVED} from {before, number, ::.###} to {after, number, ::.###}.`,
  "scenario.summary.rolePairWithin": `Ties among ${PLURAL("g")}: {before, number, ::.##} → {after, number, ::.##} of what their activity predicts.`,
  "scenario.summary.rolePairBetween": `Ties between ${PLURAL("g")} and ${PLURAL("h")}: {before, number, ::.##} → {after, number, ::.##} of what their activity predicts.`,
  "scenario.summary.quoted": '"{title}"',
  "scenario.summary.gapsClosed": `${GAPS("count")} closed: {titles}.`,
  "scenario.summary.gapsOpened": `${GAPS("count")} opened: {titles}.`,
  "scenario.summary.gapsChanged": `${GAPS("count")} changed in severity, most: "{title}" ({before, number, ::.##} → {after, number, ::.##}).`,
  "scenario.summary.bridgesGained": "New among the top bridge actors: {names}.",
  "scenario.summary.bridgesLost": "No longer among the top bridge actors: {names}.",
  "scenario.summary.stage": "Stage: {before} before, {after} after.",
} as const;
