import { normalizeText } from '../../../src/extract/normalize/unicode';
import { fold, normalizeTonePlacement } from '../../../src/text';

describe('normalizeText', () => {
  test('NFD becomes NFC and offsets map back to the original', () => {
    const original = 'Tỉnh ủy Nghệ An họp'.normalize('NFD');
    const n = normalizeText(original);
    expect(n.text).toBe('Tỉnh ủy Nghệ An họp');
    const at = n.text.indexOf('Nghệ An');
    const back = original.slice(n.toOriginal(at), n.toOriginal(at + 'Nghệ An'.length));
    expect(back.normalize('NFC')).toBe('Nghệ An');
  });

  test.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Uỷ ban', 'Ủy ban'],
    ['Thuỷ', 'Thủy'],
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
  ])('old tone placement %s reads as %s', (a, b) => expect(normalizeTonePlacement(a)).toBe(b));

  test.each(['quý', 'Huỳnh', 'toán', 'Quỳnh', 'hoàn'])('%s keeps its spelling (not the end of a syllable, or qu-)', (w) =>
    expect(normalizeTonePlacement(w)).toBe(w),
  );

  test('NBSP and tabs become spaces without moving offsets', () => {
    const n = normalizeText('Sáng\u00a09-6,\tđồng chí');
    expect(n.text).toBe('Sáng 9-6, đồng chí');
    expect(n.toOriginal(5)).toBe(5);
  });
});

describe('fold', () => {
  test('case, diacritics and đ fold to ASCII', () => {
    expect(fold('LÊ THỊ THỦY')).toBe('le thi thuy');
    expect(fold('Lê Thị Thuỷ')).toBe('le thi thuy');
    expect(fold('Đinh Văn An')).toBe('dinh van an');
  });
});
