import { readBody } from '../../../src/extract/mentions/bodies';
import { tokenize } from '../../../src/extract/common/tokens';
import { getLexicon, extractArticle } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize/unicode';

const lex = getLexicon();
const read = (s: string) => readBody(tokenize(normalizeText(s).text), 0, lex)?.body.name ?? null;

describe('readBody', () => {
  test('the party board is read before its committee, not before an event it organizes', () => {
    expect(read('Ban Tổ chức Tỉnh ủy')).toBe('Ban Tổ chức Tỉnh ủy');
    expect(read('Ban Tổ chức Hội thi tuyên truyền viên giỏi')).toBeNull();
    expect(read('Ban tổ chức giải chạy')).toBeNull();
  });
  test("a contest's organizer is given no post, the party board's head is", () => {
    const facts = extractArticle({
      file: 't.txt', format: 'text', meta: {},
      text: 'Sáng 12/5/2024, phường Chương Dương tổ chức Hội thi tuyên truyền viên giỏi. Đồng chí Trần Thu Hà, Phó Chủ tịch UBND phường, Trưởng Ban Tổ chức Hội thi phát biểu khai mạc. Dự có ông Lê Văn Tâm, Trưởng Ban Tổ chức Quận ủy.',
    });
    expect(facts.people.map((p) => [p.name, p.positions.map((x) => `${x.title} ${x.organization.name}`)])).toEqual([
      ['Trần Thu Hà', ['Phó Chủ tịch Ủy ban nhân dân phường']],
      ['Lê Văn Tâm', ['Trưởng ban Ban Tổ chức Quận ủy']],
    ]);
  });
});
