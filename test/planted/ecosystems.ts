// Planted ecosystems: small documents whose right answers are known by construction. Each builder
// says what it plants; `features` name what the answers must find (matched by actors, never by
// wording), `items` what ties can fix (checked by test/planted/truth.ts), and `witness` a sequence
// of ties, best first, that fixes them: what k ties can close is what the witness's first k close.
// Everything is written out by rule (no randomness), so the documents never change between runs.
import {
  Builder,
  type ClusterOptions,
  cluster,
  developers,
  link,
  PLANTED_AT,
  type PlantedEcosystem,
  type PlantedFeature,
} from "./builder.js";
import type { AddedTie, PlantedItem } from "./truth.js";

/**
 * (a) A regional silo: Lappi's 7 developers, densely tied (`lap-d01` to all, a ring among the rest),
 * with no funder and no upskiller within 2 steps. They hang on the rest through two ties to two
 * Pirkanmaa developers (`pir-d09`, `pir-d10`) that are themselves tied only to developers, so the
 * silo is neither cut off nor hanging on one actor: its gap is the 14 unmet needs. Beside it, three
 * healthy clusters (Uusimaa, Pirkanmaa, Satakunta) joined by two ties each.
 */
export function regionalSilo(): PlantedEcosystem {
  const b = new Builder();
  const uus = cluster(b, "uus", "Uusimaa", 10);
  cluster(b, "pir", "Pirkanmaa", 8);
  const sat = cluster(b, "sat", "Satakunta", 6);
  link(b, [
    ["uus-d02", "pir-d03"],
    ["uus-d07", "pir-d06"],
    ["pir-d05", "sat-d02"],
    ["pir-d08", "sat-d05"],
  ]);
  link(b, [
    ["sat-d04", "uus-d05"],
    ["sat-d06", "uus-d09"],
  ]);
  for (const id of ["pir-d09", "pir-d10"]) {
    b.actor(id, "developer", "Pirkanmaa");
    b.tie(id, "pir-d01", "collaboration");
    b.tie(id, "pir-d02", "collaboration");
  }
  const lap = developers("lap", 1, 7);
  for (const id of lap) b.actor(id, "developer", "Lappi");
  for (const id of lap.slice(1)) b.tie("lap-d01", id, "collaboration");
  for (let i = 1; i < lap.length; i++)
    b.tie(lap[i]!, lap[i === lap.length - 1 ? 1 : i + 1]!, "peer-learning");
  b.tie("lap-d01", "pir-d09", "collaboration");
  b.tie("lap-d02", "pir-d10", "collaboration");
  return {
    key: "silo",
    data: b.data("Planted: regional silo", "Lappi's developers reach no funder and no upskiller."),
    at: PLANTED_AT,
    features: [
      {
        name: "Lappi silo lacks funder and upskiller",
        answer: "gaps",
        actors: lap,
        context: ["pir-d09", "pir-d10"],
      },
    ],
    items: [
      { id: "lappi-funder", kind: "need", role: "funder", actors: lap },
      { id: "lappi-upskiller", kind: "need", role: "upskiller", actors: lap },
    ],
    witness: [
      ["lap-d01", uus.funder!],
      ["lap-d01", sat.upskiller!],
    ],
  };
}

/**
 * (b) One broker: the upskiller `psa-u02` trains two Pohjois-Savo and two Keski-Suomi funded developers and
 * is the only link between Pohjois-Savo's cluster (10 actors) and the rest (Keski-Suomi and
 * Pohjois-Pohjanmaa, 22 actors). Its removal cuts off those 10; it holds no other role. Every need
 * is met, so the feature is the broker alone: first among bridge actors, and a single point of
 * failure among the top 3 gaps.
 */
