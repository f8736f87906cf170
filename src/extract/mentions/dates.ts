// Meeting dates as Vietnamese news writes them: "Sáng ngày 07/9/2021", "Chiều 29-6", "Ngày 22/3",
// "ngày 5 tháng 7 năm 2023", "sáng nay (15/3)". The year, when missing, is never taken from today.

export interface DateMention {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  partOfDay: string | null;
  /** True when a day-part or "ngày" introduces the date, as meeting dates are written. */
  introduced: boolean;
}

const PARTS: Record<string, string> = { sáng: 'morning', trưa: 'noon', chiều: 'afternoon', tối: 'evening', đêm: 'night' };
// "Sáng 9-6", "Ngày 17 – 9", "sáng nay (30/6)", "hôm nay (16/10)", "Chiều thứ Tư (09/01)"; a newspaper's code
// may be glued before it ("(GLO)-Ngày 11-8"), but a dash after a word or number joins it to them.
const NUMERIC =
  /(?<![\p{L}\p{N}/.])(?<![\p{L}\p{N}]-)(?:(sáng|trưa|chiều|tối|đêm|hôm)(?:\s+nay)?\s*(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?(?:\(\s*)?(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?|(ngày)\s+)?(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?:\s*[/.\-–]\s*(\d{4}))?(?![\p{N}/-]|\.\d)/giu;
const WORDED = /(?<![\p{L}\p{N}])(?:(sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
// A meeting over two days, dated by the first: "Trong 2 ngày 6 và 7/8", "Ngày 10 và 11-2", "ngày 6-7/8/2025",
// "Trong 2 ngày (8 và 9/8)", "trong các ngày 13, 14 và 15-8".
const RANGE =
  /(?<![\p{L}\p{N}])(?:(sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(?:\(\s*)?(\d{1,2})(?:\s*,\s*\d{1,2})*\s*(?:và|,|-|–|đến)\s*\d{1,2}\s*[/.\-–]\s*(\d{1,2})(?:\s*[/.\-–]\s*(\d{4}))?(?![\p{N}/-]|\.\d)/giu;
// Cheap tests before RANGE, WORDED and NUMERIC: each is the part every match must contain, with no
// lookbehind (which the engine tries at every character), and most sentences hold no date.
const RANGE_HINT = /ngày\s+(?:\(\s*)?\d{1,2}\s*(?:và|,|-|–|đến)/iu;
const WORDED_HINT = /ngày\s+\d{1,2}\s+tháng/iu;
const NUMERIC_HINT = /\d\s*[/.\-–]\s*\d/iu;
// Lunar dates ("28 Tết", "mùng 6 Tết", "rằm tháng Giêng", "23 tháng Chạp"): not converted, since that
// needs the lunar year; a meeting dated this way has no date unless a solar one is also written.
const LUNAR_HINT = /tết|giêng|chạp|rằm|âm lịch|mùng|mồng/iu;
const LUNAR =
  /(?<![\p{L}\p{N}])(?:(?:mùng|mồng)\s+\d{1,2}(?:\s+tháng\s+(?:giêng|chạp|\d{1,2}))?(?:\s+tết)?|\d{1,2}\s+tết|rằm\s+tháng\s+\p{L}+|\d{1,2}\s+tháng\s+(?:giêng|chạp)|\d{1,2}\s*[/-]\s*\d{1,2}\s+âm lịch)(?![\p{L}])/giu;

function valid(d: number, m: number, y: number | null): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return y === null || (y >= 1945 && y <= 2100);
}

export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  // Characters already read as a date: the checks below cost the length of a match, not the
  // number of dates found so far (a page of 50,000 dates was quadratic).
  const covered = new Uint8Array(slice.length);
  const take = (mention: DateMention) => {
    out.push(mention);
    covered.fill(1, mention.start - from, mention.end - from);
  };
  const overlaps = (start: number, end: number) => covered.subarray(start, end).includes(1);
  for (const m of WORDED_HINT.test(slice) ? slice.matchAll(WORDED) : []) {
    const [d, mo, y] = [Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : null];
    if (valid(d, mo, y))
      take({ start: from + m.index!, end: from + m.index! + m[0].length, day: d, month: mo, year: y, partOfDay: m[1] ? PARTS[m[1].toLowerCase()] : null, introduced: true });
  }
  for (const m of RANGE_HINT.test(slice) ? slice.matchAll(RANGE) : []) {
    const [d, mo, y] = [Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : null];
    if (valid(d, mo, y) && !covered[m.index!])
      take({ start: from + m.index!, end: from + m.index! + m[0].length, day: d, month: mo, year: y, partOfDay: m[1] ? PARTS[m[1].toLowerCase()] : null, introduced: true });
  }
  for (const m of NUMERIC_HINT.test(slice) ? slice.matchAll(NUMERIC) : []) {
    const [d, mo, y] = [Number(m[3]), Number(m[4]), m[5] ? Number(m[5]) : null];
    if (!valid(d, mo, y) || overlaps(m.index!, m.index! + m[0].length)) continue;
    take({ start: from + m.index!, end: from + m.index! + m[0].length, day: d, month: mo, year: y, partOfDay: m[1] ? (PARTS[m[1].toLowerCase()] ?? null) : null, introduced: !!(m[1] || m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function isoDate(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** Years the text names as "năm 2021" (not terms such as "nhiệm kỳ 2021-2026", nor birth years). */
export function statedYears(text: string): number[] {
  const years: number[] = [];
  // "sinh năm 1971" is a birth year, not the year of what the article reports; "vào ngành từ năm 1997"
  // and "trước năm 2020" bound a period; "phấn đấu đến năm 2030",
  // "tầm nhìn đến năm 2045" are targets.
  for (const m of text.matchAll(/(?<![\p{L}])(?<!(?:sinh|đến|tới|từ|trước|sau)\s)năm\s+(\d{4})(?![\d–-])/giu)) {
    const y = Number(m[1]);
    if (y >= 1945 && y <= 2100) years.push(y);
  }
  return years;
}

/** Start of the first lunar date in the text ("28 Tết", "mùng 6 Tết"), or -1. */
export function firstLunarDate(text: string, from = 0, to = text.length): number {
  const slice = text.slice(from, to);
  if (!LUNAR_HINT.test(slice)) return -1;
  LUNAR.lastIndex = 0;
  const m = LUNAR.exec(slice);
  return m ? from + m.index : -1;
}

/** Years the text names with a month: "tháng 9/2025", "tháng 12-2024". */
export function monthYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])tháng\s+\d{1,2}\s*[/-]\s*(\d{4})(?![\d–-])/giu)) {
    const y = Number(m[1]);
    if (y >= 1945 && y <= 2100) years.push(y);
  }
  return years;
}

// "Kỳ họp thường lệ cuối năm 2025" on 24/12, "hội nghị đầu năm 2026" on 8/1, "sơ kết 6 tháng đầu năm 2025"
// on 10/7: the part of the year a meeting names, with a date in that part, gives its year. A year is
// reviewed ("tổng kết năm 2025", "tổng kết công tác năm 2025") at its end or early in the next: on 5/2,
// the meeting is in 2026 (`next`).
const SEASONS: Array<{ re: RegExp; months: [number, number]; next?: boolean }> = [
  { re: /(?<![\p{L}])cuối năm\s+(\d{4})(?![\d–-])/giu, months: [10, 12] },
  { re: /(?<!tháng\s)(?<![\p{L}])đầu năm\s+(\d{4})(?![\d–-])/giu, months: [1, 3] },
  { re: /(?<![\p{L}])(?:6|sáu) tháng(?: đầu)? năm\s+(\d{4})(?![\d–-])/giu, months: [6, 8] },
  { re: /(?<![\p{L}])tổng kết(?: công tác| hoạt động)?(?: năm)?\s+(\d{4})(?![\d–-])/giu, months: [1, 2], next: true },
];

function seasonYear(month: number, text: string): number | null {
  const years = new Set<number>();
  for (const { re, months, next } of SEASONS)
    if (month >= months[0] && month <= months[1]) for (const m of text.matchAll(re)) years.add(Number(m[1]) + (next ? 1 : 0));
  return years.size === 1 ? [...years][0] : null;
}

export interface YearHints {
  /** Publication date (sidecar or dateline), ISO. */
  published: string | null;
  /** "YYYY-MM" from a dateline that gives no day. */
  publishedMonth: string | null;
  /** The article's content, for years it states. */
  text: string;
}

// A full date written elsewhere in the article within this many days of a date without a year gives
// its year ("sáng 28/4" and "kể từ ngày 18/4/2022"; "Chiều ngày 18/11" and "18/11/2025").
const NEAR_DAYS = 45;
const FULL_DATE = /\d\s*[/.\-–]\s*\d{1,2}\s*[/.\-–]\s*\d{4}/;
const dayOfYear = (month: number, day: number) => (month - 1) * 30.5 + day;

/**
 * The year of a date written without one, from what the article says, never from today: the
 * publication date (a date later in the year than publication is the year before), a full date
 * written near it, then the year the text names most ("năm 2021", "tháng 9/2025"). Never the first
 * year of a term: the gold sets leave a congress dated by its term ("nhiệm kỳ 2025-2030") without a year.
 */
export function inferYear(month: number, day: number, hints: YearHints): number | null {
  const published = hints.published ?? hints.publishedMonth;
  if (published) {
    const [py, pm] = published.split('-').map(Number);
    if (py) return month > pm ? py - 1 : py;
  }
  const near = new Set<number>();
  for (const d of FULL_DATE.test(hints.text) ? findDates(hints.text) : []) {
    if (d.year === null) continue;
    const gap = Math.abs(dayOfYear(d.month, d.day) - dayOfYear(month, day));
    if (Math.min(gap, 366 - gap) <= NEAR_DAYS) near.add(d.year);
  }
  if (near.size === 1) return [...near][0];
  if (near.size > 1) return null;
  const season = seasonYear(month, hints.text);
  if (season !== null) return season;
  const counts = new Map<number, number>();
  for (const y of [...statedYears(hints.text), ...monthYears(hints.text)]) counts.set(y, (counts.get(y) ?? 0) + 1);
  // A review of one year and the plan for the next ("kết quả năm 2025, nhiệm vụ năm 2026") meets in
  // either of them, whichever the text names more often: the year stays unknown.
  const named = [...counts.keys()].sort();
  if (named.length === 2 && named[1] === named[0] + 1) return null;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}
