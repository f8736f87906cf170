import { blankDebris } from '../../../src/extract/clean/debris';
import { classifyLines } from '../../../src/extract/clean/lines';
import { extractArticle, getLexicon } from '../../../src/extract';

const lex = getLexicon();

describe('debris inside lines', () => {
  test.each([
    ['Đồng chí Lê Văn A phát biểu. Ảnh: TRỌNG HUY', 'Đồng chí Lê Văn A phát biểu.'],
    ['Các đại biểu dự hội nghị (Ảnh: Trần Quốc Hùng) tại hội trường', 'Các đại biểu dự hội nghị tại hội trường'],
    ['Quang cảnh hội nghị. Ảnh: Phương Hoa/TTXVN |', 'Quang cảnh hội nghị.'],
    ['![](https://x.gov.vn/a/b.jpg) Hội nghị giao ban', 'Hội nghị giao ban'],
    ['xem [bài gốc](https://baothanhhoa.vn/a.htm) trên báo', 'xem bài gốc trên báo'],
  ])('%s', (line, kept) => {
    const out = blankDebris(line, lex);
    expect(out).toHaveLength(line.length);
    expect(out.replace(/\[/g, ' ').replace(/\s+/g, ' ').trim()).toBe(kept);
  });
  test.each([
    'Ảnh: Quốc Hương',
    'Bộ trưởng Bộ Y tế Đào Hồng Lan và Giám đốc Sở Y tế | Phó Giám đốc Sở',
    'Ông A làm việc tại Trạm Ảnh: nơi lưu trữ tư liệu',
    'Tỷ lệ 35/40 xã (đạt 87,5%) hoàn thành kế hoạch',
  ])('kept as written: %s', (line) => expect(blankDebris(line, lex).trimEnd()).toBe(line.trimEnd()));

  test('image markup and menus with bars are page furniture', () => {
    const r = classifyLines(['![](https://x.gov.vn/a.jpg)', 'anh-1.jpg)', 'Trang chủ | Tin tức | Sự kiện | Liên hệ', 'Thứ 5 | 19/06/2025 | 16:03', 'Danh mục'].join('\n'), lex);
    expect(r.lines.map((l) => l.kind)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'dateline', 'boilerplate']);
  });

  test('a photo credit is neither a person nor a participant, and the quote keeps the original text', () => {
    const facts = extractArticle({
      file: 't.txt',
      text: 'Hội nghị giao ban\nSáng 9/6/2024, Huyện ủy tổ chức hội nghị giao ban. Các đại biểu dự hội nghị (Ảnh: Nguyễn Văn Hùng), trong đó có đồng chí Lê Văn Tư, Bí thư Huyện ủy.',
      format: 'text',
      meta: {},
    });
    expect(facts.people.map((p) => p.name)).toEqual(['Lê Văn Tư']);
    expect(facts.people[0].positions[0].evidence.quote).toContain('(Ảnh: Nguyễn Văn Hùng)');
  });
});