export function oneBroker(): PlantedEcosystem {
  const b = new Builder();
  const psa = cluster(b, "psa", "Pohjois-Savo", 8);
  cluster(b, "ksu", "Keski-Suomi", 10);
  cluster(b, "ppo", "Pohjois-Pohjanmaa", 8);
  link(b, [
    ["ksu-d05", "ppo-d02"],
    ["ksu-d08", "ppo-d06"],
  ]);
  const broker = b.actor("psa-u02", "upskiller", "Pohjois-Savo");
  for (const id of ["psa-d02", "psa-d04", "ksu-d02", "ksu-d04"]) b.tie(broker, id, "training");
  return {
    key: "broker",
    data: b.data("Planted: one broker", "An upskiller is the only link between two regional clusters."),
    at: PLANTED_AT,
    features: [
      { name: "psa-u02 is the only link (bridge actors)", answer: "bridges", actors: [broker] },
      { name: "psa-u02 cuts Pohjois-Savo off (gaps)", answer: "gaps", actors: [broker], context: psa.all },
    ],
    items: [{ id: "bypass-psa-u02", kind: "unhang", pivot: broker, anchor: "ksu-d01", actors: psa.all }],
    witness: [["psa-d01", "ksu-d01"]],
  };
}

/**
 * (c) Isolates beside a healthy network: three developers (`eka-d01`, `kym-d01`, `pka-d01`) and an
 * upskiller (`sat-u01`) with no ties, beside three healthy clusters joined by two ties each. Each
 * isolate is one tie away from being joined with every need met (a tie to an upskiller that knows a
 * funder; for the upskiller, a tie to a funded developer).
 */
export function isolatesBeside(): PlantedEcosystem {
  const b = new Builder();
  cluster(b, "uus", "Uusimaa", 10);
  cluster(b, "pir", "Pirkanmaa", 8);
  cluster(b, "vsu", "Varsinais-Suomi", 8);
  link(b, [
    ["uus-d03", "pir-d04"],
    ["uus-d08", "pir-d07"],
    ["pir-d02", "vsu-d05"],
    ["pir-d05", "vsu-d02"],
  ]);
  link(b, [
    ["vsu-d07", "uus-d05"],
    ["vsu-d04", "uus-d10"],
  ]);
  const developerIsolates = [
    b.actor("eka-d01", "developer", "Etelä-Karjala"),
    b.actor("kym-d01", "developer", "Kymenlaakso"),
    b.actor("pka-d01", "developer", "Pohjois-Karjala"),
  ];
  const upskiller = b.actor("sat-u01", "upskiller", "Satakunta");
  const all = [...developerIsolates, upskiller];
  const items: PlantedItem[] = [];
  for (const id of developerIsolates) {
    items.push({ id: `join-${id}`, kind: "join", anchor: "uus-d01", actors: [id] });
    items.push({ id: `${id}-funder`, kind: "need", role: "funder", actors: [id] });
    items.push({ id: `${id}-upskiller`, kind: "need", role: "upskiller", actors: [id] });
  }
  items.push({ id: "join-sat-u01", kind: "join", anchor: "uus-d01", actors: [upskiller] });
  items.push({ id: "sat-u01-developer", kind: "need", role: "developer", actors: [upskiller] });
  items.push({ id: "sat-u01-funder", kind: "need", role: "funder", actors: [upskiller] });
  return {
    key: "isolates",
    data: b.data("Planted: isolates", "Four actors without ties beside a healthy network."),
    at: PLANTED_AT,
    features: [{ name: "four isolates", answer: "gaps", actors: all }],
    items,
    witness: [
      ["eka-d01", "uus-u01"],
      ["kym-d01", "pir-u01"],
      ["pka-d01", "vsu-u01"],
      ["sat-u01", "uus-d02"],
    ],
  };
}

/**
 * (d) A starved periphery: in each of three regions a core developer `<r>-d07`, tied to two core
 * developers but to no funder or upskiller, holds 3, 3 and 4 peripheral developers whose only tie it
 * is. The periphery reaches only developers within 2 steps (20 unmet needs) and each core developer
 * is a cut vertex. The healthy cores are joined by two ties each. Found: the periphery's needs among
 * the top 3 gaps; the three core developers as the top 3 bridge actors.
 */
