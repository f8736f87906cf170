import { mergeCandidates, pairKey, type CandidatePerson, type CareerTenure } from '../../src/tenures';

const post = (province: string | null, start: string, end: string, former = false): CareerTenure => ({
  title: 'Bí thư', province, bounds: { start, end }, former,
});
const person = (id: string, name: string, province: string | null, tenures: CareerTenure[], transferProvinces: string[] = []): CandidatePerson => ({
  id, name, province, tenures, transferProvinces,
});

describe('mergeCandidates', () => {
  test('a transferred official is suggested with the reasons, best first', () => {
    const candidates = mergeCandidates([
      person('person/nghe-an/lê-thị-thủy', 'Lê Thị Thủy', 'Nghệ An', [post('Nghệ An', '2015-01-01', '2019-06-01', true)], ['Thanh Hóa']),
      person('person/thanh-hoa/lê-thị-thủy', 'Lê Thị Thủy', 'Thanh Hóa', [post('Thanh Hóa', '2019-09-01', '2024-01-01')]),
      person('person/ha-tinh/lê-thị-thủy', 'Lê Thị Thuỷ', 'Hà Tĩnh', [post('Hà Tĩnh', '2010-01-01', '2012-01-01')]),
    ]);
    expect(candidates[0]).toMatchObject({ a: 'person/nghe-an/lê-thị-thủy', b: 'person/thanh-hoa/lê-thị-thủy' });
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score);
    expect(candidates[0].reasons.join(' ')).toMatch(/transfer event/);
    expect(candidates[0].reasons.join(' ')).toMatch(/nguyên/);
    // "Thuỷ" and "Thủy" are one spelling: the Hà Tĩnh namesake is a candidate too, with fewer reasons.
    expect(candidates.flatMap((c) => [c.a, c.b])).toContain('person/ha-tinh/lê-thị-thủy');
  });

  test('names that differ in one letter are never candidates', () => {
    expect(mergeCandidates([
      person('person/a/nguyễn-văn-hùng', 'Nguyễn Văn Hùng', 'A', []),
      person('person/b/nguyễn-văn-hưng', 'Nguyễn Văn Hưng', 'B', []),
    ])).toEqual([]);
  });

  test('local posts in two provinces at the same time rule a pair out', () => {
    expect(mergeCandidates([
      person('person/a/x', 'Trần Văn An', 'A', [post('A', '2020-01-01', '2022-01-01')]),
      person('person/b/x', 'Trần Văn An', 'B', [post('B', '2021-01-01', '2023-01-01')]),
    ])).toEqual([]);
  });

  test('a pair already decided is not suggested again', () => {
    const people = [person('p1', 'Trần Văn An', 'A', []), person('p2', 'Trần Văn An', null, [])];
    expect(mergeCandidates(people)).toHaveLength(1);
    expect(mergeCandidates(people, new Set([pairKey('p2', 'p1')]))).toEqual([]);
  });
});
