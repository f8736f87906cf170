import { extractArticle } from '../../../src/extract';

// A bare "Đảng ủy" (and a bare party title) takes its level from the chain, then from the article;
// never the province by default.
const read = (text: string) => extractArticle({ file: 't.txt', text, format: 'text', meta: {} });
const positions = (text: string, name: string) =>
  read(text)
    .people.find((p) => p.name === name)
    ?.positions.map((p) => [p.title, p.organization.name, p.organization.locality]);

describe('levels completed from the chain', () => {
  test.each<[string, string, (string | null)[][]]>([
    [
      'Hội nghị\nDự có ông Lê Văn Trung, Bí thư Đảng ủy, Chủ tịch HĐND xã Cẩm Thủy phát biểu.',
      'Lê Văn Trung',
      [['Bí thư', 'Đảng ủy xã', 'Cẩm Thủy'], ['Chủ tịch', 'Hội đồng nhân dân xã', 'Cẩm Thủy']],
    ],
    [
      'Hội nghị\nĐồng chí Trần Thị Tâm - Phó Bí thư Đảng uỷ, Chủ tịch UBND xã Bình Tuyền, Uỷ viên Ban Kinh tế ngân sách HĐND tỉnh phát biểu.',
      'Trần Thị Tâm',
      [
        ['Phó Bí thư', 'Đảng ủy xã', 'Bình Tuyền'],
        ['Chủ tịch', 'Ủy ban nhân dân xã', 'Bình Tuyền'],
        ['Ủy viên', 'Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh', null],
      ],
    ],
    ['Hội nghị\nĐồng chí Lò Văn Hùng, Phó Bí thư, Chủ tịch UBND phường Tân Phong phát biểu.', 'Lò Văn Hùng', [['Phó Bí thư', 'Đảng ủy phường', 'Tân Phong'], ['Chủ tịch', 'Ủy ban nhân dân phường', 'Tân Phong']]],
    ['Hội nghị\nĐồng chí Hà Văn Nam, UV BTV Đảng ủy, Phó Chủ tịch UBND xã phát biểu.', 'Hà Văn Nam', [['Ủy viên', 'Ban Thường vụ Đảng ủy xã', null], ['Phó Chủ tịch', 'Ủy ban nhân dân xã', null]]],
  ])('%s', (text, name, expected) => expect(positions(text, name)).toEqual(expected));

  test('the article gives the level when the chain does not: a ward report', () => {
    const text = 'UBND phường Tân Hưng họp giao ban\nChiều 29/8/2025, UBND phường Tân Hưng tổ chức họp giao ban. Đồng chí Trương Thanh Hào, Bí thư Đảng ủy chủ trì.';
    // The one ward the article names is its place too.
    expect(positions(text, 'Trương Thanh Hào')).toEqual([['Bí thư', 'Đảng ủy phường', 'Tân Hưng']]);
  });
});

describe('levels completed from the chain: negative cases', () => {
  test('a bare "Đảng ủy" in a provincial report gives no position', () => {
    const text = 'Tỉnh ủy Lai Châu họp\nNgày 3/4/2024, Ban Thường vụ Tỉnh ủy Lai Châu họp. Đồng chí Lò Văn Tiến, Bí thư Đảng ủy báo cáo.';
    expect(positions(text, 'Lò Văn Tiến')).toEqual([]);
  });
  test('a province-level sibling does not make a bare "Đảng ủy" the province\'s: it is the sibling\'s own', () => {
    const text = 'Hội nghị\nĐồng chí Vũ Văn Hải, Phó Bí thư Đảng ủy, Giám đốc Công an tỉnh phát biểu.';
    expect(positions(text, 'Vũ Văn Hải')).toEqual([['Phó Bí thư', 'Đảng ủy Công an tỉnh', null], ['Giám đốc', 'Công an tỉnh', null]]);
  });
  test('nor, in a ward report, the ward\'s: beside an enterprise or the provincial People\'s Committee it is theirs', () => {
    const ward = 'UBND phường Tân Hưng họp\nChiều 29/8/2025, Ủy ban MTTQ phường Tân Hưng tổ chức hội nghị tiếp xúc cử tri. Dự có ';
    expect(positions(`${ward}ông Lê Văn Sơn, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam.`, 'Lê Văn Sơn')).toEqual([
      ['Bí thư', 'Đảng ủy Tập đoàn Dầu khí Việt Nam', null],
      ['Chủ tịch', 'Hội đồng thành viên Tập đoàn Dầu khí Việt Nam', null],
    ]);
    expect(positions(`${ward}ông Hồ Văn Mười, Bí thư Đảng ủy, Chủ tịch UBND tỉnh.`, 'Hồ Văn Mười')).toEqual([
      ['Bí thư', 'Đảng ủy Ủy ban nhân dân tỉnh', null],
      ['Chủ tịch', 'Ủy ban nhân dân tỉnh', null],
    ]);
    // Beside a council it is left unplaced: no body is named, and the ward is not it.
    expect(positions(`${ward}ông Lê Văn An, Bí thư Đảng ủy, Chủ tịch HĐND tỉnh.`, 'Lê Văn An')).toEqual([['Chủ tịch', 'Hội đồng nhân dân tỉnh', null]]);
  });
  test('a sector committee written without its level is not placed', () => {
    const text = 'Phường Tân Hưng giao ban\nSáng 3/9/2025, UBND phường Tân Hưng giao ban. Đồng chí Hà Văn Tú, Bí thư Đảng ủy Công an phát biểu.';
    expect(positions(text, 'Hà Văn Tú')).toEqual([]);
  });
});

describe('the place written once at the end of a chain', () => {
  test('applies to every body of its level before it, not the province the article is about', () => {
    const text = 'Tỉnh ủy Thái Bình công bố quyết định\nChiều 3/3/2025, Tỉnh ủy Thái Bình tổ chức hội nghị. Bộ Chính trị điều động đồng chí Đặng Quốc Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh giữ chức Bí thư Tỉnh ủy Thái Bình.';
    expect(positions(text, 'Đặng Quốc Vinh')?.slice(0, 2)).toEqual([['Phó Bí thư', 'Tỉnh ủy', 'Hà Tĩnh'], ['Chủ tịch', 'Ủy ban nhân dân tỉnh', 'Hà Tĩnh']]);
  });

  test('does not reach across levels: a district place is not the province committee\'s', () => {
    const text = 'Hội nghị\nNgày 3/4/2024, tỉnh Quảng Bình tổ chức hội nghị. Đồng chí Hồ Minh Trí, Tỉnh ủy viên, Bí thư Huyện ủy Bố Trạch phát biểu.';
    expect(positions(text, 'Hồ Minh Trí')).toEqual([['Ủy viên', 'Tỉnh ủy', 'Quảng Bình'], ['Bí thư', 'Huyện ủy', 'Bố Trạch']]);
  });
});