export function starvedPeriphery(): PlantedEcosystem {
  const b = new Builder();
  const regions = [
    { prefix: "ppo", name: "Pohjois-Pohjanmaa", periphery: 3 },
    { prefix: "ksu", name: "Keski-Suomi", periphery: 3 },
    { prefix: "pir", name: "Pirkanmaa", periphery: 4 },
  ];
  const features: PlantedFeature[] = [];
  const items: PlantedItem[] = [];
  const witness: AddedTie[] = [];
  const allPeriphery: string[] = [];
  const cores: string[] = [];
  for (const region of regions) {
    const core = cluster(b, region.prefix, region.name, 6);
    const hub = b.actor(`${region.prefix}-d07`, "developer", region.name);
    b.tie(hub, `${region.prefix}-d01`, "collaboration");
    b.tie(hub, `${region.prefix}-d04`, "collaboration");
    const periphery = developers(region.prefix, 8, 7 + region.periphery);
    for (const id of periphery) {
      b.actor(id, "developer", region.name);
      b.tie(hub, id, "collaboration");
    }
    for (const id of periphery) allPeriphery.push(id);
    cores.push(hub);
    features.push({ name: `${hub} holds its periphery (bridge actors)`, answer: "bridges", actors: [hub] });
    items.push({ id: `${region.prefix}-periphery-funder`, kind: "need", role: "funder", actors: periphery });
    items.push({
      id: `${region.prefix}-periphery-upskiller`,
      kind: "need",
      role: "upskiller",
      actors: periphery,
    });
    witness.push([hub, core.funder!], [hub, core.upskiller!]);
  }
  link(b, [
    ["ppo-d02", "ksu-d03"],
    ["ppo-d05", "ksu-d06"],
    ["ksu-d02", "pir-d03"],
    ["ksu-d05", "pir-d06"],
  ]);
  features.unshift({ name: "starved periphery", answer: "gaps", actors: allPeriphery, context: cores });
  return {
    key: "periphery",
    data: b.data(
      "Planted: starved periphery",
      "Peripheral developers hang on one core developer per region.",
    ),
    at: PLANTED_AT,
    features,
    items,
    witness,
  };
}

/**
 * (e) A hub-and-spoke funder: `f-hub` funds two developers of a healthy two-region network and
 * eight developers in eight small regions whose only tie it is. The spokes are pairwise not tied and
 * reach no upskiller within 2 steps (the hub knows none); the hub is a cut vertex whose loss isolates
 * all eight. Found: the hub as a single point of failure and the spokes' missing upskiller among the
 * top 3 gaps; the hub first among bridge actors.
 */
export function hubAndSpoke(): PlantedEcosystem {
  const b = new Builder();
  const uus = cluster(b, "uus", "Uusimaa", 10);
  cluster(b, "pir", "Pirkanmaa", 8);
  link(b, [
    ["uus-d02", "pir-d03"],
    ["uus-d07", "pir-d06"],
  ]);
  const hub = b.actor("f-hub", "funder", "Uusimaa");
  b.tie(hub, "uus-d01", "funding");
  b.tie(hub, "pir-d01", "funding");
  const spokes = ["sat", "kha", "pha", "kym", "esa", "pka", "epo", "pom"].map((prefix, i) => {
    const id = b.actor(`${prefix}-d01`, "developer", `Region ${i + 1}`);
    b.tie(hub, id, "funding");
    return id;
  });
  return {
    key: "hub",
    data: b.data("Planted: hub and spoke", "A funder whose eight spokes have no other ties."),
    at: PLANTED_AT,
    features: [
      { name: "f-hub holds the spokes (gaps)", answer: "gaps", actors: [hub], context: spokes },
      { name: "spokes reach no upskiller (gaps)", answer: "gaps", actors: spokes, context: [hub] },
      { name: "f-hub (bridge actors)", answer: "bridges", actors: [hub] },
    ],
    items: [{ id: "spokes-upskiller", kind: "need", role: "upskiller", actors: spokes }],
    witness: [[hub, uus.upskiller!]],
  };
}

/**
 * (f) A decoy: Uusimaa's 14 developers, funder and upskiller are densely tied among themselves and
 * have only two ties out (E-I index about −0.9), yet every need is met and nothing hangs on one actor:
 * healthy, and it must rank below the real features, which are three so that the top 3 has no room
 * for it: Kainuu's four developers and their upskiller, who reach no funder; two isolated developers;
 * and two developers whose only tie is the funded `vsu-d08`, so they reach no upskiller and hang on
 * it. Pirkanmaa and Varsinais-Suomi are healthy clusters joined by two ties.
 */
