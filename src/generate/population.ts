import { Rng, subSeed } from './prng';
import { loadGeneratorData, loadProvinces, type GeneratorData, type PartyKey, type PostData, type ProvinceInfo } from './data';

// A synthetic population of officials: invented people holding real titles in real bodies of real
// provinces, term after term, so the same people recur across many meetings. Pure in (seed, size).

export interface Official {
  id: number;
  name: string;
  gender: 'MALE' | 'FEMALE';
  post: PostData;
  /** The party position held alongside the post, if any. */
  party: PartyKey | null;
  /** Also a member of the Party Central Committee. */
  central: boolean;
  group: Group;
}

/** The leadership of one province in one term: who can meet whom, and when. */
export interface Group {
  index: number;
  province: ProvinceInfo;
  term: number;
  /** Days since 1970-01-01 (UTC) of the first and last day meetings of this group may fall on. */
  fromDay: number;
  toDay: number;
  members: Official[];
  byPost: Map<string, Official[]>;
}

export interface Population {
  seed: number;
  groups: Group[];
  people: Official[];
  data: GeneratorData;
}

/** Party congress terms, as the dates meetings of each term's leadership fall between. */
export const TERMS = [
  { from: '2015-10-01', to: '2020-09-30' },
  { from: '2020-10-01', to: '2025-09-30' },
  { from: '2025-10-01', to: '2026-10-31' },
];

export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export interface PopulationOptions {
  provinces?: ProvinceInfo[];
  data?: GeneratorData;
}

/**
 * `size` officials. Small populations staff a few province-terms fully (every post held); large
 * ones staff every province-term that existed, several holders to a post (successors in the term).
 */
export function createPopulation(seed: number, size: number, options: PopulationOptions = {}): Population {
  const data = options.data ?? loadGeneratorData();
  const provinces = options.provinces ?? loadProvinces();
  const slots: PostData[] = data.posts.flatMap((p) => Array<PostData>(p.weight ?? 1).fill(p));

  // Every (province, term) the province existed in, in an order shuffled by the seed.
  const all: Array<Omit<Group, 'index' | 'members' | 'byPost'>> = [];
  TERMS.forEach((t, term) => {
    for (const province of provinces) {
      const fromDay = Math.max(dayOf(t.from), dayOf(province.validFrom));
      const toDay = Math.min(dayOf(t.to), dayOf(province.validTo));
      if (fromDay <= toDay) all.push({ province, term, fromDay, toDay });
    }
  });
  const order = new Rng(subSeed(seed, 0x7f4a7c15));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(order.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const groupCount = Math.max(1, Math.min(all.length, Math.floor(size / slots.length)));
  const groups: Group[] = all.slice(0, groupCount).map((g, index) => ({ ...g, index, members: [], byPost: new Map() }));

  const { names } = data;
  const used = new Set<string>();
  const people: Official[] = new Array(size);
  for (let id = 0; id < size; id++) {
    const rng = new Rng(subSeed(seed, id));
    const group = groups[id % groupCount];
    const post = slots[Math.floor(id / groupCount) % slots.length];
    const gender = rng.chance(post.female ? 0.9 : 0.25) ? 'FEMALE' : 'MALE';
    const givens = gender === 'FEMALE' ? names.givensFemale : names.givensMale;
    const middles = gender === 'FEMALE' ? names.middlesFemale : names.middlesMale;
    // Names are unique within a province, so two people of one article never share a name.
    let name = '';
    for (let k = 0; k < 40 && (!name || used.has(`${group.province.name}|${name}`)); k++) {
      // Four-syllable names carry a second middle name ("Phạm Thị Thanh Thủy"), more often for women.
      const middle = rng.pick(middles);
      const extra = rng.pick(middles);
      const second = extra !== middle && extra !== 'Thị' && rng.chance(gender === 'FEMALE' ? 0.35 : 0.1) ? ` ${extra}` : '';
      name = `${rng.pick(names.families)} ${middle}${second} ${rng.pick(givens)}`;
    }
    used.add(`${group.province.name}|${name}`);
    const party = post.party === 'none' ? null : rng.chance(0.9) ? post.party : null;
    const person: Official = { id, name, gender, post, party, central: rng.chance(post.central ?? 0), group };
    people[id] = person;
    group.members.push(person);
    const holders = group.byPost.get(post.key);
    if (holders) holders.push(person);
    else group.byPost.set(post.key, [person]);
  }
  return { seed, groups, people, data };
}
