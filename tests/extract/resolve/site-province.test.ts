import { getLexicon, extractArticle } from '../../../src/extract';
import { hostProvince, siteOf, siteProvince } from '../../../src/extract/resolve/site-province';
import { loadLexiconData } from '../../../src/lexicon/load';

const lex = getLexicon();
const provinceOf = (url: string, date: string | null = null) => siteProvince(siteOf(url, lex), date, lex);

describe('the site an article comes from', () => {
  test.each<[string, string | null, string | null]>([
    ['https://sontayha.quangngai.gov.vn/tin-tuc/hoi-nghi', null, 'Quảng Ngãi'],
    ['https://www.baothanhhoa.vn/thoi-su/abc.htm', null, 'Thanh Hóa'],
    ['http://daihoidang.baoquangninh.vn/x.html', null, 'Quảng Ninh'],
    ['https://tanbinh.hochiminhcity.gov.vn/web/x', '2023-08-31', 'TP. Hồ Chí Minh'],
    ['https://hungyen.dcs.vn/tin/1', '2025-08-01', 'Hưng Yên'],
    ['HTTPS://XA-PHU-VAN.NINHBINH.GOV.VN/a', '2025-09-01', 'Ninh Bình'],
    // A merged province's site: the old province before 1 July 2025, the new one after, the old one undated.
    ['https://hanam.gov.vn/tin/1', '2025-06-30', 'Hà Nam'],
    ['https://hanam.gov.vn/tin/1', '2025-07-01', 'Ninh Bình'],
    ['https://baohagiang.vn/x', '2025-07-15T08:00:00+07:00', 'Tuyên Quang'],
    ['https://baohagiang.vn/x', null, 'Hà Giang'],
    ['https://thanhuyhue.vn/a', '2025-10-01', 'Huế'],
  ])('%s (%s) is %s', (url, date, province) => {
    expect(provinceOf(url, date)).toBe(province);
  });

  test('national papers, unknown sites and look-alike hosts give no province', () => {
    expect(provinceOf('https://dangcongsan.vn/thoi-su/a.html')).toBeNull();
    expect(siteOf('https://tuoitre.vn/a.htm', lex)?.publisher).toBe('Báo Tuổi Trẻ');
    expect(provinceOf('https://tuoitre.vn/a.htm')).toBeNull();
    expect(provinceOf('https://example.com/thanhhoa.gov.vn')).toBeNull();
    expect(provinceOf('https://notbaothanhhoa.vn/a')).toBeNull();
    expect(provinceOf('https://thanhhoa.gov.vn.example.com/a')).toBeNull();
    expect(provinceOf('not a url')).toBeNull();
    expect(siteOf(null, lex)).toBeNull();
  });

  test.each<[string, string | null]>([
    ['https://tinhuybinhphuoc.vn/news/tag/x', 'Bình Phước'],
    ['https://hagiang.tv.vn/a', 'Hà Giang'],
    ['http://linhxuan.thuduc.truongdientu.vn/a', 'TP. Hồ Chí Minh'],
    ['https://nghean24h.vn/a', 'Nghệ An'],
    // A department's portal glues its initials to the province.
    ['http://tnmtlaocai.gov.vn/tin-tuc/a', 'Lào Cai'],
    ['https://sotaichinhquangnam.gov.vn/a', 'Quảng Nam'],
    // A province's rural-development programme portal.
    ['https://nongthonmoilaocai.vn/a', 'Lào Cai'],
    // A place inside another word, a national paper, a foreign host: nothing.
    ['https://hoanhap.vn/tin-tuc', null],
    ['https://vietnamplus.vn/a', null],
    ['https://notthanhhoa.vn/a', null],
    ['https://thanhhoa.gov.vn.example.com/a', null],
  ])('a site the registry lacks: %s spells %s', (url, province) => {
    expect(hostProvince(url, lex)?.name ?? null).toBe(province);
  });

  test('every province of the gazetteer, old and new, has a portal under its own domain', () => {
    const data = loadLexiconData();
    for (const p of data.provinces) {
      const entry = data.sources.find((e) => e.province === p.id);
      expect(entry?.sites.some((s) => s.kind === 'portal' && s.domain.endsWith('.gov.vn'))).toBe(true);
      expect(entry?.sites.some((s) => s.kind === 'newspaper')).toBe(true);
    }
    const current = data.provinces.filter((p) => !p.validTo);
    expect(current).toHaveLength(34);
    expect(data.provinces).toHaveLength(63);
  });
});

describe('the province of an article', () => {
  const text = 'Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2\nSáng 9/10/2025, Đảng ủy xã Sơn Tây Hạ tổ chức hội nghị. Đồng chí Cao Quốc Tiến, Bí thư Đảng ủy xã chủ trì hội nghị.';
  const extract = (t: string, meta: Record<string, string>) => extractArticle({ file: 'a.txt', text: t, format: 'text', meta });

  test('comes from the site when the text names none, and the publisher fills `source`', () => {
    const facts = extract(text, { url: 'https://sontayha.quangngai.gov.vn/tin-tuc/a' });
    expect(facts.locality.province).toBe('Quảng Ngãi');
    expect(facts.source).toBe('Cổng thông tin điện tử tỉnh Quảng Ngãi');
  });
  test('gives way to a province the text names, and to --province', () => {
    const named = text.replace('Sơn Tây Hạ tổ chức', 'Sơn Tây Hạ, tỉnh Quảng Trị tổ chức');
    expect(extract(named, { url: 'https://sontayha.quangngai.gov.vn/a' }).locality.province).toBe('Quảng Trị');
    expect(extract(text, { url: 'https://sontayha.quangngai.gov.vn/a', province: 'Gia Lai' }).locality.province).toBe('Gia Lai');
  });
  test('is unknown on a national paper that does not say', () => {
    expect(extract(text, { url: 'https://nhandan.vn/a' }).locality.province).toBeNull();
  });
});
