/**
 * A one-pass recogniser of valid ecosystem documents, so that large valid documents skip the
 * allocation-heavy schema run.
 *
 * Why it exists: zod parses a document by building a copy of it and a result object per field. On
 * 1M ties that is about 3 s, half of it garbage collection, of the 15 s budget for building a
 * 100k-actor ecosystem. This pass reads the document in place and allocates only the actor positions,
 * the tie kinds and the tie ends it finds on the way (which the build then reuses).
 *
 * It never decides that a document is invalid: when it answers `false`, {@link validateEcosystem}
 * runs the zod schema and the cross-record rules, which find and word every problem. So the schema in
 * `schema.ts` stays the definition of the format; a property test checks that both agree on
 * generated documents, valid and invalid.
 *
 * @packageDocumentation
 */
import { isInvisible, spellingKey } from "./id-spelling.js";
import { roleIdsInForce } from "./roles.js";
import { type EcosystemData, isUsableAttributeName, isUsableId, parseIsoDate } from "./schema.js";

type PlainRecord = Record<string, unknown>;

/**
 * An object zod reads as a plain record: not null, not an array, with `Object.prototype` or no
 * prototype. Anything more exotic (class instances, proxies' targets with other prototypes) is left
 * to the schema.
 */
export function isPlainRecord(value: unknown): value is PlainRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}

function isStringList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

function isUsableIdList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isUsableId(value[i])) return false;
  return true;
}

function isAttributeValue(value: unknown): boolean {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    isStringList(value)
  );
}

function areValidAttributes(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  const keys = Object.keys(value);
  // zod's record reads every own key, symbols and non-enumerable ones included: leave those to it.
  if (Reflect.ownKeys(value).length !== keys.length) return false;
  for (const key of keys) {
    if (!isUsableAttributeName(key) || !isAttributeValue(value[key])) return false;
  }
  return true;
}

/**
 * Whether a role record passes the role schema on its own (cross-record rules aside). `false` also for
 * records this pass leaves to the schema (see {@link isValidEcosystemData}).
 * @internal
 */
export function isSchemaValidRole(role: unknown): role is { id: string; label?: string; needs?: string[] } {
  if (!isPlainRecord(role)) return false;
  for (const key in role) {
    if (key !== "id" && key !== "label" && key !== "needs") return false;
  }
  const { id, label, needs } = role;
  return isUsableId(id) && isOptionalString(label) && (needs === undefined || isUsableIdList(needs));
}

/** The declared roles, or null when one of them (or the list) is not valid. */
function validRoleIds(roles: unknown): Set<string> | null {
  const ids = new Set<string>();
  if (roles === undefined) return ids;
  if (!Array.isArray(roles)) return null;
  for (const role of roles) {
    if (!isSchemaValidRole(role) || ids.has(role.id)) return null;
    ids.add(role.id);
  }
  return ids;
}

/**
 * Whether an actor record passes the actor schema on its own (cross-record rules aside). `false` also
 * for records this pass leaves to the schema.
 * @internal
 */
export function isSchemaValidActor(actor: unknown): actor is { id: string; role: string } {
  if (!isPlainRecord(actor)) return false;
  for (const key in actor) {
    if (key !== "id" && key !== "label" && key !== "role" && key !== "attributes") return false;
  }
  const { id, label, role, attributes } = actor;
  if (!isUsableId(id) || !isOptionalString(label) || !isUsableId(role)) return false;
  return attributes === undefined || areValidAttributes(attributes);
}

function isValidActor(
  actor: unknown,
  knownRoles: ReadonlySet<string>,
  actorPositions: Map<string, number>,
): boolean {
  if (!isSchemaValidActor(actor) || actorPositions.has(actor.id) || !knownRoles.has(actor.role)) return false;
  actorPositions.set(actor.id, actorPositions.size);
  return true;
}

function isOptionalFiniteNumber(value: unknown, min: number, minIncluded: boolean): boolean {
  if (value === undefined) return true;
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  return minIncluded ? value >= min : value > min;
}

/** The day number of an optional date, `-Infinity` when absent, `null` when not a valid date. */
function optionalDay(value: unknown): number | null {
  if (value === undefined) return Number.NEGATIVE_INFINITY;
  return typeof value === "string" ? parseIsoDate(value) : null;
}

/**
 * Whether a tie record passes the tie schema on its own (cross-record rules aside: known actors,
 * self-ties and date order are checked by {@link isValidEcosystemData}). `false` also for records this
 * pass leaves to the schema.
 * @internal
 */
