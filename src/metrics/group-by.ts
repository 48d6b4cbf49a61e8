/**
 * How analyses split actors into groups: by role (default), by an attribute, or by a function.
 * Shared by brokerage, mixing, E-I, assortativity and the gap finders.
 *
 * @packageDocumentation
 */

import type { ActorAttributes, Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { didYouMeanMessage } from "../model/issue-messages.js";
import { optionError } from "../model/option-errors.js";
import type { EcosystemView } from "../model/view.js";
import {
  OPTION_ATTRIBUTE_MISSING,
  OPTION_LIST_ATTRIBUTE,
  OPTION_NO_ATTRIBUTE,
} from "../text/catalogues/en/options.js";

/**
 * A grouping of actors: `"role"`, the name of an actor attribute (string, number or boolean values),
 * or a function of the actor's id and attributes returning its group.
 */
export type GroupBy = "role" | (string & {}) | ((id: string, actor: Readonly<ActorAttributes>) => string);

/** Actors' groups as dense codes. */
export interface ResolvedGroups {
  /** Group code of each actor, by the view's dense index. */
  readonly codes: Int32Array;
  /** Group ids, indexed by code, in order of first appearance among the actors in id order. */
  readonly groups: readonly string[];
}

/**
 * Resolves `groupBy` to a group code per actor of `view`.
 *
 * @throws {@link InvalidOptionError} when the attribute is missing on some actors or holds a list, or
 * no actor has it (the message names the closest attribute name). Attributes are read as own
 * properties only, so `constructor` or `toString` never reads an inherited member.
 */
export function resolveGroups(
  eco: Ecosystem,
  view: EcosystemView,
  groupBy: GroupBy,
  functionName: string,
): ResolvedGroups {
  const codes = new Int32Array(view.order);
  const groups: string[] = [];
  const codeOf = new Map<string, number>();
  const missing: string[] = [];
  for (let i = 0; i < view.order; i++) {
    const id = view.ids[i]!;
    const actor = eco.getNodeAttributes(id);
    let group: string | undefined;
    if (typeof groupBy === "function") group = groupBy(id, actor);
    else if (groupBy === "role") group = actor.role;
    else {
      // Own properties only: `constructor` or `toString` must not read Object.prototype's members.
      const attributes = actor.attributes;
      const value =
        attributes !== undefined && Object.hasOwn(attributes, groupBy) ? attributes[groupBy] : undefined;
      if (Array.isArray(value)) {
        throw optionError("options.listAttribute", OPTION_LIST_ATTRIBUTE, {
          fn: functionName,
          name: groupBy,
          id,
        });
      }
      group = value === undefined ? undefined : String(value);
    }
    if (group === undefined) {
      missing.push(id);
      continue;
    }
    let code = codeOf.get(group);
    if (code === undefined) {
      code = groups.length;
      codeOf.set(group, code);
      groups.push(group);
    }
    codes[i] = code;
  }
  if (missing.length > 0 && missing.length === view.order && typeof groupBy === "string") {
    const names = new Set<string>();
    eco.forEachNode((_id, actor) => {
      for (const name of Object.keys(actor.attributes ?? {})) names.add(name);
    });
    // With attribute names to suggest, a misspelling is likelier than a missing column.
    if (names.size > 0) {
      throw optionError("options.noAttribute", OPTION_NO_ATTRIBUTE, {
        fn: functionName,
        name: groupBy,
        hint: didYouMeanMessage(groupBy, names),
      });
    }
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).join(", ");
    throw optionError("options.attributeMissing", OPTION_ATTRIBUTE_MISSING, {
      fn: functionName,
      name: String(groupBy),
      count: missing.length,
      shown,
      more: missing.length > 3 ? "yes" : "no",
    });
  }
  return { codes, groups };
}
