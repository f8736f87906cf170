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
  test('a visitor\'s own province does not place the congress, conference or session the visitor attends', () => {
    const f = read(
      'Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ I\nSáng 20/9/2025, ông Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP HCM, dự và chỉ đạo Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I.',
    );
    expect(f.locality.province).toBe('Vĩnh Long');
    // A delegation is not a meeting: the host named first still places it.
    const visit = read('Tỉnh ủy Nghệ An tiếp đoàn đại biểu\nChiều 2/4/2025, Bí thư Tỉnh ủy Nghệ An tiếp Đoàn đại biểu Đảng bộ tỉnh Hà Tĩnh.');
    expect(visit.locality.province).toBe('Nghệ An');
  });
  test('a lead that names several provinces defers to the next that names one', () => {
    const f = read('Ba địa phương bầu Chủ tịch UBND\nChiều 18/11/2025, tại Huế, Nghệ An và Đồng Nai, HĐND đã bầu Chủ tịch UBND. HĐND thành phố Huế tổ chức kỳ họp chuyên đề.');
    expect(f.locality.province).toBe('Huế');
  });
  test('a report about several provinces at once is placed in none of them', () => {
    const f = read(
      'Tổ công tác của Bộ Chính trị làm việc tại ba tỉnh\nTổ công tác số 2 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy các tỉnh: Gia Lai, Đắk Lắk, Lâm Đồng. Tổ công tác do Thường trực Ban Bí thư Lò Văn Khánh chủ trì.',
    );
    expect(f.locality.province).toBeNull();
  });
  describe('the commune a report is about', () => {
    const bodiesOf = (text: string) => read(text).people.map((p) => p.positions.map((x) => [p.name, x.organization.name, x.organization.locality]));
    test('places a "Bí thư Đảng ủy xã" further down in the one commune the lead names', () => {
      expect(bodiesOf('Đảng bộ xã Tân Lập tổ chức hội nghị lần thứ 4\nSáng 2/11/2025, Ban Chấp hành Đảng bộ xã Tân Lập họp. Đồng chí Lò Văn Pọm, Bí thư Đảng ủy xã chủ trì hội nghị.')).toEqual([
        [['Lò Văn Pọm', 'Đảng ủy xã', 'Tân Lập']],
      ]);
    });
    test('leaves it unnamed when the article names two communes, or a ward while the title says xã', () => {
      const two = 'Đảng bộ xã Tân Lập làm việc với xã Mường Bon\nSáng 2/11/2025, Đảng ủy xã Tân Lập làm việc với Đảng ủy xã Mường Bon. Đồng chí Lò Văn Pọm, Bí thư Đảng ủy xã phát biểu.';
      expect(bodiesOf(two)).toEqual([[['Lò Văn Pọm', 'Đảng ủy xã', null]]]);
      const ward = 'Phường Tân Lập tổng kết năm\nSáng 2/11/2025, phường Tân Lập tổng kết năm. Đồng chí Lò Văn Pọm, Chủ tịch UBND xã dự.';
      expect(bodiesOf(ward)).toEqual([[['Lò Văn Pọm', 'Ủy ban nhân dân xã', null]]]);
    });
  });
});
