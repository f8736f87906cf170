// A small seeded generator (mulberry32): the same seed gives the same corpus on every machine.
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    const copy = xs.slice();
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

/** A sub-seed for item i, so that item i does not depend on how many came before it. */
export const subSeed = (seed: number, i: number) => (Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) + Math.imul(i + 1, 0x27d4eb2f)) >>> 0;

/** k distinct indices below n, without copying the list they index (k is small, n may be large). */
export function distinctIndices(rng: Rng, n: number, k: number): number[] {
  const out: number[] = [];
  if (k >= n) {
    for (let i = 0; i < n; i++) out.push(i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  while (out.length < k) {
    const i = Math.floor(rng.next() * n);
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
