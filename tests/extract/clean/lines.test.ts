import { classifyLines } from '../../../src/extract/clean/lines';
import { labelledByline, bareNameLine } from '../../../src/extract/clean/bylines';
import { parseDateline } from '../../../src/extract/clean/datelines';
import { getLexicon } from '../../../src/extract';

describe('page furniture', () => {
  const page = [
    'Skip to main content',
    'A- A A+ | Tăng tương phản Giảm tương phản',
    'Lãnh đạo tỉnh làm việc với huyện',
    '09/06/2021 - 14:33',
    'Sáng 9-6, đoàn công tác làm việc với huyện.',
    'IMG_6673.jpg',
    ' {name} - {time}',
    'Sáng 9-6, đoàn công tác làm việc với huyện.',
    'Tin, ảnh: TRUNG HIẾU',
    'Tin liên quan',
    'Chủ tịch tỉnh thăm xã biên giới',
  ].join('\n');
  const r = classifyLines(page, getLexicon());
  const kinds = r.lines.map((l) => l.kind);

  test('menus, widgets, image names and templates are boilerplate', () => {
    expect(kinds.slice(0, 2)).toEqual(['boilerplate', 'boilerplate']);
    expect(kinds[5]).toBe('boilerplate');
    expect(kinds[6]).toBe('boilerplate');
  });
  test('the dateline gives the publication date; the headline is the first content line', () => {
    expect(kinds[3]).toBe('dateline');
    expect(r.datelineDate).toBe('2021-06-09');
    expect(r.headline).toBe('Lãnh đạo tỉnh làm việc với huyện');
  });
  test('a repeated line is read once; related links after the marker are not content', () => {
    expect(kinds[7]).toBe('duplicate');
    expect(kinds.slice(9)).toEqual(['after-end', 'after-end']);
  });
  test('bylines name authors', () => {
    expect(kinds[8]).toBe('byline');
    expect(r.authors).toEqual(['Trung Hiếu']);
  });
});

describe('bylines', () => {
  test.each([
    ['Tác giả: Thu Minh', ['Thu Minh']],
    ['Tin, ảnh: TRUNG HIẾU', ['Trung Hiếu']],
    ['Bài và ảnh: Lê Hà - Minh Anh', ['Lê Hà', 'Minh Anh']],
    ['Ảnh: Quốc Hương', ['Quốc Hương']],
  ])('%s', (line, names) => expect(labelledByline(line)).toEqual(names));
  test('a sentence is not a byline', () => {
    expect(labelledByline('Tin vui: huyện đạt chuẩn nông thôn mới năm 2023 với nhiều kết quả.')).toBeNull();
    expect(bareNameLine('Đại biểu phát biểu.')).toBeNull();
    expect(bareNameLine('Quốc Hương')).toEqual(['Quốc Hương']);
    expect(bareNameLine('Ngọc Hà - Văn Lâm')).toEqual(['Ngọc Hà', 'Văn Lâm']);
  });
});

describe('datelines', () => {
  test.each([
    ['20:36 22/03/2024', '2024-03-22'],
    ['09/06/2021 - 14:33', '2021-06-09'],
    ['Thứ Hai, 22/03/2024 20:36', '2024-03-22'],
    ['Cập nhật: 09:15 ngày 12/5/2023', '2023-05-12'],
  ])('%s', (line, iso) => expect(parseDateline(line)).toBe(iso));
  test('a sentence with a date is not a dateline', () => {
    expect(parseDateline('Ngày 22/03/2024, Tỉnh ủy tổ chức hội nghị giao ban.')).toBeNull();
  });
});
