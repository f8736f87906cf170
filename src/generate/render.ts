import { distinctIndices, Rng, subSeed } from './prng';
import type { GeneratorData, PartyPositionData, PhraseData } from './data';
import type { MeetingPlan } from './meetings';
import type { Official } from './population';

// Writes a meeting as an article in the genre, and the gold facts of exactly what the text states:
// a position enters the gold only when a title chain in the text states it, a gender only when the
// text says ông or bà, a year only when the text or the dateline gives one.

export interface Gold {
  locality: { province: string | null; district: null };
  meetings: Array<{ date: string | null; chairs: string[]; participants: string[] }>;
  people: Array<{ name: string; gender: 'MALE' | 'FEMALE' | null }>;
  positions: Array<[string, string, string]>;
  directives: Array<{ kind: string; number: string }>;
  authors: string[];
}

export interface ArticleMeta {
  url: string;
  source: string;
  title: string;
  publishedAt: string | null;
  province: string;
}

export interface RenderedArticle {
  text: string;
  gold: Gold;
  meta: ArticleMeta;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const pad = (n: number) => String(n).padStart(2, '0');
const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, k: string) => {
    if (k in values) return values[k];
    const lower = k[0].toLowerCase() + k.slice(1);
    return lower !== k && lower in values ? cap(values[lower]) : whole;
  });

