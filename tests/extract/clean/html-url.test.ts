import { htmlToArticle } from '../../../src/extract/clean/html';
import { extractArticle } from '../../../src/extract';

const page = (head: string) =>
  `<!doctype html><html><head><title>Hội nghị</title>${head}</head><body><article><h1>Hội nghị Ban Chấp hành Đảng bộ xã</h1>` +
  `<p>Sáng 14/10/2025, Đảng ủy xã Hướng Phùng tổ chức hội nghị lần thứ 3 để đánh giá kết quả thực hiện nhiệm vụ quý III và bàn nhiệm vụ quý IV năm 2025.</p>` +
  `<p>Đồng chí Hồ Văn Nhân, Bí thư Đảng ủy xã chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban Thường vụ Đảng ủy xã và lãnh đạo các đoàn thể.</p></article></body></html>`;

describe('the address of a saved page', () => {
  test('comes from the canonical link, else og:url, and gives the province of a commune page', () => {
    expect(htmlToArticle(page('<link rel="canonical" href="https://huongphung.quangtri.gov.vn/a">')).url).toBe('https://huongphung.quangtri.gov.vn/a');
    expect(htmlToArticle(page('<meta property="og:url" content="https://baothanhhoa.vn/b.htm">')).url).toBe('https://baothanhhoa.vn/b.htm');
    const facts = extractArticle({ file: 'a.html', text: page('<link rel="canonical" href="https://huongphung.quangtri.gov.vn/a">'), format: 'html', meta: {} });
    expect(facts.url).toBe('https://huongphung.quangtri.gov.vn/a');
    expect(facts.locality.province).toBe('Quảng Trị');
  });
  test('a sidecar url wins, and an address that is not http(s) is not one', () => {
    const facts = extractArticle({ file: 'a.html', text: page('<link rel="canonical" href="https://baothanhhoa.vn/b.htm">'), format: 'html', meta: { url: 'https://nhandan.vn/c' } });
    expect(facts.url).toBe('https://nhandan.vn/c');
    expect(htmlToArticle(page('<link rel="canonical" href="javascript:alert(1)">')).url).toBeNull();
  });
});