export function isSchemaValidTie(tie: unknown): tie is { source: string; target: string } & PlainRecord {
  if (!isPlainRecord(tie)) return false;
  for (const key in tie) {
    switch (key) {
      case "source":
      case "target":
      case "kind":
      case "directed":
      case "weight":
      case "amount":
      case "since":
      case "until":
        break;
      default:
        return false;
    }
  }
  const { source, target, kind, directed } = tie;
  if (!isUsableId(source) || !isUsableId(target)) return false;
  if (typeof kind !== "string" || isInvisible(kind)) return false;
  if (directed !== undefined && typeof directed !== "boolean") return false;
  if (!isOptionalFiniteNumber(tie.weight, 0, false) || !isOptionalFiniteNumber(tie.amount, 0, true)) {
    return false;
  }
  return optionalDay(tie.since) !== null && (tie.until === undefined || optionalDay(tie.until) !== null);
}

/** Whether a tie's `since` is not after its `until` (both already checked to be dates where given). */
function areTieDatesInOrder(tie: PlainRecord): boolean {
  if (tie.since === undefined || tie.until === undefined) return true;
  return optionalDay(tie.since)! <= optionalDay(tie.until)!;
}

/** The ends of a document's ties as positions in its actor list: tie `t` joins `tails[t]` to `heads[t]`. */
export interface TieEnds {
  readonly tails: Int32Array;
  readonly heads: Int32Array;
}

/**
 * Whether `input` is a valid ecosystem document, decided in one pass without building anything.
 *
 * @remarks
 * `true` only if the full validation (zod schema and cross-record rules) finds no issue. `false` for
 * every invalid document, and also for valid ones this pass does not read itself (records whose
 * prototype is not `Object.prototype` or `null`, attribute records with symbol or non-enumerable
 * keys): the caller then runs the full validation, which decides. Time O(actors + ties), memory
 * O(actors).
 * @internal
 */
export function isValidEcosystemData(input: unknown): input is EcosystemData {
  return validTieEnds(input) !== null;
}

/**
 * The one pass of {@link isValidEcosystemData}, which also keeps what it looks up anyway: the ends of
 * every tie as positions in the actor list, so that building the ecosystem needs no second lookup of
 * 2m ids. `null` where {@link isValidEcosystemData} is `false`. Allocates the actor positions, the
 * kinds and two `Int32Array`s of m ends.
 * @internal
 */
export function validTieEnds(input: unknown): TieEnds | null {
  if (!isPlainRecord(input)) return null;
  for (const key in input) {
    if (key !== "name" && key !== "description" && key !== "roles" && key !== "actors" && key !== "ties") {
      return null;
    }
  }
  const { name, description, roles, actors, ties } = input;
  if (!isOptionalString(name) || !isOptionalString(description)) return null;
  if (!Array.isArray(actors) || !Array.isArray(ties)) return null;
  const declaredRoles = validRoleIds(roles);
  if (declaredRoles === null) return null;
  const knownRoles = roleIdsInForce(declaredRoles);
  if (hasSpellingVariants(knownRoles)) return null;
  if (Array.isArray(roles)) {
    for (const role of roles as { needs?: string[] }[]) {
      for (const need of role.needs ?? []) if (!knownRoles.has(need)) return null;
    }
  }
  const actorPositions = new Map<string, number>();
  for (let i = 0; i < actors.length; i++) {
    if (!isValidActor(actors[i], knownRoles, actorPositions)) return null;
  }
  if (hasSpellingVariants(actorPositions)) return null;
  const kinds = new Set<string>();
  const tails = new Int32Array(ties.length);
  const heads = new Int32Array(ties.length);
  let weightSum = 0;
  let amountSum = 0;
  for (let i = 0; i < ties.length; i++) {
    const tie: unknown = ties[i];
    if (!isSchemaValidTie(tie) || !areTieDatesInOrder(tie)) return null;
    const tail = actorPositions.get(tie.source);
    const head = actorPositions.get(tie.target);
    if (tail === undefined || head === undefined || tail === head) return null;
    const { kind, weight, amount } = tie;
    kinds.add(kind as string);
    tails[i] = tail;
    heads[i] = head;
    if (weight !== undefined) weightSum += weight as number;
    if (amount !== undefined) amountSum += amount as number;
  }
  const valid = Number.isFinite(weightSum) && Number.isFinite(amountSum) && !hasSpellingVariants(kinds);
  return valid ? { tails, heads } : null;
}

/**
 * Whether two of the names (actor ids, role ids in force or tie kinds) are one name in two Unicode
 * spellings (same NFC, other code points). Two such names are not both ASCII, so only the others are
 * normalised: O(n) for ASCII names.
 */
function hasSpellingVariants(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  const idByKey = new Map<string, string>();
  for (const id of ids.keys()) {
    const key = spellingKey(id);
    if (key === id) continue;
    if (ids.has(key)) return true;
    const seen = idByKey.get(key);
    if (seen !== undefined && seen !== id) return true;
    idByKey.set(key, id);
  }
  return false;
}
