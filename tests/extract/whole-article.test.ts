import { readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle } from '../../src/extract';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'extract', name), 'utf8');
const positions = (f: ReturnType<typeof extractArticle>, name: string) =>
  f.people.find((p) => p.name === name)?.positions.map((p) => `${p.title} | ${p.organization.name} | ${p.organization.locality}`);

describe('a provincial meeting report read whole', () => {
  const f = extractArticle({ file: 'x.txt', text: fixture('thanh-hoa-giao-ban.txt'), format: 'text', meta: {} });

  test('the meeting, its date (year from the dateline) and place', () => {
    expect(f.meetings).toHaveLength(1);
    expect(f.meetings[0].date).toBe('2024-03-15');
    expect(f.meetings[0].partOfDay).toBe('morning');
    expect(f.meetings[0].kind).toBe('regular-review');
    expect(f.locality.province).toBe('Thanh Hóa');
  });

  test('chair and participants, with roles', () => {
    const m = f.meetings[0];
    expect(m.chairs.map((c) => c.name)).toEqual(['Lại Thế Nguyên']);
    expect(m.participants.map((p) => p.name).sort()).toEqual(['Lê Thị Hoa', 'Phạm Thị Thanh Thủy', 'Đầu Thanh Tùng'].sort());
    expect(m.participants.find((p) => p.name === 'Đầu Thanh Tùng')?.roles).toEqual(['ATTENDED', 'SPOKE']);
  });

  test('title chains in several orders and abbreviations', () => {
    expect(positions(f, 'Lại Thế Nguyên')).toEqual(
      expect.arrayContaining(['Phó Bí thư Thường trực | Tỉnh ủy | Thanh Hóa', 'Chủ tịch | Hội đồng nhân dân tỉnh | Thanh Hóa']),
    );
    expect(positions(f, 'Phạm Thị Thanh Thủy')?.map((p) => p.split(' | ').slice(0, 2).join(' | '))).toEqual([
      'Ủy viên | Ban Thường vụ Tỉnh ủy',
      'Trưởng ban | Ban Dân vận Tỉnh ủy',
    ]);
    expect(positions(f, 'Đầu Thanh Tùng')?.map((p) => p.split(' | ').slice(0, 2).join(' | '))).toEqual([
      'Ủy viên | Tỉnh ủy',
      'Phó Chủ tịch | Ủy ban nhân dân tỉnh',
    ]);
    expect(positions(f, 'Lê Thị Hoa')?.map((p) => p.split(' | ').slice(0, 2).join(' | '))).toEqual(['Phó Chủ tịch | Hội Liên hiệp Phụ nữ tỉnh']);
  });

  test('gender only from ông/bà', () => {
    expect(f.people.find((p) => p.name === 'Lê Thị Hoa')?.gender).toBe('FEMALE');
    expect(f.people.find((p) => p.name === 'Phạm Thị Thanh Thủy')?.gender).toBeNull();
  });

  test('directives with kind, date and issuer', () => {
    expect(f.directives.map((d) => [d.kind, d.number, d.date])).toEqual([
      ['Nghị quyết', '09-NQ/TU', null],
      ['Kế hoạch', '45-KH/TU', '2024-01-10'],
    ]);
    expect(f.directives[1].issuerText).toBe('Ban Thường vụ Tỉnh ủy');
  });

  test('the byline is an author, not a participant; related links are not content', () => {
    expect(f.authors).toEqual(['Minh Hiếu']);
    expect(f.people.map((p) => p.name)).not.toContain('Nguyễn Doãn Anh');
  });

  test('every fact quotes the original sentence it came from', () => {
    const text = fixture('thanh-hoa-giao-ban.txt');
    for (const p of f.people)
      for (const pos of p.positions) expect(text.slice(pos.evidence.span.start, pos.evidence.span.end).trim()).toBe(pos.evidence.quote);
    const chair = f.meetings[0].chairs[0];
    expect(chair.evidence.quote).toContain('chủ trì hội nghị');
  });

  test('NFD input and old tone placement give the same facts', () => {
    const odd = fixture('thanh-hoa-giao-ban.txt').replace(/Thủy/g, 'Thuỷ').replace(/Hóa/g, 'Hoá').replace(/Ủy/g, 'Uỷ').normalize('NFD');
    const g = extractArticle({ file: 'x.txt', text: odd, format: 'text', meta: {} });
    const key = (x: typeof f) => JSON.stringify(x.people.map((p) => [p.name.normalize('NFC'), p.positions.map((q) => q.title + q.organization.name)]));
    expect(key(g).replace(/Thuỷ/g, 'Thủy')).toBe(key(f));
    for (const p of g.people) for (const m of p.mentions) expect(odd.slice(m.start, m.end).normalize('NFC').replace(/Thuỷ/g, 'Thủy')).toBe(p.name.normalize('NFC').replace(/Thuỷ/g, 'Thủy'));
  });
});

describe('a page cut short', () => {
  const text = 'Sáng 5/3/2026, UBND tỉnh Phú Thọ tổ chức hội nghị.\n\nDự hội nghị có ông Trần Văn Lâm, Giám đốc Sở Nội vụ; bà Hà Th';
  const f = extractArticle({ file: 'cut.txt', text, format: 'text', meta: {} });
  test('a name cut mid-word is nobody, and the people before it are read', () => {
    expect(f.people.map((p) => p.name)).toEqual(['Trần Văn Lâm']);
  });
  test('a body cut mid-word is no body', () => {
    const cut = extractArticle({ file: 'cut2.txt', text: 'Sáng 5/3/2026, UBND tỉnh Phú Thọ tổ chức hội nghị.\n\nĐồng chí Trần Việt Cường, Giám đốc Sở N', format: 'text', meta: {} });
    expect(cut.people.flatMap((p) => p.positions.map((x) => x.organization.name))).not.toContain('Sở N');
  });
});

describe('a name the page printed twice', () => {
  test('is one person with the chain after it', () => {
    const text = 'Sáng 30/1/2026, Đảng ủy phường Tân Định tổ chức họp mặt.\n\nĐồng chí Lê Thanh Hải Lê Thanh Hải, Phó Chủ tịch UBND phường tặng hoa chúc mừng.';
    const f = extractArticle({ file: 'twice.txt', text, format: 'text', meta: {} });
    expect(f.people.map((p) => [p.name, p.positions.map((x) => x.title)])).toEqual([['Lê Thanh Hải', ['Phó Chủ tịch']]]);
  });
});
