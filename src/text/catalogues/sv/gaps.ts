/**
 * Messages of the `gaps` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { GAPS_EN } from "../en/gaps.js";
import { roleCount, roleSelect } from "../role-forms.js";
import { ACTORS, INDEFINITE, PLURAL } from "./phrases.js";

const BARE = (p: string) =>
  roleSelect(p, {
    developer: "utvecklare av innovationer",
    upskiller: "kompetenshöjare",
    funder: "finansiär",
    other: `aktör med rollen {${p}}`,
  });
const COUNT = (c: string, p: string) =>
  roleCount(
    c,
    p,
    {
      developer: "utvecklare av innovationer",
      upskiller: "kompetenshöjare",
      funder: "finansiär",
      other: `aktör med rollen {${p}}`,
    },
    {
      developer: "utvecklare av innovationer",
      upskiller: "kompetenshöjare",
      funder: "finansiärer",
      other: `aktörer med rollen {${p}}`,
    },
  );
const WITHIN =
  "{maxDistance, plural, =1 {bland sina direkta kontakter} =2 {bland sina kontakter eller deras kontakter} other {inom # steg}}";
const GROUP = (capital: boolean) =>
  `{kind, select, role {${roleSelect("group", {
    developer: capital ? "Utvecklare av innovationer" : "utvecklare av innovationer",
    upskiller: capital ? "Kompetenshöjare" : "kompetenshöjare",
    funder: capital ? "Finansiärer" : "finansiärer",
    other: `${capital ? "A" : "a"}ktörer med rollen {group}`,
  })}} attribute {${capital ? "A" : "a"}ktörer med {attribute} {group}} other {${capital ? "A" : "a"}ktörer i grupp {group}}}`;
const EXPECTED = "{expected, number, ::.#} {expected, plural, one {band} other {band}}";
const UNCONNECTED = "{unconnected, plural, =0 {.} other {: {names}.}}";
const COMMUNITY = `Gemenskapen kring {hub} (${ACTORS("size")})`;
const MISSING = "har ingen {missing} bland sina medlemmar eller deras kontakter";
const CHANCE = "(sannolikheten för ett så stort underskott av en slump: {chance})";

export const GAPS_SV: CataloguePart<typeof GAPS_EN> = {
  "gaps.group.subject": GROUP(true),
  "gaps.group.object": GROUP(false),

  "gaps.coverage.title": `{without} av ${COUNT("total", "role")} kan inte nå ${INDEFINITE("needs")} inom {maxDistance} steg`,
  "gaps.coverage.titleBy": `{without} av ${COUNT("total", "role")} med {attribute} {value} kan inte nå ${INDEFINITE("needs")} inom {maxDistance} steg`,
  "gaps.coverage.detail": `{actors} har ingen ${BARE("needs")} ${WITHIN}, fast {count, plural, one {${PLURAL("role")}} other {${PLURAL("role")}}} behöver ${PLURAL("needs")}.{counted}`,
  "gaps.coverage.detailAbsent": `Ekosystemet har ingen ${BARE("needs")} alls, så ingen ${BARE("role")} kan nå någon: {actors}.{counted}`,
  "gaps.coverage.countedAll":
    " Var och en av dem räknas i en mer specifik lucka; den här raden är deras summa.",
  "gaps.coverage.countedSome":
    " {elsewhere} av dem räknas i mer specifika luckor, så den här summan rangordnas efter de övriga {rest}.",

  "gaps.fragmentation.component.title": `${ACTORS("size")} kring {hub} är {size, plural, one {avskuren} other {avskurna}} från huvudnätverket`,
  "gaps.fragmentation.component.detail": `{members} har band till varandra men ingen väg till nätverkets största sammanhängande del (${ACTORS("largest")}).{unmet}`,
  "gaps.fragmentation.isolates.title":
    "{count, plural, one {# aktör saknar} other {# aktörer saknar}} helt band",
  "gaps.fragmentation.isolates.detail":
    "{actors} har inget band till någon bland de analyserade banden, så ingen i nätverket kan nå {count, plural, one {den} other {dem}}.",

  "gaps.needs.unmet": " {parts} inom {maxDistance} steg.",
  "gaps.needs.unmetFirst": `{count} av dem kan inte nå ${INDEFINITE("needs")}`,
  "gaps.needs.unmetMore": `{count} kan inte nå ${INDEFINITE("needs")}`,

  "gaps.singlePoint.actor.title": `{actor} är ensam om att förbinda ${ACTORS("cutOff")} med resten av nätverket{lost}`,
  "gaps.singlePoint.actor.detail": `Om {actor} försvann skulle ${ACTORS("cutOff")}{listed} förlora varje väg till resten av sin del av nätverket (${ACTORS("componentSize")}); ingen annan förbinder dem.{lost}{bypass}`,
  "gaps.singlePoint.actor.bypass": ` Hos {actor} möts {blocks} block (grupper som ingen enskild aktörs avhopp splittrar; det största har ${ACTORS("largest")}): {bypass, plural, one {ett nytt band} other {# nya band}} mellan dem, förbi {actor}, skulle räcka för att ingen längre hänger på {actor} ensam.`,
  "gaps.singlePoint.tie.title": `Bandet mellan {a} och {b} är den enda länken för ${ACTORS("cutOff")}{lost}`,
  "gaps.singlePoint.tie.detail": `Om bandet mellan {a} och {b} upphörde skulle ${ACTORS("cutOff")}{listed} på ena sidan förlora varje väg till aktörerna på andra sidan (${ACTORS("rest")}).{lost}{bypass}`,
  "gaps.singlePoint.tie.bypass": ` De största blocken vid dess ändar (grupper som ingen enskild aktörs avhopp splittrar) har ${ACTORS("sizeA")} vid {a} och ${ACTORS("sizeB")} vid {b}: ett nytt band mellan de två sidorna, ett annat än detta, skulle räcka för att ingen längre hänger på det.`,
  "gaps.singlePoint.listed": " ({actors})",
  "gaps.singlePoint.lostTitle": "; {count} av dem skulle förlora sin enda tillgång till {roles}",
  "gaps.singlePoint.lostDetail": " {count} av dem skulle förlora sin enda tillgång till {roles}.",

  "gaps.rolePair.neverWithin": `{a} har aldrig band till varandra, fast deras aktivitet förutsäger ${EXPECTED}`,
  "gaps.rolePair.neverBetween": `{a} och {b} har aldrig band sinsemellan, fast deras aktivitet förutsäger ${EXPECTED}`,
  "gaps.rolePair.lessWithin":
    "{a} har {times, number, ::.#} gånger färre band till varandra än deras aktivitet förutsäger",
  "gaps.rolePair.lessBetween":
    "{a} och {b} har {times, number, ::.#} gånger färre band sinsemellan än deras aktivitet förutsäger",
  "gaps.rolePair.detailWithin": `De har {observed, plural, one {# band} other {# band}} sinsemellan där ungefär ${EXPECTED} vore att vänta om allas band föll slumpmässigt ${CHANCE}. {unconnected} av {total} har inget band till en annan medlem i gruppen${UNCONNECTED}`,
  "gaps.rolePair.detailBetween": `Grupperna har {observed, plural, one {# band} other {# band}} sinsemellan där ungefär ${EXPECTED} vore att vänta om allas band föll slumpmässigt ${CHANCE}. {unconnected} av {total} har inget band till den andra gruppen${UNCONNECTED}`,
  "gaps.rolePair.chance":
    "{band, select, tiny {under 0,1 %} small {under 1 %} other {{share, number, ::percent}}}",

  "gaps.siloed.title.closed": `${COMMUNITY} håller {inside, number, ::percent} av sina band inom sig`,
  "gaps.siloed.title.missing": `${COMMUNITY} ${MISSING}`,
  "gaps.siloed.title.both": `${COMMUNITY} håller {inside, number, ::percent} av sina band inom sig och ${MISSING}`,
  "gaps.siloed.detail":
    "{members} har {internal, plural, one {# band} other {# band}} sinsemellan och {external, plural, one {# band} other {# band}} till resten av ekosystemet.{missing}{unmet}",
  "gaps.siloed.missing":
    " {count} av dem behöver {roles}, men varken en medlem eller en direkt kontakt är det.",

  "gaps.tiesEnding.title":
    "{count, plural, one {# band} other {# band}} av typen {kinds} för {actor} upphör senast {last}: {consequences}",
  "gaps.tiesEnding.cutOff": `${ACTORS("count")} skulle skäras av från nätverket`,
  "gaps.tiesEnding.lose": "{count} skulle förlora sin enda tillgång till {roles}",
  "gaps.tiesEnding.detail": "Banden från {actor} till {others} upphör mellan {at} och {end}.{cut}{lose}",
  "gaps.tiesEnding.detailCut": " Utan dem skulle {actors} inte ha någon väg till resten av nätverket.",
  "gaps.tiesEnding.detailLose": " {actors} skulle inte längre nå {roles} inom {maxDistance} steg.",
};
