import { findDirectives } from '../../../src/extract/mentions/directives';
import { getLexicon } from '../../../src/extract';

const find = (s: string) => findDirectives(s, getLexicon());

describe('findDirectives', () => {
  test('number, kind and issuer code', () => {
    const [d] = find('thực hiện Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phương hướng');
    expect(d).toMatchObject({ kind: 'Nghị quyết', number: '01-NQ/TU', issuerId: 'tinh-uy', issuerText: 'Ban Chấp hành Đảng bộ tỉnh' });
  });
  test('a council resolution', () => {
    expect(find('Nghị quyết số 330/NQ-HĐND của HĐND tỉnh')[0]).toMatchObject({ number: '330/NQ-HĐND', issuerId: 'hdnd' });
  });
  test('date and issuer after the number', () => {
    const [d] = find('Chỉ thị số 06-CT/TU, ngày 24-5-2021 của Ban Thường vụ Tỉnh ủy “Về tiếp tục đẩy mạnh xã hội hóa”');
    expect(d).toMatchObject({ kind: 'Chỉ thị', number: '06-CT/TU', date: '2021-05-24', issuerText: 'Ban Thường vụ Tỉnh ủy' });
    expect(d.title).toBe('Về tiếp tục đẩy mạnh xã hội hóa');
  });
  test('a bare number needs "số"; a coded number does not', () => {
    expect(find('Nghị quyết số 58 của Bộ Chính trị (khóa XII)')[0]).toMatchObject({ number: '58', issuerText: 'Bộ Chính trị (khóa XII)' });
    expect(find('theo Kết luận 21-KL/TW')[0]).toMatchObject({ kind: 'Kết luận', number: '21-KL/TW', issuerId: 'bch-trung-uong' });
    expect(find('Quyết định số 1234/QĐ-UBND ngày 5/6/2023')[0]).toMatchObject({ kind: 'Quyết định', number: '1234/QĐ-UBND', date: '2023-06-05' });
  });
});

describe('findDirectives negative cases', () => {
  test.each(['Kế hoạch 5 năm 2021-2025', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX', 'kết luận hội nghị', 'Chương trình 135', 'Quyết định 2024'])(
    'nothing in "%s"',
    (text) => expect(find(text)).toEqual([]),
  );
});
