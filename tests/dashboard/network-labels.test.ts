import { placeLabels, type LabelCandidate } from '../../src/dashboard/network-labels';

const box = (id: string, x: number, y: number, width = 60): LabelCandidate => ({ id, text: id, x, y, radius: 4, width });
const options = { width: 400, height: 300, lineHeight: 16, density: 100 };

describe('label placement', () => {
  it('moves a label a line up or down when both sides of its node are taken', () => {
    // b's right side runs into a2's label, its left side into a's: it goes a line higher.
    const placed = placeLabels([box('a', 100, 100), box('a2', 180, 100), box('b', 175, 102), box('c', 100, 200)], options);
    expect(placed.map((b) => b.id)).toEqual(['a', 'a2', 'b', 'c']);
    const b = placed[2];
    expect(Math.abs(b.y + b.height / 2 - 102)).toBeGreaterThanOrEqual(8);
  });

  it('leaves out a label with no free place around its node', () => {
    const column = (x: number) => [70, 86, 102, 118, 134].map((y) => box(`${x}-${y}`, x, y));
    const placed = placeLabels([...column(100), ...column(180), box('b', 175, 102)], options);
    expect(placed.map((b) => b.id)).not.toContain('b');
    expect(placed).toHaveLength(10);
  });

  it('flips a label to the left near the right edge and pushes it in near the others', () => {
    const [right] = placeLabels([box('r', 390, 150)], options);
    expect(right.x + right.width).toBeLessThanOrEqual(400);
    expect(right.x).toBeLessThan(390);
    const [top] = placeLabels([box('t', 50, 1)], options);
    expect(top.y).toBeGreaterThanOrEqual(0);
    const [left] = placeLabels([box('l', 2, 290, 390)], options);
    expect(left.x).toBeGreaterThanOrEqual(0);
    expect(left.x + left.width).toBeLessThanOrEqual(400);
    expect(left.y + left.height).toBeLessThanOrEqual(300);
  });

  it('tries the other side before giving up, skips nodes off screen, and keeps to its density', () => {
    const placed = placeLabels([box('a', 100, 100), box('b', 170, 100), box('off', -20, 50)], options);
    expect(placed.map((b) => b.id)).toEqual(['a', 'b']);
    expect(placed[1].x).toBeGreaterThan(placed[0].x + placed[0].width - 1);
    const many = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 37) % 400, (i * 53) % 300, 20));
    expect(placeLabels(many, { ...options, density: 0.5 }).length).toBeLessThanOrEqual(6);
  });
});
