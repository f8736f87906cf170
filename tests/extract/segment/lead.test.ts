import { extractArticle } from '../../../src/extract';

// Menus and section names above the report must not use up the lead, where the meeting's date is.
const dateOf = (text: string, meta = {}) => extractArticle({ file: 'a.txt', text, format: 'text', meta }).meetings[0]?.date ?? null;

describe('the lead', () => {
  test('navigation lines and a second title before the lead', () => {
    const page = [
      'Xuất bản thông tin',
      'null Kỳ họp thứ nhất HĐND xã Tân Phú khóa X',
      'Chi tiết bài viết Tin tức',
      'Kỳ họp thứ nhất HĐND xã Tân Phú khóa X',
      'Sáng 30/6/2021, HĐND xã Tân Phú tổ chức kỳ họp thứ nhất. Bà Lê Thị Hoa, Phó Chủ tịch HĐND huyện dự.',
    ].join('\n');
    expect(dateOf(page)).toBe('2021-06-30');
  });
  test('a breadcrumb with the publication date, then the lead with the meeting date', () => {
    const page = [
      'Tin tức / Chính trị / Thứ hai, ngày 15/09/2025',
      'Đảng ủy xã Hòa Bình họp phiên thường kỳ',
      'Chiều 14/9, Ban Thường vụ Đảng ủy xã Hòa Bình họp phiên thường kỳ tháng 9. Đồng chí Trần Văn Khải, Bí thư Đảng ủy xã chủ trì.',
    ].join('\n');
    expect(dateOf(page)).toBe('2025-09-14');
  });
  test('the third prose sentence still belongs to the lead, the fourth does not', () => {
    const page = ['Tiêu đề', 'Câu một.', 'Câu hai.', 'Sáng 5/3/2024, Huyện ủy tổ chức hội nghị. Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì.'].join('\n');
    expect(dateOf(page)).toBe('2024-03-05');
    const late = ['Tiêu đề', 'Câu một.', 'Câu hai.', 'Câu ba.', 'Sáng 5/3/2024, Huyện ủy họp. Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì.'].join('\n');
    expect(dateOf(late)).toBeNull();
  });
});

describe('the year of a meeting date written without one', () => {
  const lead = (s: string) => `Hội nghị\n${s} Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì.`;
  test('from a leading "date" label, with the month rule of datelines', () => {
    expect(dateOf(` date 2026-01-26 ${lead('Sáng 26/1, HĐND xã họp.')}`)).toBe('2026-01-26');
    expect(dateOf(` date 2019-10 ${lead('Kỳ họp diễn ra hôm nay (16/10).')}`)).toBe('2019-10-16');
    expect(dateOf(lead('Chiều 29/12, Huyện ủy họp.'), { publishedAt: '2024-01-02' })).toBe('2023-12-29');
  });
  test('from a full date written near it, or a month the text names', () => {
    expect(dateOf(lead('Sáng 28/4, HĐND tỉnh họp. Ông A thôi nhiệm vụ kể từ ngày 18/4/2022.'))).toBe('2022-04-28');
    expect(dateOf(lead('Chiều 29/8, UBND phường họp giao ban và triển khai nhiệm vụ tháng 9/2025.'))).toBe('2025-08-29');
  });
  test('not from a date far from it, and not when the text is ambiguous', () => {
    expect(dateOf(lead('Sáng 28/4, HĐND tỉnh họp. Ông A sinh ngày 19/10/1970.'))).toBe('--04-28');
    expect(dateOf(lead('Sáng 28/4, HĐND tỉnh họp về nhiệm vụ năm 2022 và năm 2023.'))).toBe('--04-28');
    expect(dateOf(lead('Sáng 22/8, Đảng bộ phường họp. Bà Hoàng Thị Nga sinh năm 1971.'))).toBe('--08-22');
  });
});

describe('a meeting dated by the lunar calendar', () => {
  const lead = (s: string) => `Hội nghị\n${s} Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì.`;
  test('has no date rather than a guessed one', () => {
    expect(dateOf(lead('Chiều 28 Tết, Huyện ủy thăm hỏi các gia đình chính sách theo Kế hoạch ngày 5/1/2024.'))).toBeNull();
  });
  test('takes the solar date written beside it', () => {
    expect(dateOf(lead('Sáng mùng 6 Tết (tức 15/2/2024), Huyện ủy tổ chức lễ ra quân.'))).toBe('2024-02-15');
  });
});

describe('the date a decision takes effect', () => {
  test('"kể từ ngày 01/10/2022" in a personnel report dates no meeting', () => {
    const page = [
      'Bổ nhiệm Giám đốc Sở Kế hoạch và Đầu tư',
      'Đồng chí Lê Văn Hùng, Chủ tịch UBND tỉnh trao quyết định, tặng hoa chúc mừng tân Giám đốc Sở Kế hoạch và Đầu tư.',
      'Theo Quyết định của Chủ tịch UBND tỉnh, đồng chí Hà Văn Dũng, Chánh Thanh tra tỉnh giữ chức vụ Giám đốc Sở Kế hoạch và Đầu tư, thời hạn bổ nhiệm là 5 năm, kể từ ngày 01/10/2022.',
    ].join('\n');
    expect(extractArticle({ file: 'a.txt', text: page, format: 'text', meta: {} }).meetings.map((m) => m.date)).toEqual([null]);
  });
});
