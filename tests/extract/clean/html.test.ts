import { htmlToArticle } from '../../../src/extract/clean/html';
import { extractArticle } from '../../../src/extract';

const page = `<!doctype html><html><head><title>Báo Tỉnh | Tin tức</title>
<meta property="article:published_time" content="2023-10-12T08:30:00+07:00"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/tin">Thời sự</a> <a href="/login">Đăng nhập</a></nav></header>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li>Phó Chủ tịch UBND tỉnh Trần Văn Hòa kiểm tra công trình</li></ul></aside>
<article><h1>Huyện ủy Yên Định sơ kết công tác quý III</h1>
<p>Chiều 11/10, Huyện ủy Yên Định tổ chức hội nghị sơ kết công tác quý III năm 2023. Đồng chí Lê Văn Hưng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.</p>
<figure><img src="IMG_1234.jpg"><figcaption>Đồng chí Lê Văn Hưng phát biểu kết luận hội nghị.</figcaption></figure>
<p>Dự hội nghị có đồng chí Mai Thị Hương, Phó Bí thư Thường trực Huyện ủy; đồng chí Nguyễn Văn Lâm, Phó Chủ tịch UBND huyện. Hội nghị đã đánh giá việc triển khai Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện cùng nhiều nhiệm vụ trọng tâm khác trong quý IV.</p>
<p class="author">Ngọc Lan</p></article>
<div class="share">Chia sẻ Facebook Zalo</div>
<footer>Cơ quan chủ quản: Báo Tỉnh. Giấy phép số 123/GP-BTTTT.</footer></body></html>`;

describe('saved HTML pages', () => {
  test('the article body is found; navigation, sidebars and footer are left out', () => {
    const a = htmlToArticle(page);
    expect(a.text).toContain('Huyện ủy Yên Định tổ chức hội nghị');
    expect(a.text).not.toContain('Đọc nhiều');
    expect(a.text).not.toContain('Trần Văn Hòa');
    expect(a.text).not.toContain('Giấy phép');
    expect(a.publishedAt).toBe('2023-10-12');
  });

  test('facts come from the body only', () => {
    const f = extractArticle({ file: 'p.html', text: page, format: 'html', meta: {} });
    expect(f.meetings[0].date).toBe('2023-10-11');
    expect(f.meetings[0].chairs.map((c) => c.name)).toEqual(['Lê Văn Hưng']);
    expect(f.meetings[0].participants.map((p) => p.name).sort()).toEqual(['Mai Thị Hương', 'Nguyễn Văn Lâm']);
    expect(f.people.map((p) => p.name)).not.toContain('Trần Văn Hòa');
    expect(f.directives.map((d) => d.number)).toEqual(['05-NQ/HU']);
    expect(f.people.find((p) => p.name === 'Mai Thị Hương')?.positions.map((p) => [p.title, p.organization.name])).toEqual([
      ['Phó Bí thư Thường trực', 'Huyện ủy'],
    ]);
  });
});
