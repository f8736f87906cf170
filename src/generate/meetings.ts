import { distinctIndices, Rng, subSeed } from './prng';
import type { Group, Official, Population } from './population';

// Meetings of the synthetic population: who chaired, who came, who spoke, which documents were
// cited, when. No text: graph benchmarks use these directly; render.ts writes them as articles.

export type MeetingType = 'party' | 'government' | 'council' | 'front' | 'work';

export interface DirectivePlan {
  kind: string;
  number: string;
  /** Who issued it, as a report names it, or null when the report does not say. */
  issuer: string | null;
  /** Days since 1970-01-01 (UTC), before the meeting. */
  day: number;
}

export interface MeetingPlan {
  id: number;
  type: MeetingType;
  group: Group;
  /** Days since 1970-01-01 (UTC). */
  day: number;
  /** ISO date of the meeting. */
  date: string;
  chairs: Official[];
  /** Attendees the report lists as present. */
  attendees: Official[];
  /** People who spoke or reported: chairs, attendees, or people named only as speakers. */
  speakers: Official[];
  /** For a working session: the official whose body the chair worked with. */
  target: Official | null;
  directives: DirectivePlan[];
}

const CHAIR_POSTS: Record<MeetingType, string[]> = {
  party: ['bi-thu', 'pbt-tt'],
  government: ['ct-ubnd', 'pct-tt-ubnd'],
  council: ['ct-hdnd'],
  front: ['ct-mttq'],
  work: ['bi-thu', 'pbt-tt', 'ct-ubnd', 'ct-hdnd'],
};
const TYPES: MeetingType[] = ['party', 'party', 'party', 'government', 'government', 'council', 'front', 'work', 'work', 'work'];
// Bodies a leader visits in a working session: the posts that head one.
const TARGET_POSTS = ['tb-dan-van', 'tb-tuyen-giao', 'tb-to-chuc', 'tb-noi-chinh', 'cn-ubkt', 'ct-mttq', 'gd-y-te', 'gd-tai-chinh', 'gd-noi-vu', 'gd-xay-dung', 'gd-tu-phap', 'ct-lhpn', 'ct-hnd', 'ct-ccb', 'ct-ldld'];

const DOCUMENTS: Array<{ kind: string; number: (rng: Rng) => string; issuers: string[] }> = [
  { kind: 'Nghị quyết', number: (r) => `${pad2(r.int(1, 40))}-NQ/TU`, issuers: ['Ban Thường vụ {PC}', 'Ban Chấp hành Đảng bộ {lv}', '{PC}'] },
  { kind: 'Chỉ thị', number: (r) => `${pad2(r.int(1, 40))}-CT/TU`, issuers: ['Ban Thường vụ {PC}'] },
  { kind: 'Kết luận', number: (r) => `${pad2(r.int(1, 400))}-KL/TU`, issuers: ['Ban Thường vụ {PC}', 'Thường trực {PC}'] },
  { kind: 'Kế hoạch', number: (r) => `${pad2(r.int(1, 300))}-KH/TU`, issuers: ['Ban Thường vụ {PC}'] },
  { kind: 'Nghị quyết', number: (r) => `${pad2(r.int(1, 60))}-NQ/TW`, issuers: ['Bộ Chính trị', 'Ban Chấp hành Trung ương Đảng'] },
  { kind: 'Kết luận', number: (r) => `${pad2(r.int(1, 250))}-KL/TW`, issuers: ['Bộ Chính trị', 'Ban Bí thư'] },
  { kind: 'Chỉ thị', number: (r) => `${pad2(r.int(1, 50))}-CT/TW`, issuers: ['Ban Bí thư', 'Bộ Chính trị'] },
  { kind: 'Nghị quyết', number: (r) => `${r.int(1, 400)}/NQ-HĐND`, issuers: ['HĐND {lv}', 'Hội đồng nhân dân {lv}'] },
  { kind: 'Kế hoạch', number: (r) => `${r.int(1, 500)}/KH-UBND`, issuers: ['UBND {lv}'] },
  { kind: 'Quyết định', number: (r) => `${r.int(100, 4999)}/QĐ-UBND`, issuers: ['UBND {lv}', 'Chủ tịch UBND {lv}'] },
  { kind: 'Nghị quyết', number: (r) => String(r.int(10, 60)), issuers: ['Bộ Chính trị'] },
];

