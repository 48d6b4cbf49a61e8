// Small hand-made ecosystems shared by the metrics tests (cohesion, efficiency, structural holes,
// brokerage), each frozen so a test fails if a function mutates its input.
import type { EcosystemData } from "../../src/model/schema.js";
import { deepFreeze, edgeListData } from "../helpers.js";

/** a – b – c */
export const path = edgeListData(
  ["a", "b", "c"],
  [
    ["a", "b"],
    ["b", "c"],
  ],
);
/** a – b – c – d – e */
export const path5 = edgeListData(
  ["a", "b", "c", "d", "e"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "e"],
  ],
);
/** hub tied to x, y, z */
export const star = edgeListData(
  ["hub", "x", "y", "z"],
  [
    ["hub", "x"],
    ["hub", "y"],
    ["hub", "z"],
  ],
);
/** triangle a, b, c */
export const triangle = edgeListData(
  ["a", "b", "c"],
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
  ],
);
/** triangle a, b, c with a pendant d on c */
export const triangleWithPendant = edgeListData(
  ["a", "b", "c", "d"],
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["c", "d"],
  ],
);
/** a – b – c and d – e, f alone (actors listed out of id order on purpose) */
export const twoComponentsAndIsolate = edgeListData(
  ["f", "e", "d", "c", "b", "a"],
  [
    ["a", "b"],
    ["b", "c"],
    ["d", "e"],
  ],
);
/** no actors */
export const empty = edgeListData([], []);
/** one actor */
export const single = edgeListData(["solo"], []);

/**
 * a – b by collaboration and by funding (a multi-tie), b – c by a tie active only in 2020, and c – a
 * by a tie of kind information: with `at: "2021-06-01"` the triangle loses b – c.
 */
export const dated = deepFreeze<EcosystemData>({
  actors: [
    { id: "a", role: "funder" },
    { id: "b", role: "developer" },
    { id: "c", role: "developer" },
  ],
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "a", target: "b", kind: "funding", weight: 2 },
    { source: "b", target: "c", kind: "collaboration", since: "2020-01-01", until: "2020-12-31" },
    { source: "c", target: "a", kind: "information" },
  ],
});

/** The example of docs/measures.md. */
export const measuresDocExample = deepFreeze<EcosystemData>({
  actors: [
    { id: "ngo", role: "developer" },
    { id: "lab", role: "developer" },
    { id: "uni", role: "upskiller" },
    { id: "esf", role: "funder" },
  ],
  ties: [
    { source: "ngo", target: "lab", kind: "collaboration" },
    { source: "ngo", target: "uni", kind: "peer-learning" },
    { source: "lab", target: "uni", kind: "collaboration" },
    { source: "esf", target: "ngo", kind: "funding", weight: 2 },
  ],
});
