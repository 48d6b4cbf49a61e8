/**
 * The issues of names spelt two Unicode ways (see `id-spelling.ts`): actor ids and tie ends, role ids
 * and the roles actors and needs name, and tie kinds. Each message shows both spellings escaped and
 * names their normal forms, so that two names that look alike can be told apart.
 *
 * @packageDocumentation
 */

import type { ValidationIssue } from "./errors.js";
import { spellingKey, spellingMessage } from "./id-spelling.js";
import { issueWithMessage } from "./issue-messages.js";

/**
 * The first spelling of each name, by its spelling key: a name whose key another spelling already
 * holds is one name in two Unicode spellings.
 * @internal
 */
export class SpellingRegister {
  readonly #firstByKey = new Map<string, string>();

  /** Records `name` unless another spelling of it came first; returns that other spelling, or `undefined`. */
  register(name: string): string | undefined {
    const key = spellingKey(name);
    const first = this.#firstByKey.get(key);
    if (first === undefined) this.#firstByKey.set(key, name);
    return first === name ? undefined : first;
  }

  /** The recorded spelling of `name`'s key when it is not `name` itself, else `undefined`. */
  otherSpelling(name: string): string | undefined {
    const first = this.#firstByKey.get(spellingKey(name));
    return first === name ? undefined : first;
  }
}

/** An actor id that is an earlier actor id in another Unicode spelling. */
export function equivalentActorIssue(path: string, id: string, first: string): ValidationIssue {
  const [spelt, firstSpelt] = [spellingMessage(id), spellingMessage(first)];
  return issueWithMessage("equivalent_id", path, "issues.equivalentId", { id: spelt, first: firstSpelt });
}

/** A tie end naming no actor, but an actor's id in another Unicode spelling. */
export function equivalentEndIssue(path: string, id: string, variant: string): ValidationIssue {
  const [spelt, variantSpelt] = [spellingMessage(id), spellingMessage(variant)];
  return issueWithMessage("equivalent_id", path, "issues.unknownActorSpelling", {
    id: spelt,
    variant: variantSpelt,
  });
}

/** A declared role id that is an earlier role id (declared or built in) in another Unicode spelling. */
export function equivalentRoleIssue(path: string, id: string, first: string): ValidationIssue {
  const [spelt, firstSpelt] = [spellingMessage(id), spellingMessage(first)];
  return issueWithMessage("equivalent_id", path, "issues.equivalentRoleId", { id: spelt, first: firstSpelt });
}

/** An actor's role or a role's need naming no role, but a role id in another Unicode spelling. */
export function equivalentRoleReferenceIssue(path: string, role: string, variant: string): ValidationIssue {
  const [spelt, variantSpelt] = [spellingMessage(role), spellingMessage(variant)];
  return issueWithMessage("equivalent_id", path, "issues.unknownRoleSpelling", {
    role: spelt,
    variant: variantSpelt,
  });
}

/** A tie kind that is an earlier tie's kind in another Unicode spelling. */
export function equivalentKindIssue(path: string, kind: string, first: string): ValidationIssue {
  const [spelt, firstSpelt] = [spellingMessage(kind), spellingMessage(first)];
  return issueWithMessage("equivalent_kind", path, "issues.equivalentKind", {
    kind: spelt,
    first: firstSpelt,
  });
}