const pad2 = (n: number) => String(n).padStart(2, '0');
export const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Meeting i of a population under a seed. Pure in (population, seed, i): any slice can be made alone. */
export function planMeeting(pop: Population, seed: number, i: number): MeetingPlan {
  const rng = new Rng(subSeed(seed ^ 0x5bd1e995, i));
  const group = pop.groups[Math.floor(rng.next() * pop.groups.length)];
  let type = rng.pick(TYPES);
  let chairPool = holders(group, CHAIR_POSTS[type]);
  if (!chairPool.length) {
    type = 'party';
    chairPool = holders(group, CHAIR_POSTS.party);
  }
  if (!chairPool.length) chairPool = group.members;
  const chairs = [rng.pick(chairPool)];
  // Co-chairs: two leaders of different posts, as at a joint conference.
  if (type !== 'work' && rng.chance(0.15)) {
    const other = holders(group, ['bi-thu', 'pbt-tt', 'ct-ubnd', 'ct-hdnd']).filter((p) => p.post.key !== chairs[0].post.key);
    if (other.length) chairs.push(rng.pick(other));
  }

  let target: Official | null = null;
  if (type === 'work') {
    const targets = holders(group, TARGET_POSTS);
    target = targets.length ? rng.pick(targets) : null;
    if (!target) type = 'party';
  }
  const present = new Set<Official>([...chairs]);
  const attendees: Official[] = [];
  if (target) {
    attendees.push(target);
    present.add(target);
  }
  const want = rng.int(1, 5);
  for (const k of distinctIndices(rng, group.members.length, Math.min(group.members.length, want + chairs.length + 1))) {
    const p = group.members[k];
    if (attendees.length >= want + (target ? 1 : 0)) break;
    if (!present.has(p) && !sameName(present, p)) {
      attendees.push(p);
      present.add(p);
    }
  }
  // Speakers: some attendees, sometimes a chair, sometimes someone the report names only as speaking.
  const speakers: Official[] = [];
  for (const a of attendees) if (rng.chance(0.3)) speakers.push(a);
  if (rng.chance(0.4)) speakers.push(chairs[0]);
  if (rng.chance(0.25)) {
    const extra = rng.pick(group.members);
    if (!present.has(extra) && !sameName(present, extra)) speakers.push(extra);
  }

  const day = group.fromDay + Math.floor(rng.next() * (group.toDay - group.fromDay + 1));
  const directives: DirectivePlan[] = [];
  for (let k = rng.chance(0.55) ? rng.int(1, 3) : 0; k > 0; k--) {
    const d = rng.pick(DOCUMENTS);
    const number = d.number(rng);
    if (directives.some((x) => x.number === number)) continue;
    directives.push({ kind: d.kind, number, issuer: rng.chance(0.6) ? rng.pick(d.issuers) : null, day: day - rng.int(30, 3000) });
  }
  return { id: i, type, group, day, date: isoOfDay(day), chairs, attendees, speakers, target, directives };
}

/** Meetings start, start+1, ... start+n-1, one at a time: 300,000 need no more memory than one. */
export function* generateMeetings(pop: Population, seed: number, n: number, start = 0): Generator<MeetingPlan> {
  for (let i = start; i < start + n; i++) yield planMeeting(pop, seed, i);
}

function holders(group: Group, keys: string[]): Official[] {
  const out: Official[] = [];
  for (const k of keys) {
    const h = group.byPost.get(k);
    if (h) for (const p of h) out.push(p);
  }
  return out;
}

const sameName = (present: Set<Official>, p: Official) => {
  for (const q of present) if (q.name === p.name) return true;
  return false;
};
