// A dateline gives the publication date: "20:36 22/03/2024", "09/06/2021 - 14:33",
// "Thứ Hai, 22/03/2024 20:36", "Cập nhật: 09:15 ngày 12/5/2023". It supplies the year of
// meeting dates written without one.

const DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
const DATELINE_ONLY = /^[\s\p{L}:,|-]{0,30}?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?)?(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(?GMT[+-]\d+\)?)?\s*$/iu;

export function parseDateline(line: string): string | null {
  const t = line.trim();
  if (t.length > 60 || !DATELINE_ONLY.test(t)) return null;
  const m = DATE.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
