/**
 * The performance targets of the weaving, scenario and report answers, as extra sizes of the cases
 * their own files declare (bench/cases/weave.ts, scenario.ts, report.ts), so their rows land in those
 * groups' tables next to the standard sizes:
 *
 * - suggestConnections on 2 000 actors under 2 s, and on 10 000 actors / 50 000 ties under 15 s;
 * - planWeaving with budget 10 on 2 000 actors under 15 s;
 * - simulateRemoval, 100 non-adaptive degree steps, on 10 000 actors / 50 000 ties under 10 s;
 * - timeline of 5 dates on 10 000 actors / 50 000 ties under 10 s;
 * - analyzeEcosystem on 10 000 actors / 50 000 ties under 60 s.
 *
 * The measure and answer targets live in their own cases (bench/cases/metrics.ts, answers.ts).
 */
import type { BenchCase } from "../harness.js";

export const cases: readonly BenchCase[] = [];

export const extraSizes: Readonly<Record<string, readonly string[]>> = Object.freeze({
  suggestConnections: ["2k", "10k/50k"],
  "planWeaving (budget 10)": ["2k"],
  "simulateRemoval degree 100 steps": ["10k/50k"],
  "timeline 5 dates": ["10k/50k"],
  analyzeEcosystem: ["10k/50k"],
});
