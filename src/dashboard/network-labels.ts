// Which labels to draw and where: the most connected nodes first, each label kept whole inside
// the canvas (flipped to the left of its node near the right edge, pushed in near the others)
// and never over another label. More labels appear as the reader zooms in, because there is
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
    const top = Math.min(Math.max(margin, c.y - o.lineHeight / 2), o.height - margin - o.lineHeight);
    const right = c.x + c.radius + 3;
    const left = c.x - c.radius - 3 - width;
    const clamp = (x: number) => Math.min(Math.max(margin, x), o.width - margin - width);
    const tries = right + width <= o.width - margin ? [right, left] : [left, right];
    for (const x of tries.map(clamp)) {
      const box = { id: c.id, text: c.text, x, y: top, width, height: o.lineHeight };
      if (!fits(box)) continue;
      placed.push(box);
      for (const k of cellsOf(box)) grid.set(k, [...(grid.get(k) ?? []), box]);
      break;
    }
  }
  return placed;
}
