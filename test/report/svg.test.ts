// toSvg: the layout is graphology-layout-forceatlas2 0.10.1 (seeded initial positions); these tests
// check the picture's content and determinism, not positions (no reference values are involved).
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { toSvg } from "../../src/report/svg.js";
import { actorsOf, deepFreeze } from "../helpers.js";
import { HOSTILE_LABEL, smallData } from "./fixtures.js";

const triangle = {
  actors: [
    { id: "a", role: "developer" },
    { id: "b", role: "developer" },
    { id: "c", role: "funder" },
  ],
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
    { source: "a", target: "c", kind: "funding" },
  ],
};

const path = {
  actors: actorsOf(["a", "b", "c"]),
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
  ],
};

function count(svg: string, pattern: RegExp): number {
  return svg.match(pattern)?.length ?? 0;
}

function radii(svg: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of svg.matchAll(/<circle class="actor" data-id="([^"]*)"[^>]* r="([\d.]+)"/g))
    found.set(match[1]!, Number(match[2]));
  return found;
}

describe("toSvg", () => {
  it("draws one circle per actor (the documented example)", () => {
    const svg = toSvg(createEcosystem(triangle), { bridgeActors: 0 });
    expect(svg.match(/<circle class="actor"/g)!.length).toBe(3);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("draws each tied pair once, whatever the number of parallel ties", () => {
    const svg = toSvg(createEcosystem(smallData()), { bridgeActors: 0 });
    // 8 ties, 7 tied pairs (u1–d4 twice)
    const ties = svg.slice(
      svg.indexOf('<g class="ties"'),
      svg.indexOf("</g>", svg.indexOf('<g class="ties"')),
    );
    expect(count(ties, /<line /g)).toBe(7);
  });

  it("is byte-identical for the same seed and differs for another seed", () => {
    const eco = createEcosystem(smallData());
    expect(toSvg(eco)).toBe(toSvg(createEcosystem(smallData())));
    expect(toSvg(eco, { seed: 2 })).not.toBe(toSvg(eco));
  });

  it("escapes labels and titles for XML", () => {
    const svg = toSvg(createEcosystem(smallData()), { labels: 7, title: `a & b <c>` });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("Fund &amp; Co &lt;script&gt;");
    expect(svg).toContain("Gamma &quot;Unit&quot;");
    expect(svg).toContain('<title id="ecoweave-title">a &amp; b &lt;c&gt;</title>');
  });

  it("replaces characters XML forbids", () => {
    const data = smallData();
    data.actors[1]!.label = "bad\u0001char";
    const svg = toSvg(createEcosystem(data), { labels: 7 });
    expect(svg).not.toContain("\u0001");
    expect(svg).toContain("bad\ufffdchar");
  });

  it("rings the given bridge actors and every cut vertex", () => {
    const svg = toSvg(createEcosystem(path), { bridgeActors: ["a"] });
    expect(count(svg, /class="ring-bridge"/g)).toBe(1);
    // b is the only cut vertex of the path a – b – c
    expect(count(svg, /class="ring-cut-vertex"/g)).toBe(1);
    expect(svg).toMatch(/<circle class="actor" data-id="b"[^>]*><title>b \(developer; cut vertex\)<\/title>/);
    expect(
      count(toSvg(createEcosystem(path), { bridgeActors: 0, cutVertices: false }), /class="ring-/g),
    ).toBe(0);
  });

  it("rings the top bridge actors of findBridgeActors by default", () => {
    const svg = toSvg(createEcosystem(smallData()), { bridgeActors: 2 });
    expect(count(svg, /class="ring-bridge"/g)).toBe(2);
  });

  it("draws suggested ties dashed, with a legend entry", () => {
    const svg = toSvg(createEcosystem(smallData()), {
      suggestions: [
        { source: "d5", target: "d1" },
        { source: "u1", target: "f1" },
      ],
    });
    const group = svg.slice(svg.indexOf('<g class="suggestions"'), svg.indexOf('<g class="actors"'));
    expect(group).toContain('stroke-dasharray="6 4"');
    expect(count(group, /<line /g)).toBe(2);
    expect(svg).toContain("suggested tie</text>");
  });

  it("refuses a suggested tie or bridge actor that is not an actor", () => {
    const eco = createEcosystem(smallData());
    expect(() => toSvg(eco, { suggestions: [{ source: "d1", target: "zz" }] })).toThrow(
      expect.objectContaining({
        code: "invalid_option",
        message: expect.stringContaining("suggestions[0].target"),
      }),
    );
    expect(() => toSvg(eco, { bridgeActors: ["nope"] })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("sizes actors by degree from 3 to 14 pixels, or all 6 with sizeBy none", () => {
    const eco = createEcosystem(smallData());
    const byDegree = radii(toSvg(eco, { bridgeActors: 0 }));
    expect(byDegree.get("d5")).toBe(3); // the isolate: degree 0
    expect(Math.max(...byDegree.values())).toBe(14); // d2, d3 with 3 contacts
    expect(byDegree.get("d2")).toBe(14);
    const none = radii(toSvg(eco, { bridgeActors: 0, sizeBy: "none" }));
    expect([...none.values()].every((r) => r === 6)).toBe(true);
    const between = radii(toSvg(eco, { bridgeActors: 0, sizeBy: "betweenness" }));
    // d2 and d3 each lie on every shortest path between their two sides, 2 · 3 = 6 pairs (by hand):
    // the largest betweenness
    expect(between.get("d2")).toBe(14);
    expect(between.get("d3")).toBe(14);
    expect(between.get("f1")).toBe(3);
    expect(between.get("d5")).toBe(3);
  });

  it("labels the largest actors, as many as asked", () => {
    const svg = toSvg(createEcosystem(smallData()), { labels: 2, bridgeActors: 0 });
    const start = svg.indexOf('<g class="labels"');
    const labels = svg.slice(start, svg.indexOf("</g>", start));
    expect(count(labels, /<text /g)).toBe(2);
    // the two with 3 contacts, ties by id: d2 then d3
    expect(labels).toContain("Beta *Enterprise*");
    expect(labels).toContain("Gamma &quot;Unit&quot;");
  });

  it("leaves out a label that would overlap a larger actor's on every side, and tags labels with data-id", () => {
    // a star of 40 leaves: every leaf has one contact, so the hub is labelled first, then leaves by id;
    // the leaves crowd around the hub and only some of their labels fit
    const data = {
      actors: [
        { id: "hub", role: "funder" },
        ...Array.from({ length: 40 }, (_, k) => ({
          id: `leaf${String(k).padStart(2, "0")}`,
          role: "developer",
        })),
      ],
      ties: Array.from({ length: 40 }, (_, k) => ({
        source: "hub",
        target: `leaf${String(k).padStart(2, "0")}`,
        kind: "collaboration",
      })),
    };
    const svg = toSvg(createEcosystem(data), {
      labels: 41,
      width: 300,
      height: 300,
      bridgeActors: 0,
      legend: false,
    });
    const start = svg.indexOf('<g class="labels"');
    const labels = [
      ...svg
        .slice(start, svg.indexOf("</g>", start))
        .matchAll(/<text data-id="([^"]+)" x="([\d.-]+)" y="([\d.-]+)">([^<]*)<\/text>/g),
    ];
    expect(labels[0]![1]).toBe("hub");
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(41);
    // boxes as the picture estimates them (7 px a character, 14 px high, baseline at 3/4): apart
    const boxes = labels.map(([, , x, y, text]) => {
      const left = Number(x);
      const top = Number(y) - 10.5;
      return [left, top, left + 7 * text!.length, top + 14] as const;
    });
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const [l1, t1, r1, b1] = boxes[a]!;
        const [l2, t2, r2, b2] = boxes[b]!;
        expect(Math.min(r1, r2) - Math.max(l1, l2) <= 0.2 || Math.min(b1, b2) - Math.max(t1, t2) <= 0.2).toBe(
          true,
        );
      }
    }
  });

  it("follows width, height and the legend option", () => {
    const svg = toSvg(createEcosystem(triangle), { width: 400, height: 300, legend: false, bridgeActors: 0 });
    expect(svg).toContain('width="400" height="300" viewBox="0 0 400 300"');
    expect(svg).not.toContain('class="legend"');
    for (const match of svg.matchAll(/cx="([\d.-]+)" cy="([\d.-]+)"/g)) {
      expect(Number(match[1])).toBeGreaterThanOrEqual(0);
      expect(Number(match[1])).toBeLessThanOrEqual(400);
      expect(Number(match[2])).toBeGreaterThanOrEqual(0);
      expect(Number(match[2])).toBeLessThanOrEqual(300);
    }
  });

  it("counts only the ties of the view options", () => {
    const svg = toSvg(createEcosystem(smallData()), { kinds: ["funding"], bridgeActors: 0 });
    const ties = svg.slice(
      svg.indexOf('<g class="ties"'),
      svg.indexOf("</g>", svg.indexOf('<g class="ties"')),
    );
    expect(count(ties, /<line /g)).toBe(2);
  });

  it("draws an empty ecosystem as a legend without actors", () => {
    const svg = toSvg(createEcosystem({ actors: [], ties: [] }));
    expect(count(svg, /class="actor"/g)).toBe(0);
    expect(svg).toContain('class="legend"');
  });

  it("puts a single actor inside the picture", () => {
    const svg = toSvg(createEcosystem({ actors: [{ id: "a", role: "funder" }], ties: [] }));
    expect(svg).toMatch(/<circle class="actor" data-id="a" cx="[\d.]+" cy="[\d.]+" r="6"/);
  });

  it("makes circles focusable on request", () => {
    expect(
      count(toSvg(createEcosystem(triangle), { focusable: true, bridgeActors: 0 }), /tabindex="0"/g),
    ).toBe(3);
  });

  it.each([
    [{ width: 50 }],
    [{ height: Number.NaN }],
    [{ iterations: 0 }],
    [{ labels: -1 }],
    [{ sizeBy: "size" as "degree" }],
    [{ bridgeActors: 1.5 }],
    [{ idPrefix: "1bad" }],
    [{ seed: Number.POSITIVE_INFINITY }],
  ])("refuses the option %o", (options) => {
    expect(() => toSvg(createEcosystem(triangle), options)).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("refuses the directed view", () => {
    expect(() => toSvg(createEcosystem(triangle), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("leaves its input unchanged", () => {
    const data = deepFreeze(smallData());
    const eco = createEcosystem(data);
    const before = JSON.stringify(eco.export());
    toSvg(eco, { suggestions: [{ source: "d5", target: "d1" }] });
    expect(JSON.stringify(eco.export())).toBe(before);
    expect(HOSTILE_LABEL).toContain("<script>");
  });
});
