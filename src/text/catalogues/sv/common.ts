/**
 * Messages shared by every area, in Swedish. Roles use the ministry's terms (utvecklare av
 * innovationer, finansiärer) and, for personer som höjer färdigheterna, the shorter *kompetenshöjare*
 * we chose (docs/glossary.md); a custom role is written by its id after `rollen`.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { COMMON_EN } from "../en/common.js";
import { roleSelect } from "../role-forms.js";

export const COMMON_SV: CataloguePart<typeof COMMON_EN> = {
  "common.list.more": "{count} till",
  "common.nothing": "",
  "common.share.fine": "{tiny, select, true {<0,1 %} other {{share, number, ::percent .#}}}",
  "common.role.reach": roleSelect("role", {
    developer: "en utvecklare av innovationer",
    upskiller: "en kompetenshöjare",
    funder: "en finansiär",
    other: "en aktör med rollen {role}",
  }),
  "common.role.accessTo": roleSelect("role", {
    developer: "en utvecklare av innovationer",
    upskiller: "en kompetenshöjare",
    funder: "en finansiär",
    other: "en aktör med rollen {role}",
  }),
  "common.role.noneOf": roleSelect("role", {
    developer: "utvecklare av innovationer",
    upskiller: "kompetenshöjare",
    funder: "finansiär",
    other: "aktör med rollen {role}",
  }),
};
