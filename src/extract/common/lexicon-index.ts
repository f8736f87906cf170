import type { LexiconData, TitleEntry, BodyEntry, RoleEntry, ProvinceEntry, DistrictEntry, SourceEntry, EventKind } from '../../lexicon/schema';
import { PhraseMatcher } from './phrase-matcher';
import { wordId } from './tokens';
import { fold, normalizeTonePlacement, spaceSeparators } from '../../text';
import type { Gender, Level } from '../../model/facts';

// The lexicon compiled for matching: one PhraseMatcher per category, built once per process.

export interface LevelWord {
  word: string;
  level: Level | 'city';
  /** The level's party committee (levels.yaml), for "Ban Tổ chức tỉnh". */
  committee?: string;
}

export interface SiteEntry {
  domain: string;
  publisher: string;
  kind: SourceEntry['sites'][number]['kind'];
  /** Null for a national site. */
  province: ProvinceEntry | null;
}

/** A word of events.yaml, by what it does in a personnel clause. */
export type EventCue =
  | { type: 'trigger'; kind: EventKind; weak: boolean; member: boolean; holds?: boolean }
  | { type: 'not' | 'reason' | 'negation' | 'stop' | 'prospective' | 'completed' | 'past' | 'against' | 'replaced' | 'membership' | 'effective' | 'gap' | 'handover' | 'listOpener' | 'decisionRef' };

export interface EventLexicon {
  cues: PhraseMatcher<EventCue>;
  /** The cues a sentence needs for personnel news to be read at all: triggers, biography words, handovers. */
  primary: PhraseMatcher<true>;
  connectors: PhraseMatcher<true>;
  /** First words of `primary` (bit 1) and `connectors` (bit 2), as a table by word id: one lookup per token to skip the rest. */
  firstWords: Uint8Array;
  /** The title a member of a body holds ("Ủy viên"). */
  memberTitle: TitleEntry;
  decisionKinds: Set<string>;
  /** Words after a handover that introduce whom it is for ("cho", "chúc mừng"). */
  handoverTo: PhraseMatcher<true>;
}

export interface LexiconIndex {
  data: LexiconData;
  titles: PhraseMatcher<TitleEntry>;
  bodies: PhraseMatcher<BodyEntry>;
  bodyById: Map<string, BodyEntry>;
  levels: PhraseMatcher<LevelWord>;
  honorifics: PhraseMatcher<{ gender?: Gender }>;
  roles: PhraseMatcher<RoleEntry>;
  meetingKinds: PhraseMatcher<string>;
  provinces: PhraseMatcher<ProvinceEntry>;
  /** Centrally-run cities by their names without "TP."/"Thành phố", read after that level word ("TP. HCM"). */
  cityProvinces: PhraseMatcher<ProvinceEntry>;
  districts: PhraseMatcher<DistrictEntry>;
  provinceById: Map<string, ProvinceEntry>;
  surnames: Set<string>;
  notNames: Set<string>;
  notNameStarts: Set<string>;
  /** Beginnings of bodies whose names run on in lower case (people.yaml describedHeads), lower-cased. */
  describedHeads: string[][];
  notNameWords: Set<string>;
  privatePersons: Set<string>;
  /** Words after which a person's name names a school, a street or a place (people.yaml). */
  namesakes: Set<string>;
  directiveKinds: Map<string, string>; // folded word -> canonical kind
  directiveCodes: Map<string, string>; // code -> canonical kind
  issuerCodes: Map<string, string>; // code -> body id
  boilerplateLines: Set<string>;
  /** All boilerplate patterns as one alternation: one test per line instead of one per pattern. */
  boilerplatePattern: RegExp;
  endMarkers: Set<string>;
  /** Debris inside lines (image markup, photo credits), one alternation; null when there is none. */
  inlineDebris: RegExp | null;
  /** sources.yaml by domain. */
  sites: Map<string, SiteEntry>;
  events: EventLexicon;
}

