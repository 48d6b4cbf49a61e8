// snapshot and timeline: the date rule on a hand-made document, the sample ecosystem's planted change
// over time (docs/sample-ecosystem.md, feature 5), and agreement with the functions each figure names.
import { describe, expect, it } from "vitest";
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { components } from "../../src/metrics/components.js";
import { globalEfficiency } from "../../src/metrics/efficiency.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../../src/model/errors.js";
import { getView } from "../../src/model/view-cache.js";
import { snapshot, TIMELINE_SEVERITY_BANDS, timeline } from "../../src/scenario/snapshot.js";
import { actorsOf } from "../helpers.js";

const dated = {
  name: "dated",
  actors: actorsOf(["a", "b", "c", "d"]),
  ties: [
    { source: "a", target: "b", kind: "collaboration", since: "2022-01-01", until: "2022-12-31" },
    { source: "b", target: "c", kind: "collaboration", since: "2023-01-01" },
    { source: "c", target: "a", kind: "information", until: "2022-06-30" },
    { source: "a", target: "d", kind: "information" },
  ],
};

const sample = sampleEcosystem();

describe("snapshot", () => {
  it("keeps every actor and the ties active on the date, bounds included", () => {
    const kept = (at: string) =>
      toEcosystemData(snapshot(createEcosystem(dated), at)).ties.map((t) => `${t.source}${t.target}`);
    expect(kept("2021-06-01")).toEqual(["ca", "ad"]);
    expect(kept("2022-01-01")).toEqual(["ab", "ca", "ad"]);
    expect(kept("2022-06-30")).toEqual(["ab", "ca", "ad"]);
    expect(kept("2022-07-01")).toEqual(["ab", "ad"]);
    expect(kept("2022-12-31")).toEqual(["ab", "ad"]);
    expect(kept("2023-01-01")).toEqual(["bc", "ad"]);
    expect(snapshot(createEcosystem(dated), "2021-06-01").order).toBe(4);
  });

  it("gives the same view as the option at", () => {
    const at = "2023-03-15";
    const a = getView(snapshot(sample, at));
    const b = getView(sample, { at });
    expect([a.ids, a.offsets, a.targets, a.weights]).toEqual([b.ids, b.offsets, b.targets, b.weights]);
  });

  it("drops the Ministry of Work's funding after 2023 (the doc example)", () => {
    expect(snapshot(sample, "2023-06-30").outDegree("f-min-work")).toBe(4);
    expect(snapshot(sample, "2024-06-30").outDegree("f-min-work")).toBe(0);
  });

  it("leaves its input unchanged and keeps the document's name", () => {
    const eco = createEcosystem(dated);
    const before = eco.export();
    const shot = snapshot(eco, "2022-03-01");
    expect(eco.export()).toEqual(before);
    expect(shot.getAttribute("name")).toBe("dated");
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => snapshot(sample, "2024-02-30")).toThrow(InvalidOptionError);
    expect(() => snapshot(sample, "30.6.2024")).toThrow(InvalidOptionError);
  });
});

