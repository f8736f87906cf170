import { Rng, subSeed } from './prng';

// A synthetic population of officials: invented people holding real titles in real bodies of real
// provinces, term after term, so the same people recur across many meetings.

export interface Post {
  key: string;
  title: string;
  /** Canonical body without the place, as gold facts name it. */
  organization: string;
  /** Ways an article writes the title with its body. */
  forms: string[];
  /** Senior posts sit on the Standing Committee; others are committee members or none. */
  membership: 'standing' | 'member' | 'none';
  chairs?: boolean;
}

export const POSTS: Post[] = [
  { key: 'bi-thu', title: 'Bí thư', organization: 'Tỉnh ủy', forms: ['Bí thư Tỉnh ủy'], membership: 'none', chairs: true },
  { key: 'pbt-tt', title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy', forms: ['Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư TT Tỉnh ủy'], membership: 'none', chairs: true },
  { key: 'ct-ubnd', title: 'Chủ tịch', organization: 'Ủy ban nhân dân tỉnh', forms: ['Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban nhân dân tỉnh'], membership: 'standing', chairs: true },
  { key: 'ct-hdnd', title: 'Chủ tịch', organization: 'Hội đồng nhân dân tỉnh', forms: ['Chủ tịch HĐND tỉnh'], membership: 'standing', chairs: true },
  { key: 'pct-ubnd-1', title: 'Phó Chủ tịch', organization: 'Ủy ban nhân dân tỉnh', forms: ['Phó Chủ tịch UBND tỉnh'], membership: 'member' },
  { key: 'pct-ubnd-2', title: 'Phó Chủ tịch', organization: 'Ủy ban nhân dân tỉnh', forms: ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'], membership: 'member' },
  { key: 'pct-hdnd', title: 'Phó Chủ tịch', organization: 'Hội đồng nhân dân tỉnh', forms: ['Phó Chủ tịch HĐND tỉnh'], membership: 'member' },
  { key: 'tb-dan-van', title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy', forms: ['Trưởng Ban Dân vận Tỉnh ủy', 'Trưởng ban Dân vận Tỉnh ủy'], membership: 'standing' },
  { key: 'tb-tuyen-giao', title: 'Trưởng ban', organization: 'Ban Tuyên giáo Tỉnh ủy', forms: ['Trưởng Ban Tuyên giáo Tỉnh ủy'], membership: 'standing' },
  { key: 'tb-to-chuc', title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy', forms: ['Trưởng Ban Tổ chức Tỉnh ủy'], membership: 'standing' },
  { key: 'ct-mttq', title: 'Chủ tịch', organization: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', forms: ['Chủ tịch Ủy ban MTTQ tỉnh', 'Chủ tịch UBMTTQVN tỉnh', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'], membership: 'standing' },
  { key: 'gd-y-te', title: 'Giám đốc', organization: 'Sở Y tế', forms: ['Giám đốc Sở Y tế'], membership: 'none' },
  { key: 'gd-tai-chinh', title: 'Giám đốc', organization: 'Sở Tài chính', forms: ['Giám đốc Sở Tài chính'], membership: 'member' },
  { key: 'gd-noi-vu', title: 'Giám đốc', organization: 'Sở Nội vụ', forms: ['Giám đốc Sở Nội vụ'], membership: 'none' },
  { key: 'ct-lhpn', title: 'Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh', forms: ['Chủ tịch Hội LHPN tỉnh', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh'], membership: 'none' },
  { key: 'ct-hnd', title: 'Chủ tịch', organization: 'Hội Nông dân tỉnh', forms: ['Chủ tịch Hội Nông dân tỉnh'], membership: 'none' },
];

export const MEMBERSHIPS = {
  standing: { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy', forms: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'UVBTV Tỉnh ủy'] },
  member: { title: 'Ủy viên', organization: 'Tỉnh ủy', forms: ['Tỉnh ủy viên', 'TUV'] },
} as const;

export interface Official {
  id: number;
  name: string;
  gender: 'MALE' | 'FEMALE';
  province: string;
  post: Post;
  /** Terms of office are five years; term 0 starts in 2015. */
  term: number;
}

export interface NamePools {
  families: string[];
  middlesMale: string[];
  middlesFemale: string[];
  givensMale: string[];
  givensFemale: string[];
}

export interface Population {
  provinces: string[];
  people: Official[];
  /** People by province and term, for picking who meets whom. */
  byProvinceTerm: Map<string, Official[]>;
}

export const TERM_START_YEAR = 2015;
export const TERM_YEARS = 5;

/** `size` officials over the provinces: each province fills every post, term after term. */
export function createPopulation(seed: number, size: number, provinces: string[], names: NamePools): Population {
  const people: Official[] = [];
  const byProvinceTerm = new Map<string, Official[]>();
  const perTerm = POSTS.length;
  const used = new Set<string>();
  for (let id = 0; id < size; id++) {
    const rng = new Rng(subSeed(seed, id));
    const province = provinces[id % provinces.length];
    const slot = Math.floor(id / provinces.length);
    const post = POSTS[slot % perTerm];
    const term = Math.floor(slot / perTerm);
    const gender = rng.chance(0.3) ? 'FEMALE' : 'MALE';
    let name = '';
    // Names are unique within a province, so gold facts never merge two people.
    for (let k = 0; k < 50 && (!name || used.has(`${province}|${name}`)); k++) {
      const middle = gender === 'FEMALE' ? rng.pick(names.middlesFemale) : rng.pick(names.middlesMale);
      const given = gender === 'FEMALE' ? rng.pick(names.givensFemale) : rng.pick(names.givensMale);
      name = `${rng.pick(names.families)} ${middle}${rng.chance(0.3) ? ` ${rng.pick(gender === 'FEMALE' ? names.givensFemale : names.givensMale)}` : ''} ${given}`;
    }
    used.add(`${province}|${name}`);
    const person: Official = { id, name, gender, province, post, term };
    people.push(person);
    const key = `${province}|${term}`;
    const list = byProvinceTerm.get(key) ?? [];
    list.push(person);
    byProvinceTerm.set(key, list);
  }
  return { provinces, people, byProvinceTerm };
}

export interface MeetingPlan {
  id: number;
  province: string;
  year: number;
  month: number;
  day: number;
  partOfDay: 'Sáng' | 'Chiều' | null;
  chairs: Official[];
  attendees: Official[];
  speakers: Official[];
  directives: Array<{ kind: string; number: string }>;
}

const DIRECTIVE_KINDS = [
  { kind: 'Nghị quyết', code: 'NQ/TU' },
  { kind: 'Chỉ thị', code: 'CT/TU' },
  { kind: 'Kế hoạch', code: 'KH/TU' },
  { kind: 'Kết luận', code: 'KL/TU' },
];

/** Meeting i of a corpus: who chaired, who attended, when and where. Pure in (population, seed, i). */
export function planMeeting(pop: Population, seed: number, i: number): MeetingPlan {
  const rng = new Rng(subSeed(seed ^ 0x5bd1e995, i));
  const keys = [...pop.byProvinceTerm.keys()];
  let members: Official[] = [];
  for (let k = 0; k < 10 && members.length < 4; k++) members = pop.byProvinceTerm.get(rng.pick(keys)) ?? [];
  const chairsPool = members.filter((p) => p.post.chairs);
  const chairCount = chairsPool.length > 1 && rng.chance(0.15) ? 2 : 1;
  const chairs = rng.sample(chairsPool.length ? chairsPool : members, chairCount);
  const others = members.filter((p) => !chairs.includes(p));
  const attendees = rng.sample(others, Math.min(others.length, rng.int(1, 4)));
  const speakers = rng.sample([...chairs, ...attendees], rng.int(0, 2));
  const term = members[0]?.term ?? 0;
  const directives = Array.from({ length: rng.chance(0.5) ? rng.int(1, 2) : 0 }, () => {
    const d = rng.pick(DIRECTIVE_KINDS);
    return { kind: d.kind, number: `${String(rng.int(1, 60)).padStart(2, '0')}-${d.code}` };
  });
  return {
    id: i,
    province: members[0]?.province ?? pop.provinces[0],
    year: TERM_START_YEAR + term * TERM_YEARS + rng.int(0, TERM_YEARS - 1),
    month: rng.int(1, 12),
    day: rng.int(1, 28),
    partOfDay: rng.pick(['Sáng', 'Chiều', null] as const),
    chairs,
    attendees,
    speakers,
    directives,
  };
}
