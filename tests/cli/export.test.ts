// `cadregraph export` as a user runs it, over a graph ingested from the fixture articles; every
// file is read back with the parser a user's tool would use.
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, runCli } from '../helpers/cli';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-export-'));
const data = join(tmp, 'data');
beforeAll(() => {
  const r = runCli(['ingest', join(ROOT, 'tests', 'fixtures', 'articles'), join(ROOT, 'seeds'), '--data', data]);
  expect(r.status).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const exportOf = (province: string, format: string) => runCli(['export', '--province', province, '--format', format, '--data', data]);
const csvLines = (text: string) => text.trimEnd().split('\r\n');

describe('cadregraph export', () => {
  it('GEXF of Hà Nội (typed without diacritics) opens in graphology with its leaders and their meeting', () => {
    const r = exportOf('ha noi', 'gexf');
    expect(r.status).toBe(0);
    const g = parseGexf(Graph, r.stdout);
    const label = (id: string) => g.getNodeAttribute(id, 'label');
    const people = g.filterNodes((_, a) => a.kind === 'PERSON').map(label);
    expect(people).toEqual(expect.arrayContaining(['Đinh Tiến Dũng', 'Trần Sỹ Thanh', 'Nguyễn Văn Phong', 'Vũ Đăng Khoa']));
    expect(people).not.toContain('Lê Hồng Quang');
    const dung = g.findNode((_, a) => a.label === 'Đinh Tiến Dũng')!;
    const thanh = g.findNode((_, a) => a.label === 'Trần Sỹ Thanh')!;
    const met = [...new Set([...g.edges(dung, thanh), ...g.edges(thanh, dung)])].filter((e) => g.getEdgeAttribute(e, 'relation') === 'MET');
    expect(met).toHaveLength(1);
    expect(g.getEdgeAttribute(met[0], 'weight')).toBeGreaterThanOrEqual(1);
    expect(g.someNode((_, a) => a.kind === 'ORGANIZATION' && a.label === 'Thành ủy Hà Nội' && a.level === 'PROVINCE')).toBe(true);
  });

  it('GraphML and JSON describe the same network as GEXF', () => {
    const gexf = parseGexf(Graph, exportOf('Hà Nội', 'gexf').stdout);
    const graphml = parseGraphml(MultiDirectedGraph, exportOf('Hà Nội', 'graphml').stdout);
    const json = JSON.parse(exportOf('Hà Nội', 'json').stdout);
    expect(graphml.order).toBe(gexf.order);
    expect(graphml.size).toBe(gexf.size);
    expect(json.network.nodes.map((n: { id: string }) => n.id).sort()).toEqual(gexf.nodes().sort());
    expect(json.province).toBe('Hà Nội');
    expect(json.tenures.length).toBeGreaterThan(3);
  });

  it('CSV of tenures names who holds what in which body, with its sources', () => {
    const r = exportOf('An Giang', 'csv-tenures');
    expect(r.status).toBe(0);
    const lines = csvLines(r.stdout);
    expect(lines[0]).toBe('person_id,person,title,organization_id,organization,province,district,status,current,first_seen,last_seen,source_urls,source_articles');
    const quang = lines.find((l) => l.includes(',Lê Hồng Quang,'))!;
    expect(quang).toContain(',Bí thư,org/an-giang/tinh-uy,Tỉnh ủy An Giang,An Giang,,CURRENT,true,2021-06-09,');
    expect(quang).toContain('https://example.vn/an-giang/2021-06-09-dan-van');
    expect(lines.every((l) => !l.includes('Hà Nội'))).toBe(true);
  });

  it('CSV of meeting participation has one row per person and meeting, chairs marked', () => {
    const lines = csvLines(exportOf('An Giang', 'csv-meetings').stdout);
    expect(lines[0]).toBe('meeting_id,date,meeting,meeting_kind,locality,person_id,person,chair,roles,source_urls,source_articles');
    const rows = lines.slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.find((l) => l.includes(',Lê Hồng Quang,'))).toMatch(/,true,[A-Z|]*CHAIRED/);
    expect(rows.find((l) => l.includes(',Nguyễn Tiếc Hùng,'))).toMatch(/,false,ATTENDED/);
  });

  it('an unknown province or format is a one-line error with exit 2, and nothing on stdout', () => {
    const unknown = exportOf('Narnia', 'gexf');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/no body or meeting of province "Narnia".*An Giang/);
    const format = exportOf('An Giang', 'xlsx');
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of gexf, graphml, json, csv-tenures, csv-meetings/);
  });
});
