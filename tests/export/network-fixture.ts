// A small network with the awkward cases: diacritics, markup characters in labels, two
// relations between one pair, an edge to a node that was cut, a control character.
import type { ExportNetwork, ParticipationRow, TenureRow } from '../../src/export';

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
