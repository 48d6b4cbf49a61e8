/**
 * The report's words in a locale: a writer for the `report` catalogue part, and the names of the
 * built-in roles, tie kinds, gap kinds and stages, and of an introduction, so `toMarkdown`, `toHtml` and
 * `toSvg` name things the same way in each language.
 *
 * @packageDocumentation
 */
import type { NetworkStage } from "../brokers/diagnose-stage.js";
import type { StructuralGapKind } from "../gaps/types.js";
import type { RoleLabels } from "../model/schema.js";
import type { MessageId } from "../text/catalogue.js";
import type { Locale } from "../text/locale.js";
import { formatMessage, type Message, type MessageParams } from "../text/message.js";
import {
  type IntroductionKind,
  introductionMessage,
  type ProposedTieKind,
  tieKindMessage,
} from "../weave/tie-proposal.js";

/** Writes a catalogue message in one locale. */
export type Say = (id: MessageId, params?: MessageParams) => string;

/** A writer of catalogue messages in `locale`. */
export function sayIn(locale: Locale): Say {
  return (id, params = {}) => formatMessage({ id, params }, locale);
}

/**
 * A message-like answer field written in `locale`: its {@link Message} when the answer carries one, else
 * its English text (answers made before their messages existed, or read back from older JSON).
 */
export function messageText(
  text: string,
  written: { readonly id: string; readonly params?: MessageParams } | undefined,
  locale: Locale,
): string {
  return written === undefined || locale === "en" ? text : formatMessage({ ...written, text }, locale);
}

/** An answer with reasons: their English texts and, same order, their messages. */
export interface Reasoned {
  readonly reasons: readonly string[];
  readonly reasonMessages?: readonly Message[];
}

/** An answer's reasons written in `locale` ({@link messageText} of each). */
export function reasonTexts(answer: Reasoned, locale: Locale): string[] {
  return answer.reasons.map((text, k) => messageText(text, answer.reasonMessages?.[k], locale));
}

const BUILT_IN_ROLE_NAMES: Readonly<Record<string, MessageId>> = {
  developer: "report.role.developer",
  upskiller: "report.role.upskiller",
  funder: "report.role.funder",
};

/** What the report knows of a role's names: its declared label and display names per language. */
export interface RoleNaming {
  readonly label?: string | undefined;
  readonly labels?: RoleLabels | undefined;
}

/**
 * The name of a role in `locale`: its declared display name for the locale (`labels`), else for a
 * built-in role its name in the catalogue, else in English its `label`, else its id.
 */
export function roleName(id: string, naming: RoleNaming | undefined, locale: Locale): string {
  const declared = naming?.labels?.[locale];
  if (declared !== undefined) return declared;
  const builtIn = Object.hasOwn(BUILT_IN_ROLE_NAMES, id) ? BUILT_IN_ROLE_NAMES[id] : undefined;
  if (locale === "en")
    return naming?.label ?? (builtIn === undefined ? id : formatMessage({ id: builtIn }, "en"));
  return builtIn === undefined ? id : formatMessage({ id: builtIn }, locale);
}

/**
 * A role where the English report writes its id (table cells, tooltips): the id in English unless an
 * English display name is declared, the role's name ({@link roleName}) in Finnish and Swedish.
 */
export function roleWord(id: string, naming: RoleNaming | undefined, locale: Locale): string {
  if (locale === "en") return naming?.labels?.en ?? id;
  return roleName(id, naming, locale);
}

const TIE_KINDS: Readonly<Record<string, MessageId>> = {
  funding: "report.tieKind.funding",
  training: "report.tieKind.training",
  collaboration: "report.tieKind.collaboration",
  "peer-learning": "report.tieKind.peerLearning",
  information: "report.tieKind.information",
};

/** A tie kind in `locale`: a built-in kind by its catalogue name, any other kind as it is. */
export function tieKindName(kind: string, locale: Locale): string {
  const id = Object.hasOwn(TIE_KINDS, kind) ? TIE_KINDS[kind] : undefined;
  return id === undefined ? kind : formatMessage({ id }, locale);
}

/** A proposed tie's kind as words (`a funding contact`, `peer learning`), from the weave catalogue. */
export function proposedTieWords(kind: ProposedTieKind, locale: Locale): string {
  return formatMessage(tieKindMessage(kind), locale);
}

const GAP_KINDS: Readonly<Record<StructuralGapKind, MessageId>> = {
  "role-pair": "report.gapKind.rolePair",
  "siloed-community": "report.gapKind.siloedCommunity",
  coverage: "report.gapKind.coverage",
  fragmentation: "report.gapKind.fragmentation",
  "single-point-of-failure": "report.gapKind.singlePointOfFailure",
  "ties-ending": "report.gapKind.tiesEnding",
};

/** A structural gap's kind in `locale`. */
export function gapKindName(kind: StructuralGapKind, locale: Locale): string {
  return formatMessage({ id: GAP_KINDS[kind] }, locale);
}

const STAGES: Readonly<Record<NetworkStage, MessageId>> = {
  "scattered-fragments": "report.stage.scatteredFragments",
  "hub-and-spoke": "report.stage.hubAndSpoke",
  "multi-hub": "report.stage.multiHub",
  "core-periphery": "report.stage.corePeriphery",
};

/** The network's stage in one sentence. */
export function stageSentence(stage: NetworkStage, locale: Locale): string {
  return formatMessage({ id: STAGES[stage] }, locale);
}

/**
 * Who makes an introduction: the weaver directly, a chain of contacts in order, or any one of the
 * mutual contacts (at most three named, then how many others), from the weave catalogue.
 */
export function introductionText(kind: IntroductionKind, names: readonly string[], locale: Locale): string {
  return formatMessage(introductionMessage(kind, names), locale);
}

/**
 * What a tie closes of one gap, in `locale`: the English phrase (`what`) in English; in Finnish and
 * Swedish its sentences, each in the locale, joined by semicolons (a phrase cannot be re-cased safely
 * in every language).
 */
export function closureText(
  closure: { readonly what: string; readonly whatMessages?: readonly Message[] },
  locale: Locale,
): string {
  if (locale === "en" || closure.whatMessages === undefined || closure.whatMessages.length === 0)
    return closure.what;
  return closure.whatMessages
    .map((sentence) => formatMessage(sentence, locale).replace(/\.$/, ""))
    .join("; ");
}
