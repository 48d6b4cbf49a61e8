/**
 * The overview of an ecosystem report: who is in it, how they are tied, how dense and how fragmented
 * the network is, and its development stage.
 *
 * @packageDocumentation
 */
import { diagnoseStage, type StageDiagnosis } from "../brokers/diagnose-stage.js";
import { compareIds } from "../internal/compare.js";
import { components } from "../metrics/components.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { contentsOfGraph, tieAttributesAt, unfilledContents } from "../model/deferred-graph.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { NotApplicableError } from "../model/errors.js";
import { mustBe, ruleFinite } from "../model/option-errors.js";
import type { RoleLabels } from "../model/schema.js";
import {
  checkViewOptionTypes,
  tieFilter,
  tieFiltersOf,
  VIEW_OPTION_KEYS,
  type ViewOptions,
} from "../model/view.js";
import { getView } from "../model/view-cache.js";

/** Options of {@link ecosystemOverview}. */
export interface EcosystemOverviewOptions extends ViewOptions {
  /**
   * Seed of the betweenness pivots of the stage diagnosis (used above 2 000 actors).
   * @defaultValue 1
   */
  seed?: number;
}

const ECOSYSTEM_OVERVIEW_OPTION_KEYS = optionKeys<EcosystemOverviewOptions>({
  ...VIEW_OPTION_KEYS,
  seed: true,
});

/** The defaults of {@link EcosystemOverviewOptions}. */
export const ECOSYSTEM_OVERVIEW_DEFAULTS = Object.freeze({ seed: 1 } satisfies EcosystemOverviewOptions);

/** One role in the overview. */
export interface OverviewRoleRow {
  /** Role id. */
  role: string;
  /** The role's label (declared or built in), else its id. */
  label: string;
  /**
   * The role's declared display names per language (`roles[].labels` of the document); absent when
   * none are declared, so the report stays the same for documents without them.
   */
  labels?: RoleLabels;
  /** Number of actors with this role. */
  actors: number;
  /** The roles its actors need (from the roles in force). */
  needs: string[];
}

/** One tie kind in the overview. */
export interface OverviewKindRow {
  /** Tie kind. */
  kind: string;
  /** Ties of this kind that count in the view (parallel ties each count). */
  ties: number;
}

/** The overview of an ecosystem, read on the undirected view of the options' `kinds` and `at`. */
export interface EcosystemOverview {
  /** The document's name; `null` when it has none. */
  name: string | null;
  /** The document's description; `null` when it has none. */
  description: string | null;
  /** Number of actors n. */
  actors: number;
  /** Actors per role, most actors first, ties by role id. */
  roles: OverviewRoleRow[];
  /** Ties that count in the view (kinds and date filter applied; parallel ties each count). */
  ties: number;
  /** Ties per kind, most first, ties by kind; kinds without a counting tie are left out. */
  tiesByKind: OverviewKindRow[];
  /** Adjacent pairs m: pairs of actors joined by at least one counting tie. */
  tiedPairs: number;
  /** Density 2m / (n (n − 1)); `null` below 2 actors. */
  density: number | null;
  /** Mean number of contacts 2m / n; `null` for an empty ecosystem. */
  meanDegree: number | null;
  /** Number of connected components (an isolate is one). */
  components: number;
  /** Actors in the largest component. */
  largestComponent: number;
  /** largestComponent / n; `null` for an empty ecosystem. */
  largestComponentShare: number | null;
  /** Actors without a counting tie, sorted by id. */
  isolates: string[];
  /** The development stage (see `diagnoseStage`); `null` below 3 actors, where it is undefined. */
  stage: StageDiagnosis | null;
}

