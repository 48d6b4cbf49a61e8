/**
 * The check every option that filters actors by role runs, so that a misspelt role (`fundr`) is an
 * error naming the closest role instead of an analysis of nobody.
 *
 * @packageDocumentation
 */

import { OPTION_NO_ROLE, OPTION_ROLE_NOT_HELD, OPTION_UNKNOWN_ROLE } from "../text/catalogues/en/options.js";
import { issueMessage } from "../text/issue-message.js";
import { type Ecosystem, ecosystemRoles } from "./ecosystem.js";
import { InvalidOptionError } from "./errors.js";
import { didYouMeanMessage } from "./issue-messages.js";
import { optionError } from "./option-errors.js";

/**
 * Refuses a role filter that cannot select anyone: a role that is not in force in the ecosystem
 * (neither built in nor declared), named with the closest role in force; or a list none of whose
 * roles any actor holds, named with the closest role an actor holds. A list of which some role is
 * held is accepted (a declared role nobody holds yet is not a mistake), as the `kinds` filter is; an
 * empty list is refused.
 * O(n) for the roles actors hold, plus the edit distances when the filter fails.
 *
 * @param fn - the function name that prefixes the message.
 * @param option - the option's name as the caller wrote it (`pool.role`, `roles`).
 * @throws {@link InvalidOptionError} as described.
 * @internal
 */
export function checkRoleFilter(fn: string, option: string, roles: readonly string[], eco: Ecosystem): void {
  if (roles.length === 0) throw optionError("options.noRole", OPTION_NO_ROLE, { fn, option });
  const inForce = ecosystemRoles(eco);
  for (const role of roles) {
    if (typeof role !== "string" || !inForce.has(role)) {
      const hint =
        typeof role === "string" ? didYouMeanMessage(role, inForce.keys()) : issueMessage("issues.noHint");
      throw optionError("options.unknownRole", OPTION_UNKNOWN_ROLE, {
        fn,
        option,
        role: String(JSON.stringify(role)),
        hint,
      });
    }
  }
  if (eco.order === 0) return;
  const held = new Set<string>();
  eco.forEachNode((_id, actor) => {
    held.add(actor.role);
  });
  if (roles.some((role) => held.has(role))) return;
  const shown = roles.map((role) => JSON.stringify(role)).join(", ");
  throw optionError("options.roleNotHeld", OPTION_ROLE_NOT_HELD, {
    fn,
    count: roles.length,
    roles: shown,
    hint: didYouMeanMessage(roles[0]!, held),
  });
}
