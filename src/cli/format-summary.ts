import type { ArticleFacts, OrganizationRef } from '../model/facts';

// The readable form of `cadregraph extract` for a person at a terminal.

const org = (o: OrganizationRef) => (o.locality ? `${o.name} (${o.locality})` : o.name);

export function formatSummary(f: ArticleFacts): string {
  const out: string[] = [f.file];
  if (f.title) out.push(`  ${f.title}`);
  const place = [f.locality.district, f.locality.province].filter(Boolean).join(', ');
  if (place) out.push(`  Place: ${place}`);
  for (const m of f.meetings) {
    out.push(`  Meeting: ${m.date ?? 'date not stated'}${m.kind ? ` (${m.kind})` : ''}`);
    if (m.chairs.length) out.push(`    Chaired by: ${m.chairs.map((c) => c.name).join('; ')}`);
    for (const p of m.participants) out.push(`    Present: ${p.name} [${p.roles.join(', ').toLowerCase()}]`);
    if (m.organizations.length) out.push(`    Bodies: ${m.organizations.map(org).join('; ')}`);
  }
  if (f.people.length) out.push('  People:');
  for (const p of f.people) {
    const g = p.gender ? ` (${p.gender === 'FEMALE' ? 'bà' : 'ông'})` : '';
    out.push(`    ${p.name}${g}`);
    for (const pos of p.positions) out.push(`      ${pos.status === 'current' ? '' : `[${pos.status}] `}${pos.title}, ${org(pos.organization)}`);
  }
  for (const d of f.directives)
    out.push(`  Directive: ${d.kind} số ${d.number}${d.date ? `, ${d.date}` : ''}${d.issuerText ? `, của ${d.issuerText}` : ''}`);
  if (f.authors.length) out.push(`  Authors: ${f.authors.join(', ')}`);
  return out.join('\n') + '\n';
}
