// placeLabels: no two placed boxes overlap, every box stays inside the bounds, a label that is free on
// the right goes right, and one hemmed in on all four sides is left out.
import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/internal/rng.js";
import { type LabelRequest, type PlacedLabel, placeLabels } from "../../src/report/label-placement.js";

function intersect(a: PlacedLabel, b: PlacedLabel): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0;
}

describe("placeLabels", () => {
  it("puts a lone label to the right of its circle, its baseline in its box", () => {
    const [place] = placeLabels([{ x: 100, y: 100, radius: 5, width: 40, height: 14 }], {
      width: 400,
      height: 400,
    });
    expect(place).toEqual({ x: 108, y: 103.5, left: 108, top: 93, right: 148, bottom: 107 });
  });

  it("moves a label that would cover an earlier one to the next free side, in the order right, left, above, below", () => {
    const size = { radius: 4, width: 50, height: 14 };
    const [first, second, third] = placeLabels(
      [
        { x: 100, y: 100, ...size },
        // its right side would cover the first label; its left side is free
        { x: 90, y: 100, ...size },
        { x: 95, y: 100, ...size },
      ],
      { width: 400, height: 400 },
    );
    expect(first!.left).toBe(107);
    expect(second!.right).toBe(83);
    // right and left are taken: above
    expect(third!.bottom).toBe(93);
  });

  it("leaves out a label with no free side, and one that fits only outside the bounds", () => {
    const boxed = placeLabels(
      [
        { x: 50, y: 50, radius: 2, width: 30, height: 10 },
        { x: 50, y: 50, radius: 2, width: 30, height: 10 },
        { x: 50, y: 50, radius: 2, width: 30, height: 10 },
        { x: 50, y: 50, radius: 2, width: 30, height: 10 },
        { x: 50, y: 50, radius: 2, width: 30, height: 10 },
      ],
      { width: 200, height: 200 },
    );
    expect(boxed.slice(0, 4).every((place) => place !== null)).toBe(true);
    expect(boxed[4]).toBeNull();
    expect(
      placeLabels([{ x: 5, y: 5, radius: 3, width: 500, height: 10 }], { width: 100, height: 100 }),
    ).toEqual([null]);
  });

  it("never lets two placed labels overlap, in crowded random scenes", () => {
    const random = createRandom(7);
    for (let scene = 0; scene < 20; scene++) {
      const labels: LabelRequest[] = Array.from({ length: 60 }, () => ({
        x: 40 + random() * 220,
        y: 40 + random() * 220,
        radius: 3 + random() * 11,
        width: 20 + random() * 150,
        height: 14,
      }));
      const places = placeLabels(labels, { width: 300, height: 300 });
      const placed = places.filter((place): place is PlacedLabel => place !== null);
      expect(placed.length).toBeGreaterThan(3);
      expect(placed.length).toBeLessThan(60);
      for (let a = 0; a < placed.length; a++) {
        const box = placed[a]!;
        expect(box.left >= 0 && box.top >= 0 && box.right <= 300 && box.bottom <= 300).toBe(true);
        for (let b = a + 1; b < placed.length; b++) expect(intersect(box, placed[b]!)).toBe(false);
      }
      // the most important label is always placed when it fits on some side
      expect(places[0]).not.toBeNull();
    }
  });
});
