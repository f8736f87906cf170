import type { Gold } from './render';

// Gold files in the layout of the shared development set: one fact per line, so that a diff of two
// corpora reads fact by fact.

const inline = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
  return JSON.stringify(v);
};
const block = (items: unknown[], indent: string) => (items.length ? `[\n${items.map((x) => `${indent}  ${inline(x)}`).join(',\n')}\n${indent}]` : '[]');

export function formatGold(g: Gold): string {
  const meetings = g.meetings
    .map((m) => `    {\n      "date": ${JSON.stringify(m.date)},\n      "chairs": ${inline(m.chairs)},\n      "participants": ${inline(m.participants)}\n    }`)
    .join(',\n');
  return [
    '{',
    `  "locality": ${inline(g.locality)},`,
    `  "meetings": ${g.meetings.length ? `[\n${meetings}\n  ]` : '[]'},`,
    `  "people": ${block(g.people, '  ')},`,
    `  "positions": ${block(g.positions, '  ')},`,
    `  "directives": ${block(g.directives, '  ')},`,
    `  "authors": ${inline(g.authors)}`,
    '}',
    '',
  ].join('\n');
}
