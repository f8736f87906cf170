import { readPlace, capitalRun } from '../../../src/extract/mentions/places';
import { tokenize } from '../../../src/extract/common/tokens';
import { getLexicon } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize/unicode';

// readPlace at token 0 of a phrase written right after a level word (or a committee without one).
const lex = getLexicon();
const tokens = (s: string) => tokenize(normalizeText(s).text);
const place = (s: string, level: Parameters<typeof readPlace>[2]) => {
  const p = readPlace(tokens(s), 0, level, lex);
  return p && { name: p.name, level: p.level, province: p.province?.name ?? null };
};

describe('readPlace', () => {
  test.each<[string, Parameters<typeof readPlace>[2], object]>([
    ['Vinh Nguyễn Văn Thông', null, { name: 'Vinh', level: 'district', province: 'Nghệ An' }],
    ['Sầm Sơn được bầu', 'city', { name: 'Sầm Sơn', level: 'district', province: 'Thanh Hóa' }],
    ['Thanh Hóa', 'city', { name: 'Thanh Hóa', level: 'district', province: 'Thanh Hóa' }],
    ['Hồ Chí Minh', 'city', { name: 'TP. Hồ Chí Minh', level: 'province', province: 'TP. Hồ Chí Minh' }],
    ['HCM', 'city', { name: 'TP. Hồ Chí Minh', level: 'province', province: 'TP. Hồ Chí Minh' }],
    ['An Hải Phùng Phú Phong', 'commune', { name: 'An Hải', level: 'commune', province: null }],
    ['Hoàng Mai Cao Văn Tiến', 'district', { name: 'Hoàng Mai', level: 'district', province: null }],
    ['Mường Tè Lò Văn Phương', 'district', { name: 'Mường Tè', level: 'district', province: null }],
    ['Mai Châu sơ kết', 'district', { name: 'Mai Châu', level: 'district', province: null }],
  ])('%s (%s)', (text, level, expected) => expect(place(text, level)).toEqual(expected));
});

describe('readPlace negative cases', () => {
  // After "thành phố" or "Thành ủy" only a known city is a place: these are people.
  test.each<[string, Parameters<typeof readPlace>[2]]>([
    ['Lương Nguyễn Minh Triết', 'city'],
    ['Cửa Lò Võ Thị Hà', null],
    // Three or four words that start with a family name are a person, not "Võ" and "Lê Nhật".
    ['Võ Lê Nhật', 'commune'],
    ['Trương Thị Hằng', 'commune'],
    ['xã', 'commune'],
  ])('no place in "%s" (%s)', (text, level) => expect(place(text, level)).toBeNull());

  test('a run stops at a title', () => {
    expect(capitalRun(tokens('Duy Vinh Phó Chủ tịch'), 0, 3, lex)).toBe(2);
  });
});
