import { extractArticle } from '../../../src/extract';

// A title written once for a list belongs to every name in it.
const people = (sentence: string) =>
  Object.fromEntries(
    extractArticle({ file: 't.txt', text: `Hội nghị\n${sentence}`, format: 'text', meta: {} }).people.map((p) => [
      p.name,
      p.positions.map((q) => `${q.title} ${q.organization.name}`),
    ]),
  );

describe('shared list titles', () => {
  test('"các <title>" followed by names', () => {
    expect(people('Dự có các Phó Chủ tịch HĐND tỉnh Lê Văn An, Hà Thị Bình và Lò Văn Cường.')).toEqual({
      'Lê Văn An': ['Phó Chủ tịch Hội đồng nhân dân tỉnh'],
      'Hà Thị Bình': ['Phó Chủ tịch Hội đồng nhân dân tỉnh'],
      'Lò Văn Cường': ['Phó Chủ tịch Hội đồng nhân dân tỉnh'],
    });
  });
  test('after a colon, over items with chains of their own', () => {
    expect(people('Dự có các Ủy viên Trung ương Đảng: Nguyễn Hải Ninh, Bộ trưởng Bộ Tư pháp; Nghiêm Xuân Thành, Bí thư Tỉnh ủy.')).toEqual({
      'Nguyễn Hải Ninh': ['Bộ trưởng Bộ Tư pháp', 'Ủy viên Ban Chấp hành Trung ương Đảng'],
      'Nghiêm Xuân Thành': ['Bí thư Tỉnh ủy', 'Ủy viên Ban Chấp hành Trung ương Đảng'],
    });
  });
  test('"các đồng chí trong <body>:" makes each a member', () => {
    expect(people('Dự có các đồng chí trong Ban Thường vụ Tỉnh ủy: Tống Thanh Hải, Phó Chủ tịch UBND tỉnh; Đại tá Vũ Ngọc Quang, Giám đốc Công an tỉnh.')).toEqual({
      'Tống Thanh Hải': ['Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy'],
      'Vũ Ngọc Quang': ['Giám đốc Công an tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy'],
    });
  });
});

describe('shared list titles: negative cases', () => {
  test('without "các" a title belongs to the one name after it', () => {
    expect(people('Dự có Phó Chủ tịch HĐND tỉnh Lê Văn An, ông Hà Văn Bình.')['Hà Văn Bình']).toEqual([]);
  });
  test('an item that starts with a title of its own ends the list', () => {
    const p = people('Dự có các Ủy viên Trung ương Đảng: Nguyễn Hải Ninh, Bộ trưởng Bộ Tư pháp; Giám đốc Sở Y tế Trần Văn Cường.');
    expect(p['Trần Văn Cường']).toEqual(['Giám đốc Sở Y tế']);
  });
  test('without a colon the list is names only: a ";" and a chain end it', () => {
    const p = people('Dự có các Phó Chủ tịch HĐND tỉnh Nguyễn Quốc Chung, Nguyễn Thị Hà; đồng chí Lê Xuân Lợi, Phó Chủ tịch UBND tỉnh.');
    expect(p['Lê Xuân Lợi']).toEqual(['Phó Chủ tịch Ủy ban nhân dân tỉnh']);
  });
});

describe('a shared title with an honorific and a term before the colon', () => {
  test('"Các đồng chí Phó Bí thư Tỉnh ủy khóa XIX: A, chain; B; C, chain" gives every name the title', () => {
    const facts = extractArticle({
      file: 't.txt',
      format: 'text',
      meta: {},
      text: 'Hội nghị Ban Chấp hành\nSáng 1/10/2025, Ban Chấp hành Đảng bộ tỉnh họp phiên thứ nhất. Các đồng chí Phó Bí thư Tỉnh ủy khóa XIX: Lê Văn Hòa, Ủy viên dự khuyết Trung ương Đảng; Trần Minh Phúc; Đỗ Tuấn Sinh, Chủ tịch Ủy ban MTTQ tỉnh tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XX.',
    });
    expect(facts.people.map((p) => [p.name, p.positions.map((q) => `${q.title}|${q.organization.name}`)])).toEqual([
      ['Lê Văn Hòa', ['Ủy viên dự khuyết|Ban Chấp hành Trung ương Đảng', 'Phó Bí thư|Tỉnh ủy']],
      ['Trần Minh Phúc', ['Phó Bí thư|Tỉnh ủy']],
      ['Đỗ Tuấn Sinh', ['Chủ tịch|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Phó Bí thư|Tỉnh ủy']],
    ]);
  });
});

describe('a shared title the list leaves', () => {
  test('"miễn nhiệm 2 Ủy viên UBND tỉnh là ông A, ... và ông B, ...": the post is a former one', () => {
    const facts = extractArticle({
      file: 't.txt',
      format: 'text',
      meta: {},
      text: 'Nhân sự mới\nThủ tướng phê chuẩn miễn nhiệm 2 Ủy viên UBND tỉnh Bình Định là ông Lê Văn Tư, nguyên Giám đốc Công an tỉnh và ông Trần Văn Năm, nguyên Giám đốc Sở Nội vụ tỉnh, để nghỉ hưu theo chế độ.',
    });
    const current = facts.people.flatMap((p) => p.positions.filter((q) => q.status !== 'former').map((q) => `${p.name}|${q.title}|${q.organization.name}`));
    expect(current).toEqual([]);
    expect(facts.people.map((p) => p.name)).toEqual(['Lê Văn Tư', 'Trần Văn Năm']);
  });
});
