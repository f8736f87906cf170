// Small builder of ArticleFacts, so the store contract does not depend on the extractor.
import type { ArticleFacts, OrganizationRef, PersonFact, TenureStatus } from '../../src/model/facts';

const ev = (quote: string) => ({ quote, span: { start: 0, end: quote.length } });

export function body(name: string, province: string | null, kind: OrganizationRef['kind'] = 'party-committee'): OrganizationRef {
  return {
    name, lexiconId: name.toLowerCase().replace(/\s+/g, '-'), kind, branch: kind === 'party-committee' || kind === 'standing-committee' || kind === 'board' ? 'party' : 'state',
    level: province ? 'province' : 'central', locality: province, province,
  };
}

export interface PersonSpec {
  name: string;
  gender?: 'MALE' | 'FEMALE';
  positions?: Array<{ title: string; org: OrganizationRef; status?: TenureStatus }>;
}

export interface ArticleSpec {
  id: string;
  province: string | null;
  published: string;
  people: PersonSpec[];
  meetings?: Array<{ date: string | null; title?: string; chairs: string[]; participants?: string[]; spoke?: string[]; directives?: string[]; orgs?: OrganizationRef[] }>;
  directives?: Array<{ number: string; issuer: OrganizationRef | null }>;
}

export function article(spec: ArticleSpec): ArticleFacts {
  const people: PersonFact[] = spec.people.map((p) => ({
    name: p.name, gender: p.gender ?? null, mentions: [],
    positions: (p.positions ?? []).map((pos) => ({ title: pos.title, organization: pos.org, status: pos.status ?? 'current', evidence: ev(`${p.name}, ${pos.title} ${pos.org.name}`) })),
  }));
  return {
    file: `${spec.id}.txt`, articleId: spec.id, title: `Bài ${spec.id}`, publishedAt: spec.published, url: `https://example.vn/${spec.id}`, source: 'Báo Mẫu',
    locality: { province: spec.province, district: null },
    people,
    meetings: (spec.meetings ?? []).map((m) => ({
      date: m.date, partOfDay: null, kind: 'working-session', title: m.title ?? `Hội nghị ${spec.id}`,
      chairs: m.chairs.map((name) => ({ name, roles: ['CHAIRED' as const], evidence: ev(`${name} chủ trì`) })),
      participants: (m.participants ?? []).map((name) => ({
        name, roles: m.spoke?.includes(name) ? (['ATTENDED', 'SPOKE'] as const).slice() : (['ATTENDED'] as const).slice(), evidence: ev(`Dự có ${name}`),
      })),
      organizations: m.orgs ?? [], directives: m.directives ?? [], evidence: ev(`Hội nghị ${spec.id}`),
    })),
    directives: (spec.directives ?? []).map((d) => ({ kind: 'Nghị quyết', number: d.number, issuer: d.issuer, issuerText: null, date: null, title: 'về phát triển', evidence: ev(`Nghị quyết ${d.number}`) })),
    events: [], authors: [], campaigns: [],
  };
}
