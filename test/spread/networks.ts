// Small planted networks for the spread tests: few enough arcs (≤ 20) to enumerate every live-edge graph.
import type { EcosystemData } from "../../src/model/schema.js";

const actor = (id: string, role: string, region: string) => ({ id, role, attributes: { region } });

/** Two triangles joined by a path through d, e (9 undirected ties, 18 arcs), with weights. */
export const BRIDGED: EcosystemData = {
  name: "bridged",
  actors: [
    actor("a", "developer", "North"),
    actor("b", "developer", "North"),
    actor("c", "funder", "North"),
    actor("d", "upskiller", "Middle"),
    actor("e", "developer", "Middle"),
    actor("f", "developer", "South"),
    actor("g", "funder", "South"),
    actor("h", "developer", "South"),
  ],
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "a", target: "c", kind: "collaboration", weight: 2 },
    { source: "b", target: "c", kind: "peer-learning" },
    { source: "c", target: "d", kind: "collaboration", weight: 3 },
    { source: "d", target: "e", kind: "information" },
    { source: "e", target: "f", kind: "collaboration", weight: 2 },
    { source: "f", target: "g", kind: "collaboration" },
    { source: "e", target: "g", kind: "peer-learning" },
    { source: "g", target: "h", kind: "information", weight: 0.5 },
  ],
};

/** A hub with spokes and a tail, mixing directed (funding, training) and undirected ties. */
export const HUB: EcosystemData = {
  name: "hub",
  actors: [
    actor("hub", "funder", "North"),
    actor("s1", "developer", "North"),
    actor("s2", "developer", "North"),
    actor("s3", "developer", "Middle"),
    actor("s4", "upskiller", "Middle"),
    actor("t1", "developer", "South"),
    actor("t2", "developer", "South"),
    actor("t3", "developer", "South"),
  ],
  ties: [
    { source: "hub", target: "s1", kind: "funding" },
    { source: "hub", target: "s2", kind: "funding", weight: 2 },
    { source: "hub", target: "s3", kind: "funding" },
    { source: "s4", target: "hub", kind: "training" },
    { source: "s4", target: "s3", kind: "training" },
    { source: "s1", target: "s2", kind: "collaboration" },
    { source: "s3", target: "t1", kind: "collaboration" },
    { source: "t1", target: "t2", kind: "collaboration" },
    { source: "t2", target: "t3", kind: "peer-learning" },
    { source: "s2", target: "s1", kind: "information" },
  ],
};
