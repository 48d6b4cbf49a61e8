/**
 * The illustrative sample ecosystem: fictional, illustrative actors in real Finnish regions, with
 * planted structures (a silo, a hub-and-spoke, a cut vertex, …) that analyses can be checked against.
 *
 * @packageDocumentation
 */
import { createEcosystem, type Ecosystem } from "../model/ecosystem.js";
import type { Actor, EcosystemData, Tie } from "../model/schema.js";
import { SAMPLE_ACTORS, SAMPLE_TIES } from "./sample-ecosystem-data.js";

/** The name of the sample ecosystem document. */
export const SAMPLE_ECOSYSTEM_NAME = "Finnish social-innovation ecosystem (fictional, illustrative)";

const DESCRIPTION =
  "A fictional, illustrative ecosystem of 115 invented actors (developers, upskillers, funders) in real " +
  "Finnish regions, with ties of all five kinds dated 2021–2025. No actor, tie or amount describes a real " +
  "organisation. Planted features (a siloed cluster in Lappi, an ESF+ hub-and-spoke, a bridging university " +
  "in Pohjois-Savo, unacquainted developers in Pirkanmaa, a peer-learning circle from 2024, funding that " +
  "ends in 2023, isolates and a cut-off Kainuu component) are listed in docs/sample-ecosystem.md.";

/**
 * The document of the illustrative sample ecosystem: a fresh deep copy on every call.
 *
 * @remarks
 * 115 fictional, illustrative actors in real Finnish regions (attributes `region`, `themes`, `type`)
 * and 286 ties of all five built-in kinds with weights, funding amounts and `since`/`until` dates in
 * 2021–2025. The data is fixed: every call returns a deep-equal document, and no two calls share an
 * object, so the caller may change its copy freely. The planted features, with actor ids, are listed
 * in docs/sample-ecosystem.md.
 * Time complexity: O(n + m).
 *
 * @returns a valid `EcosystemData` document (it passes `validateEcosystem`).
 * @example
 * sampleEcosystemData().actors.length; // 115
 * @see {@link sampleEcosystem}
 * @category Datasets
 */
export function sampleEcosystemData(): EcosystemData {
  const actors: Actor[] = SAMPLE_ACTORS.map(([id, label, role, type, region, themes]) => ({
    id,
    label,
    role,
    attributes: { region, themes: [...themes], type },
  }));
  const ties: Tie[] = SAMPLE_TIES.map(([source, target, kind, weight, since, until, amount]) => {
    const tie: Tie = { source, target, kind, weight };
    if (amount !== null) tie.amount = amount;
    tie.since = since;
    if (until !== null) tie.until = until;
    return tie;
  });
  return { name: SAMPLE_ECOSYSTEM_NAME, description: DESCRIPTION, actors, ties };
}

/**
 * The illustrative sample ecosystem: a new graph on every call.
 *
 * @remarks
 * The graph of {@link sampleEcosystemData}: fictional, illustrative actors in real Finnish regions with
 * planted structures for the weaver's three questions (see docs/sample-ecosystem.md), validated and
 * built by `createEcosystem`.
 * Time complexity: O(n + m).
 *
 * @example
 * sampleEcosystem().size; // 286
 * @category Datasets
 */
export function sampleEcosystem(): Ecosystem {
  return createEcosystem(sampleEcosystemData());
}
