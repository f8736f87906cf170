// Which labels to draw and where: the most connected nodes first, each label kept whole inside
// the canvas (flipped to the left of its node near the right edge, pushed in near the others, moved
// a line up or down or above the node in a tight cluster) and never over another label. More labels appear as the reader zooms in, because there is
// room for more. Pure: positions in, boxes out.

export interface LabelCandidate {
  id: string;
  text: string;
  /** Position and radius of the node on screen, in CSS pixels. */
  x: number;
  y: number;
  radius: number;
  width: number;
}

export interface LabelBox {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  /** Height of a label's box (the font size and a little air). */
  lineHeight: number;
  margin?: number;
  /** At most this many labels per 10,000 square pixels, so even a sparse view is not a wall of text. */
  density?: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** `candidates` come most important first. */
export function placeLabels(candidates: Iterable<LabelCandidate>, o: LabelOptions): LabelBox[] {
  const margin = o.margin ?? 2;
  const max = Math.max(1, Math.floor(((o.width * o.height) / 10_000) * (o.density ?? 1.2)));
  const cell = 64;
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (b: LabelBox) => {
    const out: string[] = [];
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.width) / cell); cx++) {
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.height) / cell); cy++) out.push(`${cx},${cy}`);
    }
    return out;
  };
  const fits = (b: LabelBox) => cellsOf(b).every((c) => !(grid.get(c) ?? []).some((other) => overlaps(b, other)));
  const placed: LabelBox[] = [];
  for (const c of candidates) {
    if (placed.length >= max) break;
    if (c.x < 0 || c.y < 0 || c.x > o.width || c.y > o.height) continue; // node off screen
    const width = Math.min(c.width, o.width - 2 * margin);
    const h = o.lineHeight;
    const right = c.x + c.radius + 3;
    const left = c.x - c.radius - 3 - width;
    const sides = right + width <= o.width - margin ? [right, left] : [left, right];
    // Beside the node first; in a tight cluster, a line higher or lower, or centred above or below it.
    const tries: Array<[number, number]> = [
      ...sides.map((x): [number, number] => [x, c.y - h / 2]),
      ...sides.flatMap((x): Array<[number, number]> => [[x, c.y - h * 1.5], [x, c.y + h / 2]]),
      [c.x - width / 2, c.y - c.radius - 2 - h],
      [c.x - width / 2, c.y + c.radius + 2],
    ];
    const clampX = (x: number) => Math.min(Math.max(margin, x), o.width - margin - width);
    const clampY = (y: number) => Math.min(Math.max(margin, y), o.height - margin - h);
    for (const [x, y] of tries.map(([x, y]) => [clampX(x), clampY(y)])) {
      const box = { id: c.id, text: c.text, x, y, width, height: h };
      if (!fits(box)) continue;
      placed.push(box);
      for (const k of cellsOf(box)) grid.set(k, [...(grid.get(k) ?? []), box]);
      break;
    }
  }
  return placed;
}
