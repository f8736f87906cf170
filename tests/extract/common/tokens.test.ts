import { tokenize } from '../../../src/extract/common/tokens';

describe('tokenize', () => {
  test('Vietnamese words are whole tokens (\\b would split them)', () => {
    expect(tokenize('Hội đồng nhân dân').map((t) => t.text)).toEqual(['Hội', 'đồng', 'nhân', 'dân']);
  });
  test('a lower-case letter glued to a capital starts a new word ("Đồng chíPhạm")', () => {
    expect(tokenize('Đồng chíPhạm Thị Thương').map((t) => t.text)).toEqual(['Đồng', 'chí', 'Phạm', 'Thị', 'Thương']);
  });
  test('abbreviations stay whole and know they are capitals', () => {
    const [a, b] = tokenize('UBND tỉnh');
    expect(a).toMatchObject({ text: 'UBND', isUpper: true, isCap: false });
    expect(b).toMatchObject({ text: 'tỉnh', isUpper: false, isCap: false });
  });
  test('punctuation is its own token with offsets', () => {
    const toks = tokenize('A - B; C');
    expect(toks.map((t) => [t.text, t.start])).toEqual([['A', 0], ['-', 2], ['B', 4], [';', 5], ['C', 7]]);
  });
});