describe("timeline", () => {
  it("shows Varsinais-Suomi joining the main component through the 2024 peer-learning circle (the doc example)", () => {
    const points = timeline(sample, { dates: ["2022-06-30", "2025-06-30"] });
    expect(points.map((point) => point.components)).toEqual([6, 4]);
    // docs/sample-ecosystem.md: main component 97 of 115 actors in mid-2022, 110 in mid-2025.
    expect(points.map((point) => point.largestComponentShare)).toEqual([97 / 115, 110 / 115]);
    expect(points[1]!.globalEfficiency).toBeGreaterThan(points[0]!.globalEfficiency);
  });

  it("follows the planted change year by year, the circle joining between mid-2024 and mid-2025", () => {
    const points = timeline(sample, { from: "2022-06-30", to: "2025-06-30" });
    expect(points.map((point) => point.date)).toEqual([
      "2022-06-30",
      "2023-06-30",
      "2024-06-30",
      "2025-06-30",
    ]);
    const ties = points.map((point) => point.ties);
    expect(ties).toEqual(points.map((point) => getView(sample, { at: point.date }).tieCount));
    expect(points[2]!.components).toBeGreaterThan(points[3]!.components);
  });

  it("reports each figure as the function it names, with at set", () => {
    const [point] = timeline(sample, { dates: ["2023-06-30"] });
    const at = "2023-06-30";
    const parts = components(sample, { at });
    const gaps = findStructuralGaps(sample, { at });
    const view = getView(sample, { at });
    const active = view.ids.filter((_, i) => view.offsets[i + 1]! > view.offsets[i]!).length;
    expect(point).toEqual({
      date: at,
      actors: active,
      ties: view.tieCount,
      components: parts.count,
      largestComponentShare: parts.sizes[0]! / sample.order,
      globalEfficiency: globalEfficiency(sample, { at }),
      stage: diagnoseStage(sample, { at }).stage,
      gaps: {
        count: gaps.length,
        maxSeverity: Math.max(...gaps.map((gap) => gap.severity)),
        bySeverity: {
          high: gaps.filter((gap) => gap.severity >= TIMELINE_SEVERITY_BANDS.high).length,
          medium: gaps.filter(
            (gap) =>
              gap.severity >= TIMELINE_SEVERITY_BANDS.medium && gap.severity < TIMELINE_SEVERITY_BANDS.high,
          ).length,
          low: gaps.filter((gap) => gap.severity < TIMELINE_SEVERITY_BANDS.medium).length,
        },
      },
    });
    expect(point!.actors).toBeLessThan(sample.order);
  });

  it("steps by quarter and by month, keeping the day or the month's last day", () => {
    const eco = createEcosystem(dated);
    expect(timeline(eco, { from: "2022-01-31", to: "2022-05-15", step: "month" }).map((p) => p.date)).toEqual(
      ["2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30"],
    );
    expect(
      timeline(eco, { from: "2023-11-30", to: "2024-06-01", step: "quarter" }).map((p) => p.date),
    ).toEqual(["2023-11-30", "2024-02-29", "2024-05-30"]);
    expect(timeline(eco, { from: "2024-02-29", to: "2025-03-01" }).map((p) => p.date)).toEqual([
      "2024-02-29",
      "2025-02-28",
    ]);
  });

  it("counts the actors with an active tie, the ties, and the gaps on the hand-made document", () => {
    const [early, late] = timeline(createEcosystem(dated), { dates: ["2021-06-01", "2023-06-01"] });
    expect(early).toMatchObject({ actors: 3, ties: 2, components: 2, largestComponentShare: 3 / 4 });
    expect(late).toMatchObject({ actors: 4, ties: 2, components: 2, largestComponentShare: 2 / 4 });
    expect(early!.gaps.count).toBe(
      early!.gaps.bySeverity.high + early!.gaps.bySeverity.medium + early!.gaps.bySeverity.low,
    );
  });

  it("reports listed dates in the order given, and a null stage below 3 actors", () => {
    expect(timeline(sample, { dates: ["2025-01-01", "2022-01-01"] }).map((p) => p.date)).toEqual([
      "2025-01-01",
      "2022-01-01",
    ]);
    const pair = createEcosystem({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ],
      ties: [{ source: "b", target: "a", kind: "funding" }],
    });
    expect(timeline(pair, { dates: ["2024-01-01"] })[0]!.stage).toBeNull();
  });

  it("samples efficiency when asked, from seeded sources", () => {
    const a = timeline(sample, { dates: ["2024-06-30"] }, { efficiencySources: 40, seed: 3 });
    const b = timeline(sample, { dates: ["2024-06-30"] }, { efficiencySources: 40, seed: 3 });
    expect(a).toEqual(b);
    expect(a[0]!.globalEfficiency).toBe(globalEfficiency(sample, { at: "2024-06-30", sources: 40, seed: 3 }));
  });

  it("leaves its input unchanged", () => {
    const before = sample.export();
    timeline(sample, { from: "2021-01-01", to: "2022-01-01" });
    expect(sample.export()).toEqual(before);
  });

  it.each([
    [{ from: "2024-01-01", to: "2023-01-01" }, {}, InvalidOptionError],
    [{ from: "2024-01-01", to: "2024-13-01" }, {}, InvalidOptionError],
    [{ from: "2024-01-01", to: "2025-01-01", step: "week" }, {}, InvalidOptionError],
    [{ dates: ["2024-01-01", "soon"] }, {}, InvalidOptionError],
    [{ dates: ["2024-01-01"] }, { efficiencySources: 1 }, InvalidOptionError],
    [{ dates: ["2024-01-01"] }, { directed: true }, NotApplicableError],
  ] as const)("refuses %o with %o", (dates, options, error) => {
    expect(() => timeline(sample, dates as never, options as never)).toThrow(error);
  });
});
