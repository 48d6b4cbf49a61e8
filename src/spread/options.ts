/**
 * The options every spread function shares (seeds, model, probability, view) and their checks.
 *
 * @packageDocumentation
 */
import type { OptionKeyList } from "../model/check-arguments.js";
import {
  mustBeGot,
  optionError,
  ruleFinite,
  ruleIntegerGe,
  ruleIntegerWithin,
  ruleNumberWithin,
  ruleOneOf,
} from "../model/option-errors.js";
import { VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { OPTION_PROBABILITY_CASCADE_ONLY } from "../text/catalogues/en/options.js";

/**
 * How an innovation passes along ties.
 *
 * - `independent-cascade`: an actor reached at step t gets one chance, at step t + 1, to pass the
 *   innovation to each contact it has not yet reached, succeeding with the tie's probability.
 * - `linear-threshold`: each actor adopts once the summed influence weights of its adopting contacts
 *   reach its threshold, drawn uniformly from [0, 1] (Kempe, Kleinberg & Tardos 2003).
 */
export type SpreadModel = "independent-cascade" | "linear-threshold";

/** The two models of {@link SpreadModel}. */
export const SPREAD_MODELS: readonly SpreadModel[] = Object.freeze([
  "independent-cascade",
  "linear-threshold",
] as const);

/**
 * The chance that a tie passes the innovation on (independent cascade only), one of:
 *
 * - a number p in [0, 1]: every pair of tied actors, whatever its parallel ties, passes with p;
 * - `"weight"` or `{ weight: p0 }`: a pair of summed strength w passes with p = 1 − (1 − p0)^w, as if
 *   each unit of strength were one independent chance p0 (p0 defaults to 0.1);
 * - `{ kind: { funding: 0.2, … }, otherwise? }`: each tie kind joining the pair is its own
 *   independent chance, so a pair joined by kinds k₁ … k_j passes with 1 − Π(1 − p_kᵢ); `otherwise`
 *   is the chance of a kind the record does not list (without it such a kind is an error);
 * - `{ rolePair: { funder: { developer: 0.3 }, … }, otherwise? }`: the chance from an actor of the
 *   outer role to one of the inner role (directional: list both ways for a symmetric chance);
 *   `otherwise` covers pairs not listed (without it an unlisted pair is an error).
 */
export type SpreadProbability =
  | number
  | "weight"
  | { readonly weight: number }
  | { readonly kind: Readonly<Record<string, number>>; readonly otherwise?: number }
  | {
      readonly rolePair: Readonly<Record<string, Readonly<Record<string, number>>>>;
      readonly otherwise?: number;
    };

/** Options shared by {@link simulateSpread}, {@link findSpreadSeeds} and {@link spreadGain}. */
export interface SpreadModelOptions extends ViewOptions {
  /**
   * The diffusion model.
   * @defaultValue "independent-cascade"
   */
  model?: SpreadModel;
  /**
   * Chance that a tie passes the innovation on, for the independent cascade (see
   * {@link SpreadProbability}); not allowed with `linear-threshold`, whose weights come from tie strengths.
   * @defaultValue 0.1
   */
  probability?: SpreadProbability;
  /**
   * Seed of the random draws: the same input and seed give byte-identical results.
   * @defaultValue 1
   */
  seed?: number;
}

/** The defaults of {@link SpreadModelOptions}. */
export const SPREAD_MODEL_DEFAULTS = Object.freeze({
  directed: false,
  model: "independent-cascade",
  probability: 0.1,
  seed: 1,
} satisfies SpreadModelOptions);

/** The model named by `options`, checked. @internal */
export function spreadModelOf(options: SpreadModelOptions, fn: string): SpreadModel {
  const model = options.model ?? SPREAD_MODEL_DEFAULTS.model;
  if (!SPREAD_MODELS.includes(model)) {
    throw mustBeGot(
      fn,
      "model",
      String(JSON.stringify(model)),
      ruleOneOf(['"independent-cascade"', '"linear-threshold"']),
    );
  }
  if (model === "linear-threshold" && options.probability !== undefined) {
    throw optionError("options.probabilityCascadeOnly", OPTION_PROBABILITY_CASCADE_ONLY, { fn });
  }
  return model;
}

/** The seed of `options`, checked to be a finite number. @internal */
export function spreadSeedOf(options: { seed?: number }, fn: string): number {
  const seed = options.seed ?? SPREAD_MODEL_DEFAULTS.seed;
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw mustBeGot(fn, "seed", String(seed), ruleFinite());
  }
  return seed;
}

/** An integer option in [min, max], or the fallback when undefined. @internal */
export function integerIn(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
  fn: string,
): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < min || resolved > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? ruleIntegerGe(min) : ruleIntegerWithin(`[${min}, ${max}]`);
    throw mustBeGot(fn, name, String(value), range);
  }
  return resolved;
}

/** Checks that a probability is a number in [0, 1]. @internal */
export function checkChance(value: unknown, where: string, fn: string): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw mustBeGot(fn, where, String(value), ruleNumberWithin("[0, 1]"));
  }
  return value;
}

/** The keys of {@link SpreadModelOptions}, shared by every spread function's run-time key check. */
export const SPREAD_MODEL_OPTION_KEYS: OptionKeyList<SpreadModelOptions> = {
  ...VIEW_OPTION_KEYS,
  model: true,
  probability: true,
  seed: true,
};
