import type { LexiconIndex } from '../common/lexicon-index';
import type { BodyEntry } from '../../lexicon/schema';
import type { Level } from '../../model/facts';
import type { BodyMention, Unit } from '../mentions/units';
import { fold } from '../../text';

// What the article as a whole says about where it is: its province and district, and which
// party committee a bare "Ban Thường vụ" or "Ủy viên Ban Thường vụ" belongs to.

export interface ArticleContext {
  province: string | null;
  /** How a body of that province is written without its name: "UBND thành phố" in a centrally run city, else "UBND tỉnh". */
  provinceWord: 'tỉnh' | 'thành phố';
  district: string | null;
  /** The committee most often named ("Tỉnh ủy" in a provincial report, "Huyện ủy" in a district one). */
  committee: BodyEntry | null;
  committeeLevel: Level | null;
  /** That committee as a parent is written ("Tỉnh ủy", "Đảng ủy xã"). */
  committeeName: string | null;
  /**
   * "xã", "phường" or "đặc khu" when the report is about a commune or ward (its lead names one): a
   * bare "Đảng ủy" or "HĐND" in it is that commune's. Null in provincial and district reports.
   */
  localWord: string | null;
  /**
   * The commune or ward the report is about, when the lead names it and the article names no other
   * ("Đảng bộ xã Hướng Phùng"): a "Bí thư Đảng ủy xã" further down is its secretary.
   */
  localPlace: string | null;
}

export interface SentenceUnits {
  units: Unit[];
  isLead: boolean;
  /** The sentence's tokens, when known ("tại" before a place marks where the meeting is). */
  sentence?: { tokens: Array<{ lower: string }> };
}

function top<K>(scores: Map<K, number>): K | null {
  let best: K | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [k, v] of scores) {
    if (v > bestScore) [best, bestScore, tie] = [k, v, false];
    else if (v === bestScore) tie = true;
  }
  return tie ? null : best;
}

const add = <K>(m: Map<K, number>, k: K, w: number) => m.set(k, (m.get(k) ?? 0) + w);

/** `siteProvince` (from the page's address) is used only when the text names no province. */
export function articleContext(sentences: SentenceUnits[], lex: LexiconIndex, metaProvince: string | null, siteProvince: string | null = null): ArticleContext {
  const provinces = new Map<string, number>();
  const districts = new Map<string, number>();
  const committees = new Map<string, number>();
  const committeeOf = new Map<string, { entry: BodyEntry; level: Level }>();
  const localWords = new Map<string, number>();
  // Every commune or ward the article names, with its word ("xã", "phường"), and those the lead names.
  const communes = new Set<string>();
  const leadCommunes = new Set<string>();
  const commune = (word: string | null, name: string, lead: boolean) => {
    communes.add(`${word} ${name}`);
    if (lead) leadCommunes.add(`${word} ${name}`);
  };
  const note = (b: BodyMention, lead: boolean) => {
    // A sector's own committee ("Đảng ủy UBND tỉnh") is not the one a bare "Ban Thường vụ" belongs to.
    if (b.root.kind === 'party-committee' && !b.root.sector && !b.bare && b.rootLevel && b.rootLevel !== 'central') {
      add(committees, b.rootName, 1);
      committeeOf.set(b.rootName, { entry: b.root, level: b.rootLevel });
    }
    if (lead && b.rootLevel === 'commune' && b.word) add(localWords, b.word, 1);
    if (b.place && b.level === 'commune') commune(b.word, b.place, lead);
    if (b.place && b.rootLevel === 'province') add(provinces, b.place, 3);
    if (b.place && b.rootLevel === 'district') add(districts, b.place, lead ? 3 : 2);
    if (b.placeProvince) add(provinces, b.placeProvince, 2);
  };
  for (const s of sentences)
    for (const u of s.units) {
      if (u.kind === 'body') note(u.body, s.isLead);
      if (u.kind === 'place' && u.level === 'province') add(provinces, u.name, 1);
      if (u.kind === 'place' && u.level === 'commune' && u.word && s.isLead) add(localWords, u.word, 1);
      if (u.kind === 'place' && u.level === 'commune') commune(u.word, u.name, s.isLead);
      if (u.kind === 'place' && u.level === 'district' && s.isLead) add(districts, u.name, 1);
      if (u.kind === 'place' && u.province && u.level === 'district' && s.isLead) add(provinces, u.province, 1);
    }
  const committeeName = top(committees) ?? (committees.size ? [...committees.keys()][0] : null);
  const committee = committeeName ? committeeOf.get(committeeName)! : null;
  // The site's province comes before one named only further down: a provincial paper's report of a
  // meeting at home may mention "Hội nghị Trung ương ... tại thủ đô Hà Nội".
  const resolvedProvince = metaProvince ? canonicalProvince(metaProvince, lex) : (reportedProvince(sentences) ?? siteProvince ?? top(provinces));
  const localWord = top(localWords) ?? (localWords.size ? [...localWords.keys()][0] : null);
  const only = communes.size === 1 && leadCommunes.size === 1 ? [...communes][0] : null;
  return {
    province: resolvedProvince,
    provinceWord: resolvedProvince && lex.data.provinces.find((p) => p.name === resolvedProvince)?.kind === 'city' ? 'thành phố' : 'tỉnh',
    district: top(districts),
    committee: committee?.entry ?? null,
    committeeLevel: committee?.level ?? null,
    committeeName,
    localWord,
    localPlace: only && localWord && only.startsWith(`${localWord} `) ? only.slice(localWord.length + 1) : null,
  };
}