const norm = (s: string) => normalizeTonePlacement(s.normalize('NFC'));
// Text and lexicon are both NFC with one tone convention, so lower-casing is enough to compare.
export const lineKey = (s: string) => spaceSeparators(norm(s).toLowerCase()).trim();

export function buildLexiconIndex(data: LexiconData): LexiconIndex {
  const titles = new PhraseMatcher<TitleEntry>();
  // A title that implies its body ("Tỉnh ủy viên" = "Ủy viên" of "Tỉnh ủy") is found by its
  // canonical name only when no other title shares it and it has no variants: "Ủy viên" alone says
  // nothing about the body, and "Thường trực" alone is no title.
  const nameCount = new Map<string, number>();
  for (const t of data.titles) nameCount.set(t.name, (nameCount.get(t.name) ?? 0) + 1);
  for (const t of data.titles)
    for (const v of t.body && (nameCount.get(t.name)! > 1 || t.variants.length) ? t.variants : [t.name, ...t.variants]) titles.add(norm(v), t);
  const bodies = new PhraseMatcher<BodyEntry>();
  for (const b of data.bodies) for (const v of [b.name, ...b.variants]) bodies.add(norm(v), b);
  const levels = new PhraseMatcher<LevelWord>();
  for (const l of data.levels) for (const v of [l.word, ...l.variants]) levels.add(norm(v), { word: l.word, level: l.level, committee: l.committee });
  const honorifics = new PhraseMatcher<{ gender?: Gender }>();
  for (const h of data.people.honorifics) honorifics.add(norm(h.word), { gender: h.gender });
  // A rank ("Đại tá") stands before a name as an honorific does, and like "đồng chí" states no gender.
  for (const r of data.people.ranks) honorifics.add(norm(r), {});
  const roles = new PhraseMatcher<RoleEntry>();
  for (const r of data.roles) roles.add(norm(r.phrase), r);
  const meetingKinds = new PhraseMatcher<string>();
  for (const m of data.meetingKinds) meetingKinds.add(norm(m.phrase), m.kind);
  const provinces = new PhraseMatcher<ProvinceEntry>();
  for (const p of data.provinces) for (const v of [p.name, ...(p.variants ?? [])]) provinces.add(norm(v), p);
  const cityProvinces = new PhraseMatcher<ProvinceEntry>();
  for (const p of data.provinces.filter((x) => x.kind === 'city'))
    for (const v of [p.name, ...(p.variants ?? [])]) {
      const bare = v.replace(/^(?:TP\.?\s*|Thành phố\s+)/iu, '');
      if (bare !== v && bare) cityProvinces.add(norm(bare), p);
    }
  const districts = new PhraseMatcher<DistrictEntry>();
  for (const d of data.districts) for (const v of [d.name, ...(d.variants ?? [])]) districts.add(norm(v), d);
  return {
    data,
    titles,
    bodies,
    bodyById: new Map(data.bodies.map((b) => [b.id, b])),
    levels,
    honorifics,
    roles,
    meetingKinds,
    provinces,
    cityProvinces,
    districts,
    provinceById: new Map(data.provinces.map((p) => [p.id, p])),
    surnames: new Set(data.people.surnames.map((s) => norm(s).toLowerCase())),
    notNames: new Set(data.people.notNames.map((s) => norm(s).toLowerCase())),
    notNameStarts: new Set(data.people.notNameStarts.map((s) => norm(s).toLowerCase())),
    describedHeads: data.people.describedHeads.map((s) => norm(s).toLowerCase().split(/\s+/u)),
    notNameWords: new Set(data.people.notNameWords.map((s) => norm(s).toLowerCase())),
    privatePersons: new Set(data.people.privatePersons.map((s) => norm(s).toLowerCase())),
    namesakes: new Set(data.people.namesakes.map((s) => norm(s).toLowerCase())),
    directiveKinds: new Map(data.directives.kinds.map((k) => [fold(k.word), k.word])),
    directiveCodes: new Map(data.directives.kinds.map((k) => [k.code, k.word])),
    issuerCodes: new Map(data.directives.issuers.map((i) => [i.code, i.body])),
    boilerplateLines: new Set(data.boilerplate.lines.map(lineKey)),
    boilerplatePattern: new RegExp(data.boilerplate.patterns.map((p) => `(?:${p})`).join('|'), 'iu'),
    endMarkers: new Set(data.boilerplate.endMarkers.map(lineKey)),
    inlineDebris: data.boilerplate.inline.length ? new RegExp(data.boilerplate.inline.map((p) => `(?:${p})`).join('|'), 'gmu') : null,
    sites: siteIndex(data),
    events: eventLexicon(data),
  };
}

