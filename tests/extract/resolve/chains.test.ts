import { extractArticle } from '../../../src/extract';

// Each case is one sentence in a minimal report; the positions read for one person are checked.
const read = (sentence: string) => extractArticle({ file: 't.txt', text: `Hội nghị giao ban\n${sentence}`, format: 'text', meta: {} });
const positionsOf = (sentence: string, name: string) =>
  read(sentence)
    .people.find((p) => p.name === name)
    ?.positions.map((p) => [p.title, p.organization.name, ...(p.status === 'current' ? [] : [p.status])]);

describe('title chains', () => {
  test.each<[string, string, string[][]]>([
    ['Chủ tịch UBMTTQVN tỉnh Nguyễn Tiếc Hùng phát biểu thảo luận.', 'Nguyễn Tiếc Hùng', [['Chủ tịch', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']]],
    [
      'Đồng chí Nguyễn Văn Hùng - HUV, Bí thư Đảng ủy xã phát biểu.',
      'Nguyễn Văn Hùng',
      [['Ủy viên', 'Huyện ủy'], ['Bí thư', 'Đảng ủy xã']],
    ],
    ['Dự có ông Trần Văn Bình, nguyên Phó Chủ tịch UBND tỉnh.', 'Trần Văn Bình', [['Phó Chủ tịch', 'Ủy ban nhân dân tỉnh', 'former']]],
    ['Quyền Giám đốc Sở Y tế Lê Văn Sơn báo cáo tại hội nghị.', 'Lê Văn Sơn', [['Giám đốc', 'Sở Y tế', 'acting']]],
    // "kiêm" (concurrently) joins two offices of one body, and the chain goes on after it.
    [
      'Bà Vũ Thị Lan, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam phát biểu.',
      'Vũ Thị Lan',
      [['Phó Chủ tịch', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'], ['Tổng Thư ký', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']],
    ],
    ['Ông Lê Văn An, Phó Giám đốc Sở Tư pháp kiêm Giám đốc Sở Nội vụ phát biểu.', 'Lê Văn An', [['Phó Giám đốc', 'Sở Tư pháp'], ['Giám đốc', 'Sở Nội vụ']]],
    // A caption's place in the photo between the name and its chain.
    ['Ông Lê Quang Tùng (trái) - Bí thư Thành ủy tặng hoa chúc mừng.', 'Lê Quang Tùng', [['Bí thư', 'Thành ủy']]],
    ['Ông Đỗ Văn Hòa (thứ hai từ phải), Chủ tịch UBND tỉnh trao quyết định.', 'Đỗ Văn Hòa', [['Chủ tịch', 'Ủy ban nhân dân tỉnh']]],
    // The "Nguyên" of a place before the title ("Thái Nguyên") is not "nguyên" (former).
    ['Đoàn công tác tại Thái Nguyên Bộ trưởng Bộ Công an Trịnh Văn Quang Hưng Yên dự.', 'Trịnh Văn Quang', [['Bộ trưởng', 'Bộ Công an']]],
    [
      'Đồng chí Nguyễn Thị Hà, Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy chủ trì.',
      'Nguyễn Thị Hà',
      [['Ủy viên', 'Ban Chấp hành Trung ương Đảng'], ['Bí thư', 'Tỉnh ủy']],
    ],
    ['Trưởng Đoàn ĐBQH tỉnh Hà Văn Minh phát biểu.', 'Hà Văn Minh', [['Trưởng đoàn', 'Đoàn đại biểu Quốc hội tỉnh']]],
    ['Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Lò Thị Mai báo cáo.', 'Lò Thị Mai', [['Phó Trưởng đoàn chuyên trách', 'Đoàn đại biểu Quốc hội tỉnh']]],
    ['Chánh Văn phòng Tỉnh ủy Đỗ Minh Tuấn báo cáo.', 'Đỗ Minh Tuấn', [['Chánh Văn phòng', 'Văn phòng Tỉnh ủy']]],
    ['Bí thư Huyện ủy Mường Tè Lò Văn Phương phát biểu.', 'Lò Văn Phương', [['Bí thư', 'Huyện ủy']]],
    [
      'Đồng chí Phạm Thị Thương – UVBTV Huyện ủy, Phó Chủ tịch UBND huyện phát biểu.',
      'Phạm Thị Thương',
      [['Ủy viên', 'Ban Thường vụ Huyện ủy'], ['Phó Chủ tịch', 'Ủy ban nhân dân huyện']],
    ],
    [
      'Đồng chí Nguyễn Thế Quyền - UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện báo cáo.',
      'Nguyễn Thế Quyền',
      [['Ủy viên', 'Ban Thường vụ Huyện ủy'], ['Trưởng ban', 'Ban Dân vận Huyện ủy'], ['Chủ tịch', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện']],
    ],
    ['Bà Vi Thị Lan (Phó Chủ tịch HĐND huyện) phát biểu.', 'Vi Thị Lan', [['Phó Chủ tịch', 'Hội đồng nhân dân huyện']]],
    ['Phó Bí thư TT Tỉnh ủy Trần Văn Quý kết luận.', 'Trần Văn Quý', [['Phó Bí thư Thường trực', 'Tỉnh ủy']]],
  ])('%s', (sentence, name, expected) => expect(positionsOf(sentence, name)).toEqual(expected));

  test('a list of attendees: each name takes the titles after it up to the semicolon', () => {
    const f = read('Dự hội nghị có các đồng chí: Nguyễn Quang Hải, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh; Đầu Thanh Tùng, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.');
    expect(f.people.map((p) => [p.name, p.positions.map((q) => `${q.title} ${q.organization.name}`)])).toEqual([
      ['Nguyễn Quang Hải', ['Ủy viên Tỉnh ủy', 'Phó Chủ tịch Hội đồng nhân dân tỉnh']],
      ['Đầu Thanh Tùng', ['Ủy viên Tỉnh ủy', 'Phó Chủ tịch Ủy ban nhân dân tỉnh']],
    ]);
  });

  test('a bare "Ủy viên Ban Thường vụ" takes the committee of a district report', () => {
    const f = extractArticle({
      file: 't.txt',
      text: 'Huyện ủy tổ chức hội nghị\nNgày 3/4, Huyện ủy tổ chức hội nghị. Đồng chí Hoàng Văn Nam, Ủy viên Ban Thường vụ phát biểu. Đồng chí Lê Minh, Bí thư Huyện ủy chủ trì.',
      format: 'text',
      meta: {},
    });
    expect(f.people.find((p) => p.name === 'Hoàng Văn Nam')?.positions.map((p) => p.organization.name)).toEqual(['Ban Thường vụ Huyện ủy']);
  });
});

describe('title chains: what must not be read', () => {
  test.each([
    'Đường Nguyễn Văn Linh được mở rộng trong năm nay.',
    'Tại Thành phố Hồ Chí Minh, các đại biểu đã thảo luận.',
    'Các đồng chí lãnh đạo Ban Dân vận Tỉnh ủy tham dự.',
    'Phó Chủ tịch Ủy ban MTTQ tỉnh, trưởng, phó phòng thuộc Ủy ban MTTQ tỉnh dự.',
    'Quang cảnh Hội nghị Ban Chấp hành Đảng bộ tỉnh.',
  ])('no person in "%s"', (sentence) => expect(read(sentence).people).toEqual([]));

  test('a title without its body is not a position', () => {
    expect(positionsOf('Đồng chí Nguyễn Văn An, Phó Chủ tịch, phát biểu.', 'Nguyễn Văn An')).toEqual([]);
  });
});

describe('more title chains', () => {
  test.each<[string, string, string[][]]>([
    ['Thủ tướng Chính phủ Phạm Minh Chính phát biểu chỉ đạo.', 'Phạm Minh Chính', [['Thủ tướng', 'Chính phủ']]],
    ['Chủ tịch UBND thành phố Thanh Hóa Lê Anh Xuân báo cáo.', 'Lê Anh Xuân', [['Chủ tịch', 'Ủy ban nhân dân thành phố']]],
    ['Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh đoàn phát biểu.', 'Nguyễn Văn Sơn', [['Bí thư', 'Tỉnh đoàn']]],
    ['Phó Trưởng Ban Tuyên giáo Tỉnh ủy Lê Thị Thu báo cáo.', 'Lê Thị Thu', [['Phó Trưởng ban', 'Ban Tuyên giáo Tỉnh ủy']]],
    ['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hoàng Văn Hải phát biểu.', 'Hoàng Văn Hải', [['Chủ nhiệm', 'Ủy ban Kiểm tra Tỉnh ủy']]],
  ])('%s', (sentence, name, expected) => expect(positionsOf(sentence, name)).toEqual(expected));

  test('"Đồng chủ trì hội nghị có các đồng chí" lists every co-chair', () => {
    const f = read('Đồng chủ trì hội nghị có các đồng chí: Lê Văn A, Bí thư Huyện ủy; Trần Văn Bình, Chủ tịch UBND huyện.');
    expect(f.meetings[0].chairs.map((c) => c.name)).toEqual(['Lê Văn A', 'Trần Văn Bình']);
  });
});

describe('places', () => {
  const province = (text: string) => extractArticle({ file: 't.txt', text, format: 'text', meta: {} }).locality.province;
  test('a body with its place names the province', () => {
    expect(province('Hội nghị\nSáng 9-6, Thường trực Tỉnh ủy An Giang làm việc với Ban Dân vận Tỉnh ủy.')).toBe('An Giang');
    expect(province('Hội nghị\nUBND tỉnh Thanh Hoá tổ chức hội nghị. Tỉnh ủy Thanh Hóa chỉ đạo.')).toBe('Thanh Hóa');
  });
  test('"tư tưởng Hồ Chí Minh" is not a place, and a province named once in passing does not outweigh one named with its bodies', () => {
    expect(province('Hội nghị\nHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.')).toBeNull();
    expect(province('Hội nghị\nTỉnh ủy Nghệ An tổ chức hội nghị. UBND tỉnh Nghệ An báo cáo. Đoàn đã thăm Hà Tĩnh.')).toBe('Nghệ An');
  });
  test('the province given by the user wins', () => {
    expect(extractArticle({ file: 't.txt', text: 'Hội nghị\nTỉnh ủy tổ chức hội nghị.', format: 'text', meta: { province: 'thanh hoa' } }).locality.province).toBe('Thanh Hóa');
  });
});

describe('district names', () => {
  // "Châu" is also a family name; alone, without a given name after it, it belongs to the place.
  test.each([
    ['Huyện ủy Mai Châu sơ kết công tác 6 tháng đầu năm.', 'Mai Châu'],
    ['Bí thư Huyện ủy Mường Tè Lò Văn Phương phát biểu.', 'Mường Tè'],
  ])('%s', (sentence, district) => {
    const f = read(sentence);
    const bodies = f.people.flatMap((p) => p.positions.map((q) => q.organization.locality));
    expect([f.locality.district, ...bodies]).toContain(district);
  });
});

describe('a chain in apposition before an honorific', () => {
  const people = (text: string) =>
    extractArticle({ file: 'a.txt', text, format: 'text', meta: {} }).people.map((p) => [p.name, p.positions.map((q) => `${q.title}|${q.organization.name}|${q.organization.locality}`)]);
  test('"Chủ tịch UBND Long An, ông X" and "Phó Chủ tịch UBND TP HCM ông Y"', () => {
    expect(people('Sáng 2/1/2024, Chủ tịch UBND Long An, ông Nguyễn Văn Út chủ trì hội nghị. Phó Chủ tịch UBND TP HCM ông Dương Anh Đức dự.')).toEqual([
      ['Nguyễn Văn Út', ['Chủ tịch|Ủy ban nhân dân tỉnh|Long An']],
      ['Dương Anh Đức', ['Phó Chủ tịch|Ủy ban nhân dân thành phố|TP. Hồ Chí Minh']],
    ]);
  });
  test('a title claimed by the name before it, or conferred in the clause before, is not taken', () => {
    expect(people('Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Nghệ An, ông Trần Văn Bình phát biểu.')).toEqual([
      ['Nguyễn Văn An', ['Giám đốc|Sở Tài chính|Nghệ An']],
      ['Trần Văn Bình', []],
    ]);
  });
});
