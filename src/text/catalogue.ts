/**
 * The three catalogues, each assembled from its parts (one part per area of the library), so that
 * every message id exists in English, Finnish and Swedish (the Finnish and Swedish parts are typed by
 * the English ones).
 *
 * @packageDocumentation
 */
import { BROKERS_EN } from "./catalogues/en/brokers.js";
import { CLI_EN } from "./catalogues/en/cli.js";
import { COMMON_EN } from "./catalogues/en/common.js";
import { CONVENE_EN } from "./catalogues/en/convene.js";
import { GAPS_EN } from "./catalogues/en/gaps.js";
import { HELP_EN } from "./catalogues/en/help.js";
import { IO_EN } from "./catalogues/en/io.js";
import { ISSUES_EN } from "./catalogues/en/issues.js";
import { OPTIONS_EN } from "./catalogues/en/options.js";
import { REPORT_EN } from "./catalogues/en/report.js";
import { SCENARIO_EN } from "./catalogues/en/scenario.js";
import { SPREAD_EN } from "./catalogues/en/spread.js";
import { WEAVE_EN } from "./catalogues/en/weave.js";
import { BROKERS_FI } from "./catalogues/fi/brokers.js";
import { CLI_FI } from "./catalogues/fi/cli.js";
import { COMMON_FI } from "./catalogues/fi/common.js";
import { CONVENE_FI } from "./catalogues/fi/convene.js";
import { GAPS_FI } from "./catalogues/fi/gaps.js";
import { HELP_FI } from "./catalogues/fi/help.js";
import { IO_FI } from "./catalogues/fi/io.js";
import { ISSUES_FI } from "./catalogues/fi/issues.js";
import { OPTIONS_FI } from "./catalogues/fi/options.js";
import { REPORT_FI } from "./catalogues/fi/report.js";
import { SCENARIO_FI } from "./catalogues/fi/scenario.js";
import { SPREAD_FI } from "./catalogues/fi/spread.js";
import { WEAVE_FI } from "./catalogues/fi/weave.js";
import { BROKERS_SV } from "./catalogues/sv/brokers.js";
import { CLI_SV } from "./catalogues/sv/cli.js";
import { COMMON_SV } from "./catalogues/sv/common.js";
import { CONVENE_SV } from "./catalogues/sv/convene.js";
import { GAPS_SV } from "./catalogues/sv/gaps.js";
import { HELP_SV } from "./catalogues/sv/help.js";
import { IO_SV } from "./catalogues/sv/io.js";
import { ISSUES_SV } from "./catalogues/sv/issues.js";
import { OPTIONS_SV } from "./catalogues/sv/options.js";
import { REPORT_SV } from "./catalogues/sv/report.js";
import { SCENARIO_SV } from "./catalogues/sv/scenario.js";
import { SPREAD_SV } from "./catalogues/sv/spread.js";
import { WEAVE_SV } from "./catalogues/sv/weave.js";
import type { Locale } from "./locale.js";

/** English, the source catalogue: every message id of the library and its ICU MessageFormat text. */
export const EN = {
  ...COMMON_EN,
  ...GAPS_EN,
  ...BROKERS_EN,
  ...SCENARIO_EN,
  ...WEAVE_EN,
  ...CONVENE_EN,
  ...SPREAD_EN,
  ...REPORT_EN,
  ...CLI_EN,
  ...HELP_EN,
  ...ISSUES_EN,
  ...IO_EN,
  ...OPTIONS_EN,
} as const;

/** The id of a message: a key of the catalogues (`gaps.coverage.title`, `common.list.more`, …). */
export type MessageId = keyof typeof EN;

/** A catalogue: every message id and its text in one language. */
export type Catalogue = { readonly [K in MessageId]: string };

const FI: Catalogue = {
  ...COMMON_FI,
  ...GAPS_FI,
  ...BROKERS_FI,
  ...SCENARIO_FI,
  ...WEAVE_FI,
  ...CONVENE_FI,
  ...SPREAD_FI,
  ...REPORT_FI,
  ...CLI_FI,
  ...HELP_FI,
  ...ISSUES_FI,
  ...IO_FI,
  ...OPTIONS_FI,
};

const SV: Catalogue = {
  ...COMMON_SV,
  ...GAPS_SV,
  ...BROKERS_SV,
  ...SCENARIO_SV,
  ...WEAVE_SV,
  ...CONVENE_SV,
  ...SPREAD_SV,
  ...REPORT_SV,
  ...CLI_SV,
  ...HELP_SV,
  ...ISSUES_SV,
  ...IO_SV,
  ...OPTIONS_SV,
};

/** The catalogue of each locale. */
export const CATALOGUES: { readonly [L in Locale]: Catalogue } = { en: EN, fi: FI, sv: SV };
