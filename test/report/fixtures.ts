// A small ecosystem for the report tests: 7 actors of the three built-in roles, labels with characters
// that must be escaped (`<script>`, `&`, `|`, quotes), one isolate, ties of four kinds.
import type { EcosystemData } from "../../src/model/schema.js";

export const HOSTILE_LABEL = `Fund & Co <script>window.__pwned = 1</script>`;

export function smallData(): EcosystemData {
  return {
    name: "Small | test <ecosystem>",
    actors: [
      { id: "f1", label: HOSTILE_LABEL, role: "funder", attributes: { region: "Uusimaa" } },
      { id: "d1", label: "Alpha Association", role: "developer", attributes: { region: "Uusimaa" } },
      { id: "d2", label: "Beta *Enterprise*", role: "developer", attributes: { region: "Uusimaa" } },
      { id: "d3", label: 'Gamma "Unit"', role: "developer", attributes: { region: "Lappi" } },
      { id: "d4", label: "Delta_Lab", role: "developer", attributes: { region: "Lappi" } },
      { id: "u1", label: "Skills | Lab", role: "upskiller", attributes: { region: "Lappi" } },
      { id: "d5", label: "Lonely Association", role: "developer", attributes: { region: "Kainuu" } },
    ],
    ties: [
      { source: "f1", target: "d1", kind: "funding", weight: 2 },
      { source: "f1", target: "d2", kind: "funding" },
      { source: "d1", target: "d2", kind: "collaboration" },
      { source: "d2", target: "d3", kind: "collaboration", weight: 3 },
      { source: "d3", target: "d4", kind: "collaboration" },
      { source: "u1", target: "d3", kind: "training" },
      { source: "u1", target: "d4", kind: "training" },
      { source: "u1", target: "d4", kind: "information", since: "2024-01-01" },
    ],
  };
}