interface Ymd {
  y: number;
  m: number;
  d: number;
  weekday: number;
}
const ymd = (day: number): Ymd => {
  const t = new Date(day * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
};

/** The meeting date as a lead writes it; with the year only when `withYear`. */
function dateText(rng: Rng, t: Ymd, withYear: boolean): string {
  const part = rng.pick(['Sáng', 'Sáng', 'Chiều', 'Chiều', 'Tối', '']);
  const dm = rng.pick([`${t.d}/${t.m}`, `${t.d}-${t.m}`, `${pad(t.d)}/${t.m}`, `${pad(t.d)}/${pad(t.m)}`]);
  const sep = dm.includes('-') ? '-' : '/';
  if (withYear) {
    return rng.pick([
      `${part ? `${part} ngày` : 'Ngày'} ${dm}${sep}${t.y}`,
      `${part || 'Ngày'} ${dm}${sep}${t.y}`,
      `${part ? `${part} ngày` : 'Ngày'} ${t.d} tháng ${t.m} năm ${t.y}`,
    ]);
  }
  return rng.pick([`${part || 'Ngày'} ${dm}`, `${part ? `${part} ngày` : 'Ngày'} ${dm}`, `${part || 'Sáng'} ${WEEKDAYS[t.weekday]} (${dm})`]);
}

function dateline(rng: Rng, t: Ymd): string {
  const hm = `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`;
  const date = `${pad(t.d)}/${pad(t.m)}/${t.y}`;
  return rng.pick([`${hm} ${date}`, `${date} - ${hm}`, `${cap(WEEKDAYS[t.weekday])}, ${date} ${hm}`, `Cập nhật: ${hm} ${date}`, `${date} ${hm} GMT+7`, `Ngày đăng: ${date}`]);
}

/** Renders meeting `plan` under `seed`. Pure: the same plan and seed give the same bytes. */
export function renderArticle(plan: MeetingPlan, data: GeneratorData, seed: number): RenderedArticle {
  const rng = new Rng(subSeed(seed ^ 0x1b873593, plan.id));
  const ph: PhraseData = data.phrases;
  const province = plan.group.province;
  const PC = province.city ? 'Thành ủy' : 'Tỉnh ủy';
  const lv = province.city ? 'thành phố' : 'tỉnh';
  // After a level word the city is named bare: "thành phố Hồ Chí Minh", not "thành phố TP. Hồ Chí Minh".
  const bare = province.name.replace(/^TP\.\s*/, '');
  const place = (s: string) =>
    s.replace(/\{lv\} \{province\}/g, `${lv} ${bare}`).replace(/\{PC\}/g, PC).replace(/\{lv\}/g, lv).replace(/\{province\}/g, province.name);

  // --- what the text states, in order of first appearance
  const positions = new Map<string, Array<[string, string, string]>>();
  const genders = new Map<string, 'MALE' | 'FEMALE' | null>();
  const state = (p: Official, title: string, organization: string) => {
    let list = positions.get(p.name);
    if (!list) positions.set(p.name, (list = []));
    const org = place(organization);
    if (!list.some(([, t, o]) => t === title && o === org)) list.push([p.name, title, org]);
  };
  const seen = (p: Official, honorific: string) => {
    if (!positions.has(p.name)) positions.set(p.name, []);
    const g = honorific === 'bà' || honorific === 'Bà' ? 'FEMALE' : honorific === 'ông' || honorific === 'Ông' ? 'MALE' : null;
    if (g || !genders.has(p.name)) genders.set(p.name, g ?? genders.get(p.name) ?? null);
  };

  /** One written form of a post or party position, sometimes with the place after it. */
  const form = (pos: PartyPositionData | Official['post'], withPlace: boolean) => {
    const forms = !province.city && 'provinceForms' in pos && pos.provinceForms ? [...pos.forms, ...pos.provinceForms] : pos.forms;
    const f = rng.pick(forms);
    const after = f.endsWith('{lv}') ? bare : f.endsWith('{PC}') ? province.name : null;
    return place(f) + (withPlace && after ? ` ${after}` : '');
  };
  /** The title chain of a person: party positions, then the post (sometimes the other way round). */
  const chain = (p: Official): string[] => {
    const parts: string[] = [];
    if (p.central && rng.chance(0.8)) {
      parts.push(form(data.party.central, false));
      state(p, data.party.central.title, data.party.central.organization);
    }
    const postFirst = rng.chance(0.15);
    if (postFirst) {
      parts.push(form(p.post, false));
      state(p, p.post.title, p.post.organization);
    }
    if (p.party && rng.chance(0.75)) {
      const party = data.party[p.party];
      parts.push(form(party, false));
      state(p, party.title, party.organization);
    }
    if (!postFirst) {
      parts.push(form(p.post, rng.chance(0.25)));
      state(p, p.post.title, p.post.organization);
    }
    return parts;
  };
  const honorificFor = (p: Official, allowEmpty: boolean) =>
    rng.pick(['đồng chí', 'đồng chí', 'đồng chí', p.gender === 'FEMALE' ? 'bà' : 'ông', 'đ/c', ...(allowEmpty ? [''] : [])]);

  /** First mention: a name with its title chain, in one of the ways the genre writes it. */
  const introduce = (p: Official, inList = false): string => {
    const parts = chain(p);
    const style = rng.int(0, 9);
    if (style < 3 && !inList) {
      // Titles before the name, no separator before it: "Bí thư Tỉnh ủy Nguyễn Văn A".
      const h = rng.pick(['', '', '', 'đồng chí', 'đồng chí', p.gender === 'FEMALE' ? 'bà' : 'ông']);
      seen(p, h);
      return `${h ? `${h} ` : ''}${parts.join(', ')} ${p.name}`;
    }
    const h = inList ? '' : honorificFor(p, true);
    seen(p, h);
    const sep = rng.pick([', ', ', ', ' - ', ' – ']);
    const inner = sep === ', ' ? ', ' : rng.pick([sep, ', ']);
    return `${h ? `${h} ` : ''}${p.name}${sep}${parts.join(inner)}`;
  };
  /** A later mention of someone already introduced. */
  const mention = (p: Official): string => {
    const h = rng.pick(['đồng chí', 'đồng chí', p.gender === 'FEMALE' ? 'bà' : 'ông']);
    seen(p, h);
    return `${h} ${p.name}`;
  };
  const introduced = new Set<Official>();
  const ref = (p: Official): string => {
    if (introduced.has(p)) return mention(p);
    introduced.add(p);
    return introduce(p);
  };
  const list = (people: Official[]): string => {
    for (const p of people) introduced.add(p);
    if (people.length === 1) return introduce(people[0]);
    if (rng.chance(0.6)) return `các đồng chí: ${people.map((p) => introduce(p, true)).join('; ')}`;
    return people.map((p) => introduce(p)).join('; ');
  };

  // --- the article
  const t = ymd(plan.day);
  const hasDateline = rng.chance(0.85);
  const withYear = rng.chance(0.4);
  const yearKnown = hasDateline || withYear;
  const typeData = ph.types[plan.type === 'work' ? 'party' : plan.type];
  const kind = plan.type === 'work' ? 'buổi làm việc' : rng.pick(typeData.kinds);
  const hostp = place(rng.pick(typeData.hosts.filter((h) => h.includes('{province}'))));
  const host = rng.chance(0.6) ? hostp : place(rng.pick(typeData.hosts));
  const topic = rng.pick(ph.topics);
  const target = plan.target ? place(plan.target.post.organization) : '';
  const chair = plan.chairs[0];
  const values: Record<string, string> = { kind, hostp, host, topic, target, province: province.name };

  const lines: string[] = [];
  for (let k = rng.chance(0.5) ? rng.int(1, 3) : 0; k > 0; k--) lines.push(rng.pick(ph.topFurniture));
  const title = cap(
    plan.type === 'work'
      ? fill(rng.pick(ph.workHeadlines), { ...values, chairTitle: `${place(chair.post.forms[0])} ${chair.post.forms[0].endsWith('{lv}') ? bare : province.name}` })
      : fill(rng.pick(ph.headlines), values),
  );
  lines.push(title);
  const dl = hasDateline ? dateline(rng, t) : '';
  const datelineAtEnd = hasDateline && rng.chance(0.2);
  if (hasDateline && !datelineAtEnd) lines.push(dl);
  const date = dateText(rng, t, withYear);
  values.date = date;
  values.date_lc = date[0].toLowerCase() + date.slice(1);

  let chairDone = false;
  if (plan.type === 'work') {
    lines.push(fill(rng.pick(ph.workLeads), { ...values, chair: ref(chair) }));
    chairDone = true;
  } else if (plan.chairs.length === 1 && rng.chance(0.35)) {
    lines.push(cap(fill(rng.pick(ph.chairLeads), { ...values, chair: ref(chair) })));
    chairDone = true;
  } else {
    lines.push(cap(fill(rng.pick(ph.leads), values)));
  }
  if (!chairDone) {
    if (plan.chairs.length > 1) lines.push(cap(fill(rng.pick(ph.coChairLines), { ...values, chairs: plan.chairs.map(ref).join(rng.pick([' và ', '; '])) })));
    else lines.push(cap(fill(rng.pick(ph.chairLines), { ...values, chair: ref(chair) })));
  }
  if (rng.chance(0.3)) {
    // A photo caption repeating the chair with a title chain, as pages do under the first picture.
    if (rng.chance(0.3)) lines.push(`IMG_${rng.int(1000, 9999)}.jpg`);
    lines.push(cap(fill(rng.pick(ph.chairCaptions), { ...values, speaker: introduce(chair) })));
  }
  const speakers = new Set(plan.speakers);
  // Someone who only speaks is introduced where they speak, not in the list of attendees.
  if (plan.target) {
    // The head of the body visited receives the delegation; the others came with it or sat in.
    lines.push(cap(fill(rng.pick(ph.receiveLines), { ...values, attendees: list([plan.target]) })));
    const others = plan.attendees.filter((p) => p !== plan.target);
    if (others.length) lines.push(cap(fill(rng.pick(ph.workAttendLines), { ...values, attendees: list(others) })));
  } else if (plan.attendees.length) {
    lines.push(cap(fill(rng.pick(ph.attendLines), { ...values, attendees: list(plan.attendees) })));
  }
  const paragraph = () => {
    return distinctIndices(rng, ph.fillers.length, rng.int(2, 4))
      .map((k) => ph.fillers[k])
      .join(' ');
  };
  for (let k = rng.int(1, 3); k > 0; k--) lines.push(paragraph());

  // Directives: with a date only when the report also gives the meeting's year, so that a year
  // never enters an article that otherwise leaves it unknown.
  for (const d of plan.directives) {
    let text = `${d.kind} số ${d.number}`;
    if (yearKnown && rng.chance(0.5)) {
      const dd = ymd(d.day);
      text += rng.pick([`, ngày ${dd.d}/${dd.m}/${dd.y}`, ` ngày ${pad(dd.d)}-${pad(dd.m)}-${dd.y}`, `, ngày ${dd.d} tháng ${dd.m} năm ${dd.y},`]);
    }
    if (d.issuer) text += ` của ${place(d.issuer)}`;
    if (rng.chance(0.5)) text += ` ${rng.pick(ph.directiveSubjects)}`;
    lines.push(cap(fill(rng.pick(ph.directiveLines), { ...values, directive: text })));
  }
  for (const s of plan.speakers) {
    const isChair = plan.chairs.includes(s);
    lines.push(cap(fill(rng.pick(isChair ? ph.chairSpeakLines : ph.speakLines), { ...values, speaker: ref(s) })));
    if (!isChair && rng.chance(0.2)) lines.push(cap(fill(rng.pick(ph.captions), { ...values, speaker: introduce(s) })));
    if (rng.chance(0.5)) lines.push(paragraph());
  }
  if (rng.chance(0.3)) lines.push(fill(rng.pick(ph.plainCaptions), values));
  lines.push(paragraph());
  if (datelineAtEnd) lines.push(dl);
  const author = `${rng.pick(data.names.penFirst)} ${rng.pick(data.names.penLast)}`;
  lines.push(fill(rng.pick(ph.bylines), { author, AUTHOR: author.toUpperCase(), province: province.name }));
  for (let k = rng.chance(0.4) ? rng.int(1, 3) : 0; k > 0; k--) lines.push(rng.pick(ph.bottomFurniture));

  // Old tone placement (Uỷ, Hoá) in some articles, decomposed Unicode in a few: both occur in the wild.
  const oldTones = rng.chance(0.15);
  const decomposed = rng.chance(0.05);
  const spell = (s: string) => {
    const t = oldTones ? s.replace(/Ủy/g, 'Uỷ').replace(/ủy/g, 'uỷ').replace(/óa/g, 'oá').replace(/òa/g, 'oà') : s;
    return decomposed ? t.normalize('NFD') : t;
  };
  const text = spell(lines.join(rng.chance(0.7) ? '\n\n' : '\n') + '\n');

  const chairs = plan.chairs.map((p) => p.name);
  const participants = [...new Set([...plan.attendees, ...speakers].map((p) => p.name))].filter((n) => !chairs.includes(n));
  const names = [...positions.keys()];
  const iso = plan.date;
  const published = hasDateline ? iso : null;
  const slug = `${plan.type}-${plan.id}`;
  return {
    text,
    gold: {
      locality: { province: province.name, district: null },
      meetings: [{ date: yearKnown ? iso : `--${iso.slice(5)}`, chairs, participants }],
      people: names.map((n) => ({ name: n, gender: genders.get(n) ?? null })),
      positions: names.flatMap((n) => positions.get(n)!),
      directives: plan.directives.map((d) => ({ kind: d.kind, number: d.number })),
      authors: [author],
    },
    meta: {
      url: `https://bao.example.vn/${province.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${slug}.html`,
      source: rng.pick([`Báo ${province.name}`, `Cổng thông tin điện tử ${lv} ${province.name}`, `Đài Phát thanh và Truyền hình ${province.name}`]),
      title: spell(title),
      publishedAt: published,
      province: province.name,
    },
  };
}

