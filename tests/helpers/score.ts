import type { ArticleFacts } from '../../src/model/facts';

// Scores extracted facts against gold annotations the way ../shared/eval/score.mjs does:
// sets of folded strings per field, micro-averaged precision, recall and F1.

export interface GoldFacts {
  locality: { province: string | null };
  meetings: Array<{ date: string | null; chairs: string[]; participants: string[] }>;
  people: Array<{ name: string; gender: string | null }>;
  positions: Array<[string, string, string]>;
  directives: Array<{ kind: string; number: string }>;
}

export const FIELDS = ['people', 'chairs', 'participants', 'positions', 'directives', 'date', 'province'] as const;
type Field = (typeof FIELDS)[number];
type FactSets = Record<Field, Set<string>>;

export const foldKey = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[“”"'.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const empty = (): FactSets => Object.fromEntries(FIELDS.map((f) => [f, new Set<string>()])) as FactSets;

function finish(f: FactSets, chairs: string[], participants: string[], date: string | null | undefined, province: string | null | undefined) {
  for (const c of chairs) f.chairs.add(foldKey(c));
  for (const p of participants) if (!f.chairs.has(foldKey(p))) f.participants.add(foldKey(p));
  if (date) f.date.add(foldKey(date));
  if (province) f.province.add(foldKey(province));
  f.people.delete('');
  return f;
}

export function goldFacts(g: GoldFacts): FactSets {
  const f = empty();
  for (const p of g.people) f.people.add(foldKey(p.name));
  for (const [who, title, org] of g.positions) f.positions.add(`${foldKey(who)}|${foldKey(title)}|${foldKey(org)}`);
  for (const d of g.directives) f.directives.add(foldKey(d.number).replace(/\s/g, ''));
  return finish(f, g.meetings.flatMap((m) => m.chairs), g.meetings.flatMap((m) => m.participants), g.meetings[0]?.date, g.locality.province);
}

export function predictedFacts(a: ArticleFacts): FactSets {
  const f = empty();
  for (const p of a.people) {
    f.people.add(foldKey(p.name));
    for (const pos of p.positions) f.positions.add(`${foldKey(p.name)}|${foldKey(pos.title)}|${foldKey(pos.organization.name)}`);
  }
  for (const d of a.directives) f.directives.add(foldKey(d.number).replace(/\s/g, ''));
  return finish(
    f,
    a.meetings.flatMap((m) => m.chairs.map((c) => c.name)),
    a.meetings.flatMap((m) => m.participants.map((p) => p.name)),
    a.meetings[0]?.date,
    a.locality.province,
  );
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

export function score(gold: FactSets, pred: FactSets, goldHasProvince: boolean, into: Score = { tp: 0, fp: 0, fn: 0, misses: [] }): Score {
  for (const field of FIELDS) {
    if (field === 'province' && !goldHasProvince) continue; // not stated in the text: not scored
    for (const x of pred[field]) gold[field].has(x) ? into.tp++ : (into.fp++, into.misses.push(`${field} extra: ${x}`));
    for (const x of gold[field]) if (!pred[field].has(x)) (into.fn++, into.misses.push(`${field} missing: ${x}`));
  }
  return into;
}

export const f1 = ({ tp, fp, fn }: Score) => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
