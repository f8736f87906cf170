import { provinceKey } from '../../src/store/places';

describe('provinceKey', () => {
  it.each([
    ['Thanh Hóa', 'thanh-hoa'],
    ['thanh hoa', 'thanh-hoa'],
    ['THANH HOÁ', 'thanh-hoa'],
    ['tỉnh Thanh Hóa', 'thanh-hoa'],
    ['Hồ Chí Minh', 'tp-ho-chi-minh'],
    ['TP.HCM', 'tp-ho-chi-minh'],
    ['Thành phố Hồ Chí Minh', 'tp-ho-chi-minh'],
    ['Thừa Thiên Huế', 'hue'],
  ])('%s -> %s', (input, key) => {
    expect(provinceKey(input)).toBe(key);
  });

  it('keeps an unknown place as its slug', () => {
    expect(provinceKey('Atlantis Mới')).toBe('atlantis-moi');
  });
});
