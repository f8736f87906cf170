import type { LexiconData, TitleEntry, BodyEntry, RoleEntry, ProvinceEntry, DistrictEntry } from '../../lexicon/schema';
import { PhraseMatcher } from './phrase-matcher';
import { fold, normalizeTonePlacement } from '../../text';
import type { Gender, Level } from '../../model/facts';

// The lexicon compiled for matching: one PhraseMatcher per category, built once per process.

export interface LevelWord {
  word: string;
  level: Level | 'city';
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
  notNameWords: Set<string>;
  privatePersons: Set<string>;
  directiveKinds: Map<string, string>; // folded word -> canonical kind
  directiveCodes: Map<string, string>; // code -> canonical kind
  issuerCodes: Map<string, string>; // code -> body id
  boilerplateLines: Set<string>;
  /** All boilerplate patterns as one alternation: one test per line instead of one per pattern. */
  boilerplatePattern: RegExp;
  endMarkers: Set<string>;
}

const norm = (s: string) => normalizeTonePlacement(s.normalize('NFC'));
// Text and lexicon are both NFC with one tone convention, so lower-casing is enough to compare.
export const lineKey = (s: string) => norm(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function buildLexiconIndex(data: LexiconData): LexiconIndex {
  const titles = new PhraseMatcher<TitleEntry>();
  // A title that implies its body ("Tỉnh ủy viên" = "Ủy viên" of "Tỉnh ủy") is found by its
  // canonical name only when no other title shares it: "Ủy viên" alone says nothing about the body.
  const nameCount = new Map<string, number>();
  for (const t of data.titles) nameCount.set(t.name, (nameCount.get(t.name) ?? 0) + 1);
  for (const t of data.titles)
    for (const v of t.body && nameCount.get(t.name)! > 1 ? t.variants : [t.name, ...t.variants]) titles.add(norm(v), t);
  const bodies = new PhraseMatcher<BodyEntry>();
  for (const b of data.bodies) for (const v of [b.name, ...b.variants]) bodies.add(norm(v), b);
  const levels = new PhraseMatcher<LevelWord>();
  for (const l of data.levels) for (const v of [l.word, ...l.variants]) levels.add(norm(v), { word: l.word, level: l.level });
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
    notNameWords: new Set(data.people.notNameWords.map((s) => norm(s).toLowerCase())),
    privatePersons: new Set(data.people.privatePersons.map((s) => norm(s).toLowerCase())),
    directiveKinds: new Map(data.directives.kinds.map((k) => [fold(k.word), k.word])),
    directiveCodes: new Map(data.directives.kinds.map((k) => [k.code, k.word])),
    issuerCodes: new Map(data.directives.issuers.map((i) => [i.code, i.body])),
    boilerplateLines: new Set(data.boilerplate.lines.map(lineKey)),
    boilerplatePattern: new RegExp(data.boilerplate.patterns.map((p) => `(?:${p})`).join('|'), 'iu'),
    endMarkers: new Set(data.boilerplate.endMarkers.map(lineKey)),
  };
}
