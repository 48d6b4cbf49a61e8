/**
 * Messages shared by every area, in Finnish. Roles use the ministry's terms (innovaatioiden
 * kehittäjät, valmiuksien nostajat, rahoittajat), inflected as each sentence needs; a custom role is
 * written by its id after `roolin` so the id itself is never inflected.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { COMMON_EN } from "../en/common.js";
import { roleSelect } from "../role-forms.js";

export const COMMON_FI: CataloguePart<typeof COMMON_EN> = {
  "common.list.more": "{count} muuta",
  "common.nothing": "",
  "common.share.fine": "{tiny, select, true {<0,1 %} other {{share, number, ::percent .#}}}",
  "common.role.reach": roleSelect("role", {
    developer: "innovaatioiden kehittäjää",
    upskiller: "valmiuksien nostajaa",
    funder: "rahoittajaa",
    other: "roolin {role} toimijaa",
  }),
  "common.role.accessTo": roleSelect("role", {
    developer: "innovaatioiden kehittäjään",
    upskiller: "valmiuksien nostajaan",
    funder: "rahoittajaan",
    other: "roolin {role} toimijaan",
  }),
  "common.role.noneOf": roleSelect("role", {
    developer: "innovaatioiden kehittäjää",
    upskiller: "valmiuksien nostajaa",
    funder: "rahoittajaa",
    other: "roolin {role} toimijaa",
  }),
};
