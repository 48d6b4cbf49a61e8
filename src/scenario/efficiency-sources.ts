/**
 * The `efficiencySources` option of the scenario figures (`compareEcosystems`, `timeline`): checked
 * once, resolved to the `sources` of `globalEfficiency`, and the figure itself.
 *
 * @packageDocumentation
 */
import { globalEfficiency } from "../metrics/efficiency.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleAutoExactOrInteger } from "../model/option-errors.js";
import type { ViewOptions } from "../model/view.js";

/** How global efficiency is computed: `"auto"`, `"exact"`, or a number of seeded sources. @internal */
export type EfficiencySources = "auto" | "exact" | number;

/**
 * Throws unless `value` is `"auto"`, `"exact"` or an integer ≥ 2.
 * @throws {@link InvalidOptionError} naming `fn`.
 * @internal
 */
export function checkEfficiencySources(fn: string, value: EfficiencySources): void {
  if (value !== "auto" && value !== "exact" && !(Number.isInteger(value) && value >= 2)) {
    throw mustBe(fn, "efficiencySources", String(value), ruleAutoExactOrInteger(2));
  }
}

/**
 * The sources of `globalEfficiency` on `n` actors for a checked `value` (`undefined` for the exact
 * figure): `"auto"` samples `sampled` sources above `exactLimit` actors; a number at least `n` is exact.
 * @internal
 */
export function efficiencySourcesFor(
  value: EfficiencySources,
  n: number,
  exactLimit: number,
  sampled: number,
): number | undefined {
  if (value === "exact") return undefined;
  if (value === "auto") return n > exactLimit ? sampled : undefined;
  return value >= n ? undefined : value;
}

/** Global efficiency on the view of `viewOptions` (0 below 2 actors), exact or from `sources`. @internal */
export function efficiencyFigure(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  seed: number,
  sources: number | undefined,
): number {
  return eco.order < 2
    ? 0
    : globalEfficiency(eco, { ...viewOptions, seed, ...(sources === undefined ? {} : { sources }) });
}
