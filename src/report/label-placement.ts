/**
 * Where the picture's labels go: each label beside its actor, on the first side where it overlaps no
 * label placed before it, or nowhere.
 *
 * @packageDocumentation
 */

/** A label to place: the centre and radius of its actor's circle, and the label's size in pixels. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly width: number;
  readonly height: number;
}

/** A placed label: its text anchor at (x, y) (left end of the baseline), with its box. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The label's box for each side of its circle, in the order tried: right, left, above, below. */
function candidates(label: LabelRequest): PlacedLabel[] {
  const gap = 3;
  const half = label.height / 2;
  const boxes: [left: number, top: number][] = [
    [label.x + label.radius + gap, label.y - half],
    [label.x - label.radius - gap - label.width, label.y - half],
    [label.x - label.width / 2, label.y - label.radius - gap - label.height],
    [label.x - label.width / 2, label.y + label.radius + gap],
  ];
  // The baseline sits a quarter of the height above the box's bottom, where descenders go.
  return boxes.map(([left, top]) => ({
    x: left,
    y: top + label.height * 0.75,
    left,
    top,
    right: left + label.width,
    bottom: top + label.height,
  }));
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places labels greedily in the order given (most important first): each takes the first of the four
 * sides of its circle (right, left, above, below) whose box stays inside `bounds` and overlaps no box
 * placed before; a label with no such side is left out (`null`), its actor still named by its tooltip.
 * Deterministic. Time complexity: O(k²) for k labels, which are few (the `labels` option of `toSvg`).
 *
 * @param labels - the labels to place, most important first.
 * @param bounds - the area the boxes must stay inside.
 * @returns for each label, its placement or `null`.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  bounds: { readonly width: number; readonly height: number },
): (PlacedLabel | null)[] {
  const placed: PlacedLabel[] = [];
  return labels.map((label) => {
    for (const box of candidates(label)) {
      if (box.left < 0 || box.top < 0 || box.right > bounds.width || box.bottom > bounds.height) continue;
      let free = true;
      for (const other of placed) {
        if (overlaps(box, other)) {
          free = false;
          break;
        }
      }
      if (free) {
        placed.push(box);
        return box;
      }
    }
    return null;
  });
}
