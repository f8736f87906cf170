import { extractArticle } from '../../../src/extract';

const read = (text: string) => extractArticle({ file: 't.txt', text, format: 'text', meta: {} });

describe('the article context', () => {
  test('the province of the meeting reported, not the one named most often', () => {
    const f = read(
      'Thành ủy Vinh làm việc với đoàn Thành ủy TP.HCM\nChiều 14/3/2024, Ban Thường vụ Thành ủy Vinh (Nghệ An) làm việc với đoàn công tác Thành ủy TP.HCM. Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM Dương Ngọc Hải phát biểu. Ông Lê Văn Bình, Phó Chủ tịch UBND TP.HCM cùng dự.',
    );
    expect(f.locality.province).toBe('Nghệ An');
  });
  test.each(['Đảng bộ phường Chánh Hiệp (TPHCM) họp', 'UBND TP.HCM họp', 'UBND Tp. Hồ Chí Minh họp', 'Thành ủy TP HCM họp'])('%s is TP. Hồ Chí Minh', (line) => {
    expect(read(`${line}\nSáng 3/9/2025, hội nghị diễn ra.`).locality.province).toBe('TP. Hồ Chí Minh');
  });
  test('a lead that names several provinces defers to the next that names one', () => {
    const f = read('Ba địa phương bầu Chủ tịch UBND\nChiều 18/11/2025, tại Huế, Nghệ An và Đồng Nai, HĐND đã bầu Chủ tịch UBND. HĐND thành phố Huế tổ chức kỳ họp chuyên đề.');
    expect(f.locality.province).toBe('Huế');
  });
});
