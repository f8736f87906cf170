import { parseDateline, attachedDateline } from '../../../src/extract/clean/datelines';
import { classifyLines } from '../../../src/extract/clean/lines';
import { getLexicon } from '../../../src/extract';

describe('datelines as pages write them', () => {
  test.each([
    ['Thứ 5, 19/06/2025, 21:29[GMT+7]', '2025-06-19'],
    ['Thứ 5, 19/06/2025 | 16:03:12', '2025-06-19'],
    ['Thứ ba, 01/07/2025, 12:52 PM', '2025-07-01'],
    ['Cập nhật ngày: 01/08/2020 - 08:28', '2020-08-01'],
    ['21:39 | 11/05/2022', '2022-05-11'],
    ['Tin tức / Chính trị / Thứ hai, ngày 15/09/2025', '2025-09-15'],
    ['Trang chủ » Thời sự » 09/06/2021 14:33', '2021-06-09'],
  ])('%s', (line, iso) => expect(parseDateline(line)).toBe(iso));

  test.each([
    'Ngày 15/09/2025, Đảng ủy xã tổ chức hội nghị.',
    'Sáng 9-6, đoàn công tác làm việc với huyện',
    'Nghị quyết số 01 ngày 22/03/2024 / Kế hoạch số 05 ngày 01/04/2024',
    'Tin tức / Chính trị / Đảng ủy xã tổ chức hội nghị ngày 15/09/2025',
    '35/40 xã đạt chuẩn',
  ])('not a dateline: %s', (line) => expect(parseDateline(line)).toBeNull());

  test('a dateline glued to the start or the end of a line', () => {
    expect(attachedDateline(' date 2026-03-09 Các ứng cử viên tiếp xúc cử tri')).toEqual({ date: '2026-03-09', at: 'start', length: 16 });
    expect(attachedDateline('date 2019-10 Tại kỳ họp bất thường')).toMatchObject({ date: '2019-10', at: 'start' });
    expect(attachedDateline('Thanh Hóa: Bổ nhiệm 4 tân giám đốc sở 06/10/2025 17:12')).toMatchObject({ date: '2025-10-06', at: 'end' });
    expect(attachedDateline('Năm 2025 là năm tổ chức đại hội')).toBeNull();
    expect(attachedDateline('2021-2026 là nhiệm kỳ mới')).toBeNull();
  });
});

describe('lines around the dateline', () => {
  const lex = getLexicon();
  test('a leading "date" label is a dateline of its own and the rest of the line stays the headline', () => {
    const r = classifyLines(' date 2026-01-26 Xã Lương Sơn kiện toàn các chức danh\n\nSáng 26/1, HĐND xã tổ chức kỳ họp.', lex);
    expect(r.datelineDate).toBe('2026-01-26');
    expect(r.headline).toBe('Xã Lương Sơn kiện toàn các chức danh');
    expect(r.lines.filter((l) => l.kind === 'dateline').map((l) => l.text)).toEqual(['date 2026-01-26']);
  });
  test('a year and month alone give datelineMonth, not a publication date', () => {
    const r = classifyLines(' date 2019-10 Tại kỳ họp bất thường hôm nay (16/10), HĐND tỉnh bầu bổ sung.', lex);
    expect(r.datelineDate).toBeNull();
    expect(r.datelineMonth).toBe('2019-10');
  });
  test('offsets of split lines still point into the text', () => {
    const text = 'Bổ nhiệm giám đốc sở 06/10/2025 17:12\nNội dung.';
    const r = classifyLines(text, lex);
    for (const l of r.lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});
