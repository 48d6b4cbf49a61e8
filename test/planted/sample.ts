// The sample ecosystem as a planted ecosystem: the features docs/sample-ecosystem.md describes, the
// items ties can fix and a witness that fixes them.
import { sampleEcosystemData } from "../../src/datasets/sample-ecosystem.js";
import { developers, PLANTED_AT, type PlantedEcosystem } from "./builder.js";

/** Lappi's developers in the sample. */
export const SAMPLE_LAPPI = developers("lap", 1, 8);
/** The nine developers whose only tie is the sample's ESF+ funding. */
export const SAMPLE_ESF_PENDANTS = ["sat", "kha", "pha", "kym", "esa", "pka", "epo", "pom", "kpo"].map(
  (p) => `${p}-d01`,
);
/** Pohjois-Savo's side of `psa-u01` in the sample (docs/sample-ecosystem.md feature 3). */
export const SAMPLE_PSA_SIDE = [...developers("psa", 1, 8), "psa-f01"];

/**
 * The sample ecosystem (docs/sample-ecosystem.md) with the features its page describes. Items: the
 * Lappi silo's two missing roles and its hanging on the `lap-d01 — ppo-d05` tie; Pohjois-Savo's
 * hanging on `psa-u01`; the isolates and the Kainuu trio joined, with their needs; read at 2025-06-30.
 * The witness closes several items per tie where one tie can: a tie from Lappi to Pohjois-Savo's
 * funder brings Lappi a funder and bypasses both the Lappi tie and `psa-u01`, so five ties close all.
 */
export function sample(): PlantedEcosystem {
  const lapHub = "lap-d01";
  return {
    key: "sample",
    data: sampleEcosystemData(),
    at: PLANTED_AT,
    features: [
      { name: "Lappi silo", answer: "gaps", actors: SAMPLE_LAPPI, context: ["ppo-d05"] },
      {
        name: "isolates and the Kainuu trio",
        answer: "gaps",
        actors: ["eka-d01", "sat-u01", "kai-d01", "kai-d02", "kai-f01"],
      },
      { name: "f-esf hub (gaps)", answer: "gaps", actors: ["f-esf"], context: SAMPLE_ESF_PENDANTS },
      { name: "psa-u01 (bridge actors)", answer: "bridges", actors: ["psa-u01"] },
      { name: "f-esf (bridge actors)", answer: "bridges", actors: ["f-esf"] },
    ],
    items: [
      { id: "lappi-funder", kind: "need", role: "funder", actors: SAMPLE_LAPPI },
      { id: "lappi-upskiller", kind: "need", role: "upskiller", actors: SAMPLE_LAPPI },
      {
        id: "lappi-bypass",
        kind: "unhang",
        pivot: [lapHub, "ppo-d05"],
        anchor: "ppo-d01",
        actors: SAMPLE_LAPPI,
      },
      { id: "bypass-psa-u01", kind: "unhang", pivot: "psa-u01", anchor: "ksu-d01", actors: SAMPLE_PSA_SIDE },
      { id: "join-eka-d01", kind: "join", anchor: "u-competence", actors: ["eka-d01"] },
      { id: "eka-d01-funder", kind: "need", role: "funder", actors: ["eka-d01"] },
      { id: "eka-d01-upskiller", kind: "need", role: "upskiller", actors: ["eka-d01"] },
      { id: "join-sat-u01", kind: "join", anchor: "u-competence", actors: ["sat-u01"] },
      { id: "sat-u01-developer", kind: "need", role: "developer", actors: ["sat-u01"] },
      { id: "sat-u01-funder", kind: "need", role: "funder", actors: ["sat-u01"] },
      { id: "join-kainuu", kind: "join", anchor: "u-competence", actors: ["kai-d01", "kai-d02", "kai-f01"] },
      { id: "kainuu-upskiller", kind: "need", role: "upskiller", actors: ["kai-d01", "kai-d02"] },
    ],
    witness: [
      ["eka-d01", "uus-u01"],
      ["sat-u01", "pir-d04"],
      ["lap-d05", "psa-f01"],
      ["kai-d01", "uus-u01"],
      ["lap-d05", "ppo-u01"],
    ],
  };
}
