import { datePattern, formatDateIn, parseDateIn, typedDate } from '../../src/dashboard/dates';

describe('dates in the page\'s language', () => {
  it('writes full, month and year dates with Intl in each language', () => {
    expect(formatDateIn('2024-03-15', 'vi-VN', 'không rõ năm')).toBe('15/03/2024');
    expect(formatDateIn('2024-03-15', 'vi-VN', 'không rõ năm', 'long')).toBe('15 tháng 3, 2024');
    expect(formatDateIn('2024-03-15', 'en-GB', 'year unknown')).toBe('15 Mar 2024');
    expect(formatDateIn('2024-03-15', 'en-US', 'year unknown')).toBe('Mar 15, 2024');
    expect(formatDateIn('2024-03', 'en-GB', 'year unknown')).toBe('Mar 2024');
    expect(formatDateIn('2024', 'vi-VN', 'không rõ năm')).toBe('2024');
    expect(formatDateIn(null, 'vi-VN', '')).toBeNull();
    expect(formatDateIn('sometime', 'vi-VN', '')).toBe('sometime');
  });

  it('writes a date without its year as day and month, saying the year is unknown', () => {
    expect(formatDateIn('--10-02', 'vi-VN', 'không rõ năm')).toBe('2 tháng 10 (không rõ năm)');
    expect(formatDateIn('--10-02', 'en-GB', 'year unknown')).toBe('2 October (year unknown)');
    expect(formatDateIn('--02-29', 'en-US', 'year unknown')).toBe('February 29 (year unknown)');
  });

  it('reads a date typed in the locale\'s order or as ISO, and refuses a day that does not exist', () => {
    expect(datePattern('vi-VN')).toBe('dd/mm/yyyy');
    expect(datePattern('en-US')).toBe('mm/dd/yyyy');
    expect(parseDateIn('5/3/2024', 'vi-VN')).toBe('2024-03-05');
    expect(parseDateIn('3/5/2024', 'en-US')).toBe('2024-03-05');
    expect(parseDateIn('2024-03-05', 'en-US')).toBe('2024-03-05');
    expect(parseDateIn('31/02/2024', 'vi-VN')).toBeNull();
    expect(parseDateIn('15/03', 'vi-VN')).toBeNull();
    expect(parseDateIn('  ', 'vi-VN')).toBeNull();
    expect(typedDate('2024-03-05', 'en-US')).toBe('03/05/2024');
    expect(typedDate(null, 'vi-VN')).toBe('');
  });
});
