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
  test('one office of two bodies, the level written once after the second', () => {
    expect(read('Văn phòng HĐND và UBND xã')).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã');
    expect(read('Văn phòng Đoàn ĐBQH và HĐND tỉnh')).toBe('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh');
    // Each with its own level: the office is the first one's, the second body is read on its own.
    expect(read('Văn phòng UBND tỉnh và UBND huyện')).toBe('Văn phòng Ủy ban nhân dân tỉnh');
  });
  test("an agency's own party committee, named after it", () => {
    expect(read('Đảng ủy Sở Y tế')).toBe('Đảng ủy Sở Y tế');
    expect(read('Đảng ủy Cơ quan Ủy ban T.Ư MTTQ VN')).toBe('Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
    expect(read('Đảng ủy xã')).toBe('Đảng ủy xã');
  });
});
