import { extractArticle } from '../../../src/extract';

// Who chaired and who took part, from the cue words around the names.
const meeting = (sentences: string) => {
  const m = extractArticle({ file: 't.txt', text: `Hội nghị giao ban\nSáng 3/9/2025, ${sentences}`, format: 'text', meta: {} }).meetings[0];
  return { chairs: m?.chairs.map((c) => c.name) ?? [], participants: m?.participants.map((p) => p.name) ?? [] };
};

describe('roles', () => {
  test.each<[string, string[], string[]]>([
    ['HĐND phường tổ chức kỳ họp. Phó Chủ tịch HĐND thành phố Nguyễn Văn Vĩnh tặng hoa chúc mừng đồng chí Lê Văn Tâm, Chủ tịch HĐND phường.', [], ['Nguyễn Văn Vĩnh']],
    ['hội nghị được chủ trì bởi các đồng chí: Lê Nhật Minh – Bí thư Đảng ủy; Nguyễn Tiến Giang – Phó Bí thư Thường trực Đảng ủy.', ['Lê Nhật Minh', 'Nguyễn Tiến Giang'], []],
    ['hội nghị do Thường trực Đảng ủy xã chủ trì, gồm các đồng chí: Nguyễn Thị Hạnh, Bí thư Đảng ủy; Nguyễn Yến Nhi, Phó Bí thư Đảng ủy.', ['Nguyễn Thị Hạnh', 'Nguyễn Yến Nhi'], []],
    ['Đồng chí Nguyễn Thị Thanh, Bí thư Tỉnh ủy dự và chủ trì hội nghị.', ['Nguyễn Thị Thanh'], []],
    ['Chủ tịch UBND tỉnh Võ Trọng Hải đã đi kiểm tra hoạt động của xã Hà Linh.', ['Võ Trọng Hải'], []],
    ['Đoàn giám sát do ông Nguyễn Hải, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã làm việc với UBND xã.', ['Nguyễn Hải'], []],
    [
      'bà Lò Thị Việt Hà, Đại biểu Quốc hội tỉnh và bà Âu Thị Mai, Giám đốc Sở Y tế đã tiếp xúc với cử tri xã Phúc Ninh.',
      [],
      ['Lò Thị Việt Hà', 'Âu Thị Mai'],
    ],
    ['các đại biểu được nghe đồng chí Phạm Ngọc Thưởng, Thứ trưởng Bộ Giáo dục và Đào tạo thông tin chuyên đề.', [], ['Phạm Ngọc Thưởng']],
  ])('%s', (text, chairs, participants) => expect(meeting(text)).toEqual({ chairs, participants }));
});

describe('roles: negative cases', () => {
  test('"theo đề nghị của" is not presence', () => {
    expect(meeting('theo đề nghị của Chủ tịch UBND tỉnh Lê Ngọc Tuấn, HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh.').participants).toEqual([]);
  });
  test('flowers sent are not presence', () => {
    expect(meeting('đồng chí Nguyễn Huy Thăng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đã gửi lẵng hoa chúc mừng hội nghị.').participants).toEqual([]);
  });
  test('a voter who spoke is not an official', () => {
    expect(meeting('Đoàn ĐBQH tỉnh tiếp xúc cử tri. Cử tri Giàng A Chứ kiến nghị sửa đường vào bản.').participants).toEqual([]);
  });
  test('"Trưởng ban chỉ đạo" names a board: its "chỉ đạo" is not a cue', () => {
    expect(meeting('các đồng chí Hoàng Anh Tuấn, Phó Bí thư Huyện ủy, Trưởng ban chỉ đạo; Lương Thị Mai, Phó Chủ tịch UBND huyện chủ trì buổi làm việc.').chairs).toEqual([
      'Hoàng Anh Tuấn',
      'Lương Thị Mai',
    ]);
  });
});