// "Đại hội đại biểu Đảng bộ tỉnh Cà Mau", "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Kỳ họp thứ 5 HĐND tỉnh": the
// body whose meeting it is, right after the meeting's word.
const MEETING_OF = new Set(['đại hội', 'hội nghị', 'kỳ họp']);
const meetingOf = (words: string[], start: number) =>
  MEETING_OF.has(`${words[start - 2]} ${words[start - 1]}`) || (`${words[start - 2]} ${words[start - 1]}` === 'đại biểu' && `${words[start - 4]} ${words[start - 3]}` === 'đại hội');

/** The provinces one sentence names, in order: in bodies ("UBND tỉnh Nghệ An"), places ("tại Hà Tĩnh"), cities ("Thành ủy Vinh"). */
function provincesNamed(units: Unit[], words: string[]): Array<{ name: string; at: boolean; meeting: boolean }> {
  const out: Array<{ name: string; at: boolean; meeting: boolean }> = [];
  const push = (name: string, start: number, meeting = false) => {
    const known = out.find((p) => p.name === name);
    if (known) known.meeting ||= meeting;
    else out.push({ name, at: words[start - 1] === 'tại', meeting });
  };
  for (const u of units) {
    if (u.kind === 'body' && u.body.place && u.body.rootLevel === 'province') push(u.body.place, u.start, meetingOf(words, u.start));
    if (u.kind === 'body' && u.body.placeProvince) push(u.body.placeProvince, u.start);
    if (u.kind === 'place' && (u.level === 'province' || u.province)) push(u.level === 'province' ? u.name : u.province!, u.start);
  }
  return out;
}

/**
 * The province of the meeting reported, from the first lead sentence that names one: the only one
 * it names, else the one written after "tại" (at), else the one whose body's meeting it is, else the first, which is the host's in "Ban
 * Thường vụ Thành ủy Vinh (Nghệ An) làm việc với đoàn công tác Thành ủy TP.HCM"; not the province
 * named most often further down.
 */
function reportedProvince(sentences: SentenceUnits[]): string | null {
  for (const s of sentences) {
    if (!s.isLead) continue;
    const named = provincesNamed(s.units, s.sentence?.tokens.map((t) => t.lower) ?? []);
    if (!named.length) continue;
    const at = named.filter((p) => p.at);
    if (at.length === 1) return at[0].name;
    // "ông A, Bí thư Thành ủy TP HCM, dự Đại hội Đảng bộ tỉnh Cà Mau": the congress is Cà Mau's.
    const meeting = named.filter((p) => p.meeting);
    if (meeting.length === 1) return meeting[0].name;
    // "Tổ công tác ... làm việc với Ban Thường vụ Tỉnh ủy các tỉnh: Đồng Nai, Vĩnh Long, Đồng Tháp": a
    // report about several provinces at once is not placed in the first one listed.
    return named.length >= 3 ? null : named[0].name;
  }
  return null;
}

/** The gazetteer's spelling of a province the user typed ("thanh hoa" -> "Thanh Hóa"). */
// Folded spellings of every province, built once per lexicon: folding them all for each article
// cost more than the rest of reading its context.
const spellings = new WeakMap<LexiconIndex, Map<string, string>>();

function canonicalProvince(name: string, lex: LexiconIndex): string {
  let byKey = spellings.get(lex);
  if (!byKey) {
    byKey = new Map();
    for (const p of lex.data.provinces) for (const v of [p.name, ...(p.variants ?? [])]) if (!byKey.has(fold(v))) byKey.set(fold(v), p.name);
    spellings.set(lex, byKey);
  }
  return byKey.get(fold(name)) ?? name;
}
