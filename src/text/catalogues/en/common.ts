/**
 * English messages shared by every area: how a long list ends, an empty clause, shares, and the roles
 * as the sentences of several areas name them.
 *
 * @packageDocumentation
 */
import { roleSelect } from "../role-forms.js";
import { A } from "./phrases.js";

export const COMMON_EN = {
  "common.list.more": "{count} more",
  /** An optional clause that is absent. */
  "common.nothing": "",
  /** A share that keeps small shares visible (`96%`, `0.4%`, `<0.1%`); `share` is rounded by the code. */
  "common.share.fine": "{tiny, select, true {<0.1%} other {{share, number, ::percent .#}}}",
  /** A role as what an actor cannot reach or needs (`cannot reach a funder`). */
  "common.role.reach": A("role"),
  /** A role as where an actor's only access or way leads (`its only way to a funder`). */
  "common.role.accessTo": A("role"),
  /** A role nobody in a place is (`has no funder or upskiller`). */
  "common.role.noneOf": roleSelect("role", {
    developer: "developer",
    upskiller: "upskiller",
    funder: "funder",
    other: "{role}",
  }),
} as const;