/**
 * The overview of an ecosystem: actors by role, ties by kind, density, components, isolates and the
 * network's development stage, as plain data.
 *
 * @remarks
 * Counts are read on the undirected view of `kinds` and `at`: n actors, m adjacent pairs (parallel
 * ties once), density 2m / (n (n − 1)), mean degree 2m / n. Ties per kind count every tie of the kind
 * that passes the view's filters (parallel ties each count), from the views of single kinds. The
 * components come from `components` (NetworkX `connected_components`), the stage from
 * `diagnoseStage` (Krebs and Holley's stages by documented rules).
 * Undefined cases: density needs 2 actors and the stage 3 (→ `null`); an empty ecosystem has 0
 * components.
 * Time complexity: O(K · (n + m)) for K tie kinds, plus `diagnoseStage`.
 *
 * References: Krebs, V., & Holley, J. (2002–2006). Building Smart Communities through Network
 * Weaving. http://www.orgnet.com/BuildingNetworks.pdf
 *
 * @param options - view options (`directed: true` is refused) and `seed`.
 * @returns the overview.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one) or a non-finite `seed`.
 * @example
 * // a triangle a – b – c of developers
 * ecosystemOverview(createEcosystem(triangle)).density; // 1
 * @category Reports
 */
export function ecosystemOverview(eco: Ecosystem, options: EcosystemOverviewOptions = {}): EcosystemOverview {
  checkArguments("ecosystemOverview", eco, options, ECOSYSTEM_OVERVIEW_OPTION_KEYS);
  checkViewOptionTypes("ecosystemOverview", options);
  if (options.directed === true) {
    throw new NotApplicableError(
      "ecosystemOverview: the overview reads the undirected view; drop directed: true",
    );
  }
  const seed = options.seed ?? ECOSYSTEM_OVERVIEW_DEFAULTS.seed;
  if (!Number.isFinite(seed)) {
    throw mustBe("ecosystemOverview", "seed", String(seed), ruleFinite());
  }
  const viewOptions = tieFiltersOf(options);
  const view = getView(eco, viewOptions);
  const n = view.order;

  // Counted from the document's contents while the graphology graph is unfilled, so the overview
  // never fills it (at 10⁶ ties filling costs seconds and hundreds of megabytes).
  const contents = unfilledContents(eco) ?? contentsOfGraph(eco);
  const roleCounts = new Map<string, number>();
  for (const actor of contents.actors) roleCounts.set(actor.role, (roleCounts.get(actor.role) ?? 0) + 1);
  const accepts = tieFilter(viewOptions);
  const kindCounts = new Map<string, number>();
  for (let t = 0; t < contents.tieKinds.length; t++) {
    const kind = contents.tieKinds[t]!;
    const counted = kindCounts.get(kind) ?? 0;
    kindCounts.set(kind, accepts === null || accepts(tieAttributesAt(contents, t)) ? counted + 1 : counted);
  }
  const inForce = ecosystemRoles(eco);
  const roles: OverviewRoleRow[] = [...roleCounts]
    .map(([role, actors]) => ({
      role,
      label: inForce.get(role)?.label ?? role,
      ...(inForce.get(role)?.labels === undefined ? {} : { labels: { ...inForce.get(role)!.labels } }),
      actors,
      needs: [...(inForce.get(role)?.needs ?? [])],
    }))
    .sort((a, b) => b.actors - a.actors || compareIds(a.role, b.role));

  const tiesByKind: OverviewKindRow[] = [...kindCounts]
    .map(([kind, ties]) => ({ kind, ties }))
    .filter((row) => row.ties > 0)
    .sort((a, b) => b.ties - a.ties || compareIds(a.kind, b.kind));

  const isolates: string[] = [];
  for (let i = 0; i < n; i++) if (view.offsets[i + 1] === view.offsets[i]) isolates.push(view.ids[i]!);
  isolates.sort(compareIds);
  const parts = components(eco, viewOptions);
  const largest = parts.sizes[0] ?? 0;

  return {
    name: eco.getAttribute("name") ?? null,
    description: eco.getAttribute("description") ?? null,
    actors: n,
    roles,
    ties: view.tieCount,
    tiesByKind,
    tiedPairs: view.size,
    density: n < 2 ? null : (2 * view.size) / (n * (n - 1)),
    meanDegree: n === 0 ? null : (2 * view.size) / n,
    components: parts.count,
    largestComponent: largest,
    largestComponentShare: n === 0 ? null : largest / n,
    isolates,
    stage: n < 3 ? null : diagnoseStage(eco, { ...viewOptions, seed }),
  };
}
