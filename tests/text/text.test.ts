import { fold, hasVowel, nameKey, slug } from '../../src/text';

describe('nameKey', () => {
  test('keeps the letters: Hùng and Hưng, Thủy and Thúy are different keys', () => {
    expect(nameKey('Nguyễn Văn Hùng')).not.toBe(nameKey('Nguyễn Văn Hưng'));
    expect(nameKey('Lê Thị Thủy')).not.toBe(nameKey('Lê Thị Thúy'));
  });
  test('unifies the tone placement, Unicode form, case and spacing of one name', () => {
    expect(nameKey('Lê Thị Thuỷ')).toBe(nameKey('Lê Thị Thủy'));
    expect(nameKey('LÊ  THỊ THỦY'.normalize('NFD'))).toBe(nameKey('Lê Thị Thủy'));
  });
});

describe('fold and slug', () => {
  test('fold drops diacritics, đ and case for search', () => {
    expect(fold('Đặng Thị Thúy')).toBe('dang thi thuy');
    expect(fold('Lê Thị Thủy')).toBe(fold('Le thi THUY'));
  });
  test('slug is the folded, dashed form', () => {
    expect(slug('Thanh Hóa')).toBe('thanh-hoa');
    expect(slug(' TP. Hồ Chí Minh ')).toBe('tp-ho-chi-minh');
  });
});

describe('hasVowel', () => {
  test('a Vietnamese syllable has one, whatever its marks; a word cut short does not', () => {
    expect(['Hà', 'Ỷ', 'Y', 'Quỳnh', 'Kpă', 'Đủ'].every(hasVowel)).toBe(true);
    expect(['Th', 'N', 'Ng', 'Đ'].some(hasVowel)).toBe(false);
  });
});
