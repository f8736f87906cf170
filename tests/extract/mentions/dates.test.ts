import { findDates, statedYears, monthYears, firstLunarDate, inferYear } from '../../../src/extract/mentions/dates';

const first = (s: string) => findDates(s)[0];

describe('findDates', () => {
  test.each([
    ['Sáng ngày 07/9/2021, bà A làm việc', { day: 7, month: 9, year: 2021, partOfDay: 'morning', introduced: true }],
    ['Chiều 29-6, Thường trực Tỉnh ủy', { day: 29, month: 6, year: null, partOfDay: 'afternoon', introduced: true }],
    ['Ngày 22/3, Tỉnh ủy tổ chức', { day: 22, month: 3, year: null, partOfDay: null, introduced: true }],
    ['Tối 5.12.2023, UBND huyện', { day: 5, month: 12, year: 2023, partOfDay: 'evening', introduced: true }],
    ['ngày 5 tháng 7 năm 2023, Huyện ủy', { day: 5, month: 7, year: 2023, introduced: true }],
    ['Sáng nay (15/3), đoàn công tác', { day: 15, month: 3, partOfDay: 'morning', introduced: true }],
    ['Sáng Chủ nhật (14/4), HĐND tỉnh', { day: 14, month: 4, partOfDay: 'morning', introduced: true }],
    ['Chiều thứ Tư (09/01), đoàn công tác', { day: 9, month: 1, partOfDay: 'afternoon', introduced: true }],
    ['Ngày 17 – 9, Thường trực Tỉnh ủy', { day: 17, month: 9, year: null, introduced: true }],
    ['ngày 17-9, Ban Thường vụ', { day: 17, month: 9, introduced: true }],
    ['diễn ra hôm nay (16/10), sau khi', { day: 16, month: 10, partOfDay: null, introduced: true }],
    ['Trong 2 ngày 6 và 7/8, Đảng bộ phường', { day: 6, month: 8, year: null, introduced: true }],
    ['Ngày 10 và 11-2, Đảng bộ Văn phòng', { day: 10, month: 2, introduced: true }],
    ['Trong hai ngày 6-7/8/2025, Đảng bộ xã', { day: 6, month: 8, year: 2025, introduced: true }],
  ])('%s', (text, expected) => expect(first(text)).toMatchObject(expected));

  test('the span covers the date phrase', () => {
    const text = 'Xin chào. Chiều 20-3-2024, hội nghị';
    const d = first(text);
    expect(text.slice(d.start, d.end)).toBe('Chiều 20-3-2024');
  });
});

describe('findDates negative cases', () => {
  test.each([
    'nhiệm kỳ 2021-2026',
    '6 tháng đầu năm 2021',
    'quý I năm 2024',
    'tỷ lệ 35/40 xã đạt chuẩn',
    'số 01-NQ/TU',
    'lúc 14:33',
  ])('no date in "%s"', (text) => expect(findDates(text).filter((d) => d.introduced)).toEqual([]));
  test('35/40 is not a valid month', () => expect(findDates('35/40')).toEqual([]));
});

describe('lunar dates', () => {
  test.each(['Chiều 28 Tết, Bí thư Tỉnh ủy thăm', 'Sáng mùng 6 Tết, lãnh đạo tỉnh', 'Tối rằm tháng Giêng, Hội Phụ nữ', 'ngày 23 tháng Chạp, Huyện ủy'])('%s is lunar, with no solar date', (text) => {
    expect(firstLunarDate(text)).toBeGreaterThanOrEqual(0);
    expect(findDates(text).filter((d) => d.introduced)).toEqual([]);
  });
  test.each(['dịp Tết Nguyên đán 2024', 'ngày 28/1, trước Tết', 'Tết Trung thu'])('not a lunar date: %s', (text) => expect(firstLunarDate(text)).toBe(-1));
});

describe('monthYears', () => {
  test('reads "tháng 9/2025" but not a term', () => expect(monthYears('tháng 9/2025; tháng 12-2024; nhiệm kỳ 2020-2025')).toEqual([2025, 2024]));
});

describe('statedYears', () => {
  test('reads "năm 2021" but not a term of office', () => {
    expect(statedYears('6 tháng cuối năm 2021; nhiệm kỳ 2021-2026; năm 2022')).toEqual([2021, 2022]);
    // A career's start and a period's bound are not the year of the report.
    expect(statedYears('Ông vào ngành từ năm 1997; trước năm 2020 và sau năm 2015; tổng kết năm 2024.')).toEqual([2024]);
  });
});

describe('a newspaper code glued before the date', () => {
  test('"(GLO)-Ngày 11-8" is introduced; "A-11/8" and "2-11-8" are not dates of their own', () => {
    expect(findDates('(GLO)-Ngày 11-8, Đảng bộ xã tổ chức đại hội').map((d) => [d.day, d.month, d.introduced])).toEqual([[11, 8, true]]);
    expect(findDates('mã A-11/8 và số 2-11-8')).toEqual([]);
  });
});

describe('inferYear from the years a text names', () => {
  const hints = (text: string) => ({ published: null, publishedMonth: null, text });
  test('the one year named', () => expect(inferYear(11, 21, hints('Báo cáo kết quả năm 2025; kế hoạch năm 2025.'))).toBe(2025));
  test('a year review and the next year plan: either year, so unknown, however often each is named', () => {
    expect(inferYear(11, 21, hints('kết quả năm 2025; nhiệm vụ năm 2026, mục tiêu năm 2026, kế hoạch năm 2026.'))).toBeNull();
  });
  test('two years far apart: the one named more', () => expect(inferYear(5, 3, hints('năm 2020; năm 2023; năm 2023.'))).toBe(2023));
  test('a year-end session in December: the year whose end it names, though the next year is planned too', () => {
    const text = 'Kỳ họp thường lệ cuối năm 2025 đánh giá kết quả năm 2025 và quyết định nhiệm vụ năm 2026, kế hoạch năm 2026.';
    expect(inferYear(12, 24, hints(text))).toBe(2025);
    // The same words for a date outside the year's end say nothing of its year.
    expect(inferYear(3, 2, hints(text))).toBeNull();
  });
  test('an early-year meeting in January and a half-year review in July', () => {
    expect(inferYear(1, 8, hints('Hội nghị đầu năm 2026 triển khai nhiệm vụ năm 2026, tổng kết năm 2025.'))).toBe(2026);
    expect(inferYear(7, 10, hints('Sơ kết 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm 2025 và năm 2026.'))).toBe(2025);
    // "6 tháng đầu năm" is not the start of the year: a January meeting learns nothing from it.
    expect(inferYear(1, 8, hints('Kế hoạch 6 tháng đầu năm 2026; kết quả năm 2025.'))).toBeNull();
  });
  test('a year reviewed early in the next: "tổng kết năm 2025" on 5/2 is in 2026, and says nothing of a date in May', () => {
    const text = 'Hội nghị tổng kết năm 2025 và triển khai nhiệm vụ năm 2026.';
    expect(inferYear(2, 5, hints(text))).toBe(2026);
    expect(inferYear(5, 5, hints(text))).toBeNull();
    expect(inferYear(1, 20, hints('Hội nghị tổng kết công tác năm 2025, phương hướng năm 2026.'))).toBe(2026);
  });
});
