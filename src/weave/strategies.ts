/**
 * Weaving strategies: named presets of the weights that `suggestConnections` and `planWeaving` give
 * to the five score components of a candidate tie.
 *
 * @packageDocumentation
 */
import { isNot, mustBe, optionError, ruleFiniteAtLeast, ruleOneOfList } from "../model/option-errors.js";
import { OPTION_COMPONENTS_ZERO, OPTION_NOT_COMPONENT } from "../text/catalogues/en/options.js";

/**
 * The weight of each score component (see `suggestConnections`): non-negative finite numbers. The four
 * benefits are added, `load` is subtracted, and the sum is divided by the benefits' total weight.
 */
export interface WeaverWeights {
  /** Weight of `complementarity` (role pair and unmet needs met). */
  complementarity: number;
  /** Weight of `structuralGain` (global efficiency gained, components and communities joined). */
  structuralGain: number;
  /** Weight of `feasibility` (closeness now: common contacts, Adamic–Adar, distance). */
  feasibility: number;
  /** Weight of `similarity` (shared themes, region, `similarityBy` attributes). */
  similarity: number;
  /** Weight of the `load` penalty (betweenness share of the busier end). */
  load: number;
}

/** The named strategies. */
export type WeaverStrategy =
  | "close-gaps"
  | "balanced"
  | "close-triangles"
  | "bridge-clusters"
  | "fill-role-gaps"
  | "connect-periphery";

/** The strategy names, in the order they are documented. */
export const WEAVER_STRATEGY_NAMES: readonly WeaverStrategy[] = Object.freeze([
  "close-gaps",
  "balanced",
  "close-triangles",
  "bridge-clusters",
  "fill-role-gaps",
  "connect-periphery",
]);

/**
 * The weights of each strategy.
 *
 * - `close-gaps` (the default): ranks by what the tie closes of the structural gaps (`gapValue`, see
 *   `suggestConnections`); the weights, those of `balanced`, only fill the five components shown as
 *   evidence.
 * - `balanced`: every benefit counts, similarity and load at half weight.
 * - `close-triangles`: introduce actors who already share contacts (feasibility first, then
 *   similarity): cheap introductions that thicken clusters (Granovetter's triadic closure).
 * - `bridge-clusters`: join components and communities; efficiency gained counts most.
 * - `fill-role-gaps`: give actors the roles they need (developers a funder and an upskiller, …).
 * - `connect-periphery`: tie the periphery (the outermost k-shell: isolates, pendants) into the
 *   network, away from the hubs (a heavier load penalty). This strategy also restricts candidates to
 *   pairs with at least one peripheral end.
 */
export const WEAVER_STRATEGIES: Readonly<Record<WeaverStrategy, Readonly<WeaverWeights>>> = Object.freeze({
  "close-gaps": Object.freeze({
    complementarity: 1,
    structuralGain: 1,
    feasibility: 1,
    similarity: 0.5,
    load: 0.5,
  }),
  balanced: Object.freeze({
    complementarity: 1,
    structuralGain: 1,
    feasibility: 1,
    similarity: 0.5,
    load: 0.5,
  }),
  "close-triangles": Object.freeze({
    complementarity: 0.25,
    structuralGain: 0.25,
    feasibility: 2,
    similarity: 1,
    load: 0.25,
  }),
  "bridge-clusters": Object.freeze({
    complementarity: 0.5,
    structuralGain: 2,
    feasibility: 0.5,
    similarity: 0,
    load: 0.5,
  }),
  "fill-role-gaps": Object.freeze({
    complementarity: 2,
    structuralGain: 0.5,
    feasibility: 0.5,
    similarity: 0.25,
    load: 0.5,
  }),
  "connect-periphery": Object.freeze({
    complementarity: 0.5,
    structuralGain: 1.5,
    feasibility: 0.5,
    similarity: 0.5,
    load: 1,
  }),
});

const COMPONENTS = ["complementarity", "structuralGain", "feasibility", "similarity", "load"] as const;

/**
 * The weights in force: the strategy's preset with any `weights` given on top, checked.
 * @internal
 */
export function resolveWeights(
  fn: string,
  strategy: WeaverStrategy,
  weights: Readonly<Partial<WeaverWeights>> | undefined,
): WeaverWeights {
  if (!WEAVER_STRATEGY_NAMES.includes(strategy)) {
    throw isNot(fn, "strategy", `"${String(strategy)}"`, ruleOneOfList(WEAVER_STRATEGY_NAMES));
  }
  const resolved: WeaverWeights = { ...WEAVER_STRATEGIES[strategy] };
  for (const [key, value] of Object.entries(weights ?? {})) {
    if (!(COMPONENTS as readonly string[]).includes(key)) {
      throw optionError("options.notComponent", OPTION_NOT_COMPONENT, {
        fn,
        key,
        choices: COMPONENTS.join(", "),
      });
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw mustBe(fn, `weights.${key}`, String(value), ruleFiniteAtLeast(0));
    }
    resolved[key as keyof WeaverWeights] = value;
  }
  const benefit =
    resolved.complementarity + resolved.structuralGain + resolved.feasibility + resolved.similarity;
  if (benefit <= 0) {
    throw optionError("options.componentsZero", OPTION_COMPONENTS_ZERO, { fn });
  }
  return resolved;
}

/** Whether a strategy ranks by the gaps a tie closes rather than by the weighted score. @internal */
export function isGapDriven(strategy: WeaverStrategy): boolean {
  return strategy === "close-gaps";
}

/** Whether a strategy restricts candidates to pairs with a peripheral end. @internal */
export function focusesOnPeriphery(strategy: WeaverStrategy): boolean {
  return strategy === "connect-periphery";
}
