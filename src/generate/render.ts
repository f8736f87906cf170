import { Rng, subSeed } from './prng';
import { MEMBERSHIPS, type MeetingPlan, type Official } from './population';

// Writes a meeting as an article in the genre, and the gold facts of exactly what the text states.

export interface Phrases {
  kinds: Array<{ phrase: string; name: string }>;
  topics: string[];
  leads: string[];
  chairLines: string[];
  coChairLines: string[];
  attendLines: string[];
  speakLines: string[];
  directiveLines: string[];
  fillers: string[];
  boilerplate: string[];
  bylines: string[];
  families: string[];
  givensMale: string[];
  givensFemale: string[];
}

export interface Gold {
  locality: { province: string | null; district: null };
  meetings: Array<{ date: string | null; chairs: string[]; participants: string[] }>;
  people: Array<{ name: string; gender: 'MALE' | 'FEMALE' | null }>;
  positions: Array<[string, string, string]>;
  directives: Array<{ kind: string; number: string }>;
  authors: string[];
}

export interface RenderedArticle {
  text: string;
  gold: Gold;
  meta: { url: string; source: string; title: string; publishedAt: string; province: string };
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`);
const pad = (n: number) => String(n).padStart(2, '0');
const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

export function renderArticle(plan: MeetingPlan, phrases: Phrases, seed: number): RenderedArticle {
  const rng = new Rng(subSeed(seed ^ 0x1b873593, plan.id));
  const kind = rng.pick(phrases.kinds);
  const positions = new Map<string, Array<[string, string, string]>>();
  const genders = new Map<string, 'MALE' | 'FEMALE' | null>();
  const seen = (p: Official, gender: 'MALE' | 'FEMALE' | null) => {
    if (!genders.has(p.name) || gender) genders.set(p.name, gender ?? genders.get(p.name) ?? null);
    if (!positions.has(p.name)) positions.set(p.name, []);
  };
  const state = (p: Official, title: string, org: string) => {
    const list = positions.get(p.name)!;
    if (!list.some(([, t, o]) => t === title && o === org)) list.push([p.name, title, org]);
  };

  /** A person with a title chain, in one of the ways the genre writes it; records what it states. */
  const introduce = (p: Official): string => {
    const picked = rng.pick(['đồng chí', 'đồng chí', p.gender === 'FEMALE' ? 'bà' : 'ông', '']);
    seen(p, null);
    const chain: string[] = [];
    const membership = p.post.membership === 'none' ? null : MEMBERSHIPS[p.post.membership];
    if (membership && rng.chance(0.7)) {
      chain.push(rng.pick(membership.forms));
      state(p, membership.title, membership.organization);
    }
    chain.push(rng.pick(p.post.forms));
    state(p, p.post.title, p.post.organization);
    const style = rng.int(0, 2);
    // "Bí thư Tỉnh ủy X" carries no honorific, so it states no gender.
    const honorific = style === 0 && chain.length === 1 ? '' : picked;
    seen(p, honorific === 'bà' ? 'FEMALE' : honorific === 'ông' ? 'MALE' : null);
    if (!honorific && style === 0 && chain.length === 1) return `${chain[0]} ${p.name}`;
    const sep = style === 1 ? ' - ' : ', ';
    return `${honorific ? `${honorific} ` : ''}${p.name}${sep}${chain.join(sep)}`;
  };
  /** A person already introduced, by name. */
  const mention = (p: Official) => {
    seen(p, null);
    return `đồng chí ${p.name}`;
  };

  const introduced = new Set<Official>();
  const ref = (p: Official) => {
    if (introduced.has(p)) return mention(p);
    introduced.add(p);
    return introduce(p);
  };

  const withYear = rng.chance(0.5);
  const dateText = `${plan.partOfDay ? `${plan.partOfDay} ` : 'Ngày '}${plan.day}/${plan.month}${withYear ? `/${plan.year}` : ''}`;
  const publish = { y: plan.year, m: plan.month, d: plan.day };
  const dateline = `${pad(rng.int(6, 21))}:${pad(rng.int(0, 59))} ${pad(publish.d)}/${pad(publish.m)}/${publish.y}`;
  const host = rng.pick([`Tỉnh ủy ${plan.province}`, `Thường trực Tỉnh ủy ${plan.province}`, `Ban Thường vụ Tỉnh ủy ${plan.province}`]);
  const topic = rng.pick(phrases.topics);

  const lines: string[] = [];
  if (rng.chance(0.5)) lines.push(rng.pick(phrases.boilerplate));
  const title = `${capitalize(host)} tổ chức ${kind.phrase}`;
  lines.push(title);
  lines.push(dateline);
  lines.push(fill(rng.pick(phrases.leads), { date: dateText, date_lower: dateText.toLowerCase(), host, kind: kind.phrase, topic }));
  if (plan.chairs.length > 1) {
    lines.push(fill(rng.pick(phrases.coChairLines), { chairs: capitalize(plan.chairs.map(ref).join(' và ')), kind: kind.phrase }));
  } else {
    const t = rng.pick(phrases.chairLines);
    lines.push(capitalize(fill(t, { chair: ref(plan.chairs[0]), kind: kind.phrase, kind_cap: kind.name })));
  }
  if (plan.attendees.length) {
    lines.push(fill(rng.pick(phrases.attendLines), { attendees: `các đồng chí: ${plan.attendees.map(ref).join('; ')}`, kind: kind.phrase }));
  }
  const paragraph = () => rng.sample(phrases.fillers, rng.int(2, 4)).join(' ');
  for (let k = rng.int(1, 3); k > 0; k--) lines.push(paragraph());
  for (const d of plan.directives) lines.push(fill(rng.pick(phrases.directiveLines), { directive: `${d.kind} số ${d.number}` }));
  for (const s of plan.speakers) lines.push(capitalize(fill(rng.pick(phrases.speakLines), { speaker: ref(s), kind: kind.phrase })));
  for (let k = rng.int(1, 3); k > 0; k--) lines.push(paragraph());
  const author = `${rng.pick(phrases.givensFemale)} ${rng.pick(phrases.givensMale)}`;
  lines.push(fill(rng.pick(phrases.bylines), { author, author_upper: author.toUpperCase() }));

  const date = `${plan.year}-${pad(plan.month)}-${pad(plan.day)}`;
  const chairs = plan.chairs.map((p) => p.name);
  const participants = [...new Set([...plan.attendees, ...plan.speakers].map((p) => p.name))].filter((n) => !chairs.includes(n));
  const names = [...positions.keys()];
  return {
    text: lines.join('\n') + '\n',
    gold: {
      locality: { province: plan.province, district: null },
      meetings: [{ date, chairs, participants }],
      people: names.map((n) => ({ name: n, gender: genders.get(n) ?? null })),
      positions: names.flatMap((n) => positions.get(n)!),
      directives: plan.directives,
      authors: [author],
    },
    meta: {
      url: `https://example.vn/tin/${plan.id}`,
      source: `Báo ${plan.province}`,
      title,
      publishedAt: date,
      province: plan.province,
    },
  };
}
