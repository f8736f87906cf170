// A graph batch packed by a worker (each string once, rows as numbers) unpacks to exactly the
// batch it was, every value and every missing one included.
import { packBatch, unpackBatch } from '../../src/ingest/packed-batch';
import { prepareArticle } from '../../src/store/upsert-plan';
import type { GraphBatch } from '../../src/store/graph-batch';
import { article, body } from '../store/facts-builder';

const TU = body('Tỉnh ủy', 'Nghệ An');
const QH = body('Quốc hội', null, 'peoples-council');

const batch = (): GraphBatch =>
  prepareArticle(
    article({
      id: 'packed-1', province: 'Nghệ An', published: '2024-05-06',
      people: [
        { name: 'Nguyễn Văn An', gender: 'MALE', positions: [{ title: 'Bí thư', org: TU }, { title: 'Đại biểu', org: QH, status: 'former' }] },
        { name: 'Trần Thị Bình', positions: [{ title: 'Phó Bí thư', org: TU }] },
      ],
      meetings: [
        { date: '2024-05-05', chairs: ['Nguyễn Văn An'], participants: ['Trần Thị Bình'], spoke: ['Trần Thị Bình'], directives: ['12-CT/TU'], orgs: [TU] },
        { date: null, chairs: ['Trần Thị Bình'] },
      ],
      directives: [{ number: '12-CT/TU', issuer: TU }],
    }),
  );

it('unpacks to the batch it packed, strings shared once', () => {
  const b = batch();
  expect(b.rels.ATTENDED.some((r) => r.spoke) && b.rels.ATTENDED.some((r) => !r.reported)).toBe(true);
  expect(b.meetings.some((m) => m.date === null)).toBe(true);
  const packed = packBatch(b);
  expect(unpackBatch(packed)).toStrictEqual(b);
  expect(new Set(packed.strings).size).toBe(packed.strings.length);
  // The quote of a post is on HOLDS, IN and LOCATED_IN alike: packed, it is there once.
  const quote = b.rels.HOLDS[0].quote;
  expect(packed.strings.filter((s) => s === quote)).toHaveLength(1);
});

it('keeps undefined apart from null, and refuses values a batch never holds', () => {
  const b = batch();
  (b.article as { url: string | null | undefined }).url = undefined;
  expect(unpackBatch(packBatch(b)).article).toStrictEqual(b.article);
  expect('url' in unpackBatch(packBatch(b)).article).toBe(true);
  (b.people[0] as unknown as { gender: unknown }).gender = 3;
  expect(() => packBatch(b)).toThrow(/strings, flags and nulls only, not number/);
});