export function denseDecoy(): PlantedEcosystem {
  const b = new Builder();
  const uus = cluster(b, "uus", "Uusimaa", 14);
  for (let i = 0; i + 5 < 14; i += 2) b.tie(uus.devs[i]!, uus.devs[i + 5]!, "information");
  const pir = cluster(b, "pir", "Pirkanmaa", 8);
  const vsu = cluster(b, "vsu", "Varsinais-Suomi", 8);
  link(b, [
    ["uus-d03", "pir-d04"],
    ["uus-d09", "vsu-d05"],
    ["pir-d02", "vsu-d03"],
    ["pir-d06", "vsu-d07"],
  ]);
  const kai = cluster(b, "kai", "Kainuu", 4, { funder: false });
  link(b, [
    ["kai-d01", "pir-d01"],
    ["kai-d03", "pir-d03"],
  ]);
  const isolated = [
    b.actor("eka-d01", "developer", "Etelä-Karjala"),
    b.actor("sat-d01", "developer", "Satakunta"),
  ];
  const hanging = ["vsu-d09", "vsu-d10"];
  for (const id of hanging) {
    b.actor(id, "developer", "Varsinais-Suomi");
    b.tie("vsu-d08", id, "collaboration");
  }
  const items: PlantedItem[] = [
    { id: "kainuu-funder", kind: "need", role: "funder", actors: kai.all },
    { id: "vsu-pendants-upskiller", kind: "need", role: "upskiller", actors: hanging },
  ];
  for (const id of isolated) {
    items.push({ id: `join-${id}`, kind: "join", anchor: "pir-d01", actors: [id] });
    items.push({ id: `${id}-funder`, kind: "need", role: "funder", actors: [id] });
    items.push({ id: `${id}-upskiller`, kind: "need", role: "upskiller", actors: [id] });
  }
  return {
    key: "decoy",
    data: b.data("Planted: dense decoy", "A healthy inward-looking cluster beside real gaps."),
    at: PLANTED_AT,
    features: [
      { name: "Kainuu reaches no funder", answer: "gaps", actors: kai.all, context: ["pir-d01", "pir-d03"] },
      { name: "two isolates", answer: "gaps", actors: isolated },
      {
        name: "vsu-d08 holds two developers without an upskiller",
        answer: "gaps",
        actors: hanging,
        context: ["vsu-d08"],
      },
    ],
    decoy: uus.all,
    items,
    witness: [
      ["eka-d01", pir.upskiller!],
      ["sat-d01", vsu.upskiller!],
      [kai.upskiller!, pir.funder!],
      ["vsu-d08", vsu.upskiller!],
    ],
  };
}

/**
 * (g) A ring of clusters: six regional clusters, each tied to the next by exactly one tie
 * (`<r>-d01` — `<next>-d03`, both trained developers), the last to the first. No actor and no tie is
 * a single point of failure (the ring holds when any one goes), so no single-point-of-failure gap may
 * be reported and no bridge actor may claim to cut anyone off; but paths around the ring are long
 * (low efficiency). Planted gap: Kainuu's cluster has an upskiller training all five developers and
 * no funder within 2 steps (the ring ties land on trained developers).
 */
export function ringOfClusters(): PlantedEcosystem {
  const b = new Builder();
  const prefixes = [
    ["uus", "Uusimaa"],
    ["pir", "Pirkanmaa"],
    ["kai", "Kainuu"],
    ["vsu", "Varsinais-Suomi"],
    ["ppo", "Pohjois-Pohjanmaa"],
    ["ksu", "Keski-Suomi"],
  ] as const;
  const clusters = prefixes.map(([prefix, region]) =>
    cluster(b, prefix, region, 5, { funder: prefix !== "kai" }),
  );
  for (let c = 0; c < prefixes.length; c++) {
    const next = prefixes[(c + 1) % prefixes.length]![0];
    b.tie(`${prefixes[c]![0]}-d01`, `${next}-d03`, "collaboration");
  }
  const kai = clusters[2]!;
  return {
    key: "ring",
    data: b.data("Planted: ring of clusters", "Six clusters tied in a ring, one without a funder."),
    at: PLANTED_AT,
    features: [
      { name: "Kainuu reaches no funder", answer: "gaps", actors: kai.all, context: ["pir-d01", "vsu-d03"] },
    ],
    items: [{ id: "kainuu-funder", kind: "need", role: "funder", actors: kai.all }],
    witness: [[kai.upskiller!, clusters[0]!.funder!]],
  };
}

