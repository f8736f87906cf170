// An official who moves to another province is two people in the graph until someone says they
// are one: people are keyed by the place of office, because two namesakes in two provinces are far
// more common than a transfer. This module only *suggests* pairs, with the reasons a reviewer needs
// to decide; it never merges. Names must match letter for letter (Hùng is not Hưng).
import { nameKey } from '../text';
import type { TenureBounds } from './bounds';

export interface CareerTenure {
  title: string;
  /** Province of the body, null for a central body. */
  province: string | null;
  bounds: Pick<TenureBounds, 'start' | 'end'>;
  /** True when the sources call the title "nguyên" (former). */
  former: boolean;
}

export interface CandidatePerson {
  id: string;
  name: string;
  /** Province of office from the id, null when unplaced or central. */
  province: string | null;
  tenures: CareerTenure[];
  /** Provinces that transfer events name as where this person was moved to or from. */
  transferProvinces: string[];
}

export interface MergeCandidate {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

/** A pair's key, the same whichever way round it is written. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

// What the sources show of a tenure; an unknown end is the last sighting, not "until today".
const span = (t: CareerTenure) => ({ from: t.bounds.start ?? '0000-00-00', to: t.bounds.end ?? t.bounds.start ?? '9999-12-31' });

/** Local posts in two provinces at overlapping times: one person cannot have held both. */
function overlapping(a: CandidatePerson, b: CandidatePerson): [CareerTenure, CareerTenure] | null {
  for (const x of a.tenures) {
    if (!x.province || x.former) continue;
    for (const y of b.tenures) {
      if (!y.province || y.former || y.province === x.province) continue;
      const sx = span(x), sy = span(y);
      if (sx.from <= sy.to && sy.from <= sx.to) return [x, y];
    }
  }
  return null;
}

function lastLocal(p: CandidatePerson): string | null {
  const ends = p.tenures.filter((t) => t.province).map((t) => span(t).to).filter((d) => d !== '9999-12-31');
  return ends.length ? ends.sort().at(-1)! : null;
}

function firstLocal(p: CandidatePerson): string | null {
  const starts = p.tenures.filter((t) => t.province).map((t) => t.bounds.start).filter((d): d is string => !!d);
  return starts.length ? starts.sort()[0] : null;
}

const where = (p: CandidatePerson) => p.province ?? 'an unplaced article';

function assess(a: CandidatePerson, b: CandidatePerson): MergeCandidate | null {
  if (overlapping(a, b)) return null;
  const reasons = [`same name, letter for letter: ${a.name} (${where(a)}) and ${b.name} (${where(b)})`];
  let score = 0.4;
  if (!a.province || !b.province) {
    score += 0.1;
    reasons.push('one of them is from an article that does not say where they serve');
  }
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (y.province && x.transferProvinces.includes(y.province)) {
      score += 0.3;
      reasons.push(`a transfer event of ${x.id} names ${y.province}`);
    }
  }
  // Careers that follow each other: one is last seen in a province before the other is first seen.
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const left = lastLocal(x);
    const arrived = firstLocal(y);
    if (left && arrived && left <= arrived && x.province !== y.province) {
      score += x.tenures.some((t) => t.former) ? 0.2 : 0.1;
      reasons.push(`${x.id} is last seen in office on ${left}, ${y.id} first seen on ${arrived}${x.tenures.some((t) => t.former) ? ', and a "nguyên" (former) title ends the first' : ''}`);
      break;
    }
  }
  return { a: a.id < b.id ? a.id : b.id, b: a.id < b.id ? b.id : a.id, score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

/**
 * Pairs of people who may be one, best first. `decided` holds pairs a reviewer already ruled on
 * (as `pairKey`), which are never suggested again.
 */
export function mergeCandidates(people: CandidatePerson[], decided: ReadonlySet<string> = new Set()): MergeCandidate[] {
  const byName = new Map<string, CandidatePerson[]>();
  for (const p of people) {
    const k = nameKey(p.name);
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  const out: MergeCandidate[] = [];
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.id === b.id || decided.has(pairKey(a.id, b.id))) continue;
        if (a.province && a.province === b.province) continue; // one place, one person: the store already joins them
        const c = assess(a, b);
        if (c) out.push(c);
      }
  }
  return out.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