function siteIndex(data: LexiconData): Map<string, SiteEntry> {
  const byId = new Map(data.provinces.map((p) => [p.id, p]));
  const out = new Map<string, SiteEntry>();
  for (const e of data.sources ?? [])
    for (const s of e.sites) out.set(s.domain, { ...s, province: e.province ? (byId.get(e.province) ?? null) : null });
  return out;
}

function eventLexicon(data: LexiconData): EventLexicon {
  const cues = new PhraseMatcher<EventCue>();
  const e = data.events;
  const membership = new Set(e.membership.map((p) => norm(p).toLowerCase()));
  const primary = new PhraseMatcher<true>();
  // One-word weak triggers ("là", "làm") are in every other sentence: a sentence is read for them only
  // in a headline or after another trigger of its paragraph. "giữ chức" is rare enough to look for.
  const weakAlone = (t: (typeof e.triggers)[number]) => !!t.weak && !/\s/.test(t.phrase.trim());
  for (const p of [...e.triggers.filter((t) => !weakAlone(t)).map((t) => t.phrase), ...e.holds, ...e.past, ...e.handover]) primary.add(norm(p), true);
  for (const t of e.triggers) {
    const last = norm(t.phrase).toLowerCase().split(/\s+/).slice(-2).join(' ');
    const member = [...membership].some((m) => last === m || last.endsWith(` ${m}`));
    cues.add(norm(t.phrase), { type: 'trigger', kind: t.kind, weak: !!t.weak, member });
  }
  // "hiện giữ chức": read like a trigger that must be followed by its post, giving a position and no event.
  for (const h of e.holds) cues.add(norm(h), { type: 'trigger', kind: 'appointed', weak: false, member: false, holds: true });
  const lists: Array<[Exclude<EventCue['type'], 'trigger'>, string[]]> = [
    ['not', e.notTriggers],
    ['reason', e.reasons],
    ['negation', e.negations],
    ['stop', e.stops],
    ['prospective', e.prospective],
    ['completed', e.completed],
    ['past', e.past],
    ['against', e.against],
    ['replaced', e.replaced],
    ['membership', e.membership],
    ['effective', e.effective],
    ['gap', e.subjectGap],
    ['handover', e.handover],
    ['listOpener', e.listOpeners],
    ['decisionRef', e.decisionRefs],
  ];
  for (const [type, phrases] of lists) for (const p of phrases) cues.add(norm(p), { type } as EventCue);
  const connectors = new PhraseMatcher<true>();
  for (const c of e.connectors) connectors.add(norm(c), true);
  const marks: Array<[number, number]> = [];
  const mark = (phrase: string, bit: number) => marks.push([wordId(norm(phrase).toLowerCase().split(/\s+/)[0]), bit]);
  for (const t of e.triggers) if (!weakAlone(t)) mark(t.phrase, 1);
  for (const p of [...e.holds, ...e.past, ...e.handover]) mark(p, 1);
  for (const c of e.connectors) mark(c, 2);
  const firstWords = new Uint8Array(Math.max(0, ...marks.map(([id]) => id)) + 1);
  for (const [id, bit] of marks) firstWords[id] |= bit;
  const handoverTo = new PhraseMatcher<true>();
  for (const p of e.handoverTo) handoverTo.add(norm(p), true);
  return { cues, primary, connectors, firstWords, memberTitle: data.titles.find((t) => t.id === e.memberTitle)!, decisionKinds: new Set(e.decisionKinds), handoverTo };
}