/** The last day of the planted programme's funding. */
const ENDING_UNTIL = "2025-12-31";
const AFTER_ENDING = "2026-06-30";

/**
 * (h) Funding that ends soon: `f-prog` funds three developers whose only tie it is (`sat-d01`,
 * `kha-d01`, `pha-d01`) and three of Kainuu's four developers (its only funder), from 2022-01-01 to
 * 2025-12-31, six months after the analysis date 2025-06-30; it also exchanges information with
 * Uusimaa's upskiller (undated). At the analysis date every need is met; once the ties end the three
 * are isolated and Kainuu (four developers and their upskiller) reaches no funder. Found: a gap about
 * the ties ending that names those actors, among the top 3. The items are read at 2026-06-30.
 */
export function fundingEnds(): PlantedEcosystem {
  const b = new Builder();
  const dated: ClusterOptions = { extra: { since: "2021-01-01" } };
  const uus = cluster(b, "uus", "Uusimaa", 8, dated);
  const pir = cluster(b, "pir", "Pirkanmaa", 8, dated);
  for (const [x, y] of [
    ["uus-d02", "pir-d03"],
    ["uus-d07", "pir-d06"],
  ] as const)
    b.tie(x, y, "collaboration", { since: "2021-01-01" });
  const kai = cluster(b, "kai", "Kainuu", 4, { funder: false, extra: { since: "2021-06-01" } });
  for (const [x, y] of [
    ["kai-d02", "pir-d01"],
    ["kai-d04", "pir-d05"],
  ] as const)
    b.tie(x, y, "collaboration", { since: "2021-06-01" });
  const programme = b.actor("f-prog", "funder", "Uusimaa");
  const ending = { since: "2022-01-01", until: ENDING_UNTIL, amount: 80_000 };
  const spokes = ["sat-d01", "kha-d01", "pha-d01"].map((id, i) => {
    b.actor(id, "developer", ["Satakunta", "Kanta-Häme", "Päijät-Häme"][i]!);
    b.tie(programme, id, "funding", ending);
    return id;
  });
  for (const id of ["kai-d01", "kai-d02", "kai-d03"]) b.tie(programme, id, "funding", ending);
  b.tie(programme, uus.upskiller!, "information", { since: "2021-01-01" });
  const items: PlantedItem[] = [
    { id: "kainuu-funder", kind: "need", role: "funder", actors: kai.all, date: AFTER_ENDING },
  ];
  for (const id of spokes) {
    items.push({ id: `join-${id}`, kind: "join", anchor: "uus-d01", actors: [id], date: AFTER_ENDING });
    items.push({ id: `${id}-funder`, kind: "need", role: "funder", actors: [id], date: AFTER_ENDING });
    items.push({ id: `${id}-upskiller`, kind: "need", role: "upskiller", actors: [id], date: AFTER_ENDING });
  }
  return {
    key: "ending",
    data: b.data(
      "Planted: funding ends",
      "A programme's funding ties end six months after the analysis date.",
    ),
    at: PLANTED_AT,
    features: [
      {
        name: "f-prog's ties end",
        answer: "gaps",
        actors: [...spokes, ...kai.devs],
        context: [programme, ...kai.all],
      },
    ],
    items,
    witness: [
      ["sat-d01", uus.upskiller!],
      ["kha-d01", pir.upskiller!],
      ["pha-d01", uus.upskiller!],
      [kai.upskiller!, pir.funder!],
    ],
  };
}

/** The eight planted ecosystems, in the order of issue 13's list. */
export function plantedEcosystems(): PlantedEcosystem[] {
  return [
    regionalSilo(),
    oneBroker(),
    isolatesBeside(),
    starvedPeriphery(),
    hubAndSpoke(),
    denseDecoy(),
    ringOfClusters(),
    fundingEnds(),
  ];
}
