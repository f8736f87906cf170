// A post's bounds and states are worked out once from its holders and kept across requests while
// the store hands out the same records (api/loaders.ts): a write that adds a holder must show in
// the next request's answers, through the same server, with nothing restarted.
import { join } from 'path';
import { ROOT } from '../helpers/cli';
import { startTestApi, WRITE_KEY, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ articles: [join(ROOT, 'tests', 'fixtures', 'careers')] });
}, 60_000);
afterAll(() => api?.close());

const CHAIR = `query ($asOf: Date) {
  holders(title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh", province: "Quảng Trị", asOf: $asOf, includeUnknown: true) {
    person { name } state end endBasis
  }
}`;
const NEW_CHAIR = `mutation ($text: String!) {
  ingestArticle(input: { text: $text, province: "Quảng Trị", publishedAt: "2024-11-05" }) { created } }`;
const ARTICLE = [
  'UBND tỉnh Quảng Trị họp phiên thường kỳ tháng 10',
  'Sáng 5/11/2024, UBND tỉnh Quảng Trị họp phiên thường kỳ tháng 10.',
  'Đồng chí Hoàng Nam Phong, Chủ tịch UBND tỉnh chủ trì phiên họp.',
].join('\n');

describe('posts read across requests', () => {
  it('take a new holder into account as soon as it is written', async () => {
    const chairs = async () => (await api.gql(CHAIR, { asOf: '2025-01-10' })).data.holders.map((h: any) => [h.person.name, h.state, h.end, h.endBasis]);
    const before = await chairs();
    expect(before).toEqual([['Võ Thanh Bình', 'HOLDING', '2024-04-08', 'LAST_SEEN']]);
    expect(await chairs()).toEqual(before); // asked again: the same answer from the kept post

    const written = await api.gql(NEW_CHAIR, { text: ARTICLE }, WRITE_KEY);
    expect(written.errors).toBeUndefined();
    expect(written.data.ingestArticle.created).toBe(true);

    // The successor's first sighting ends the earlier chair's tenure (a one-holder post).
    expect(await chairs()).toEqual([['Hoàng Nam Phong', 'HOLDING', '2024-11-05', 'LAST_SEEN']]);
    const binh = (await api.gql(`{ people(filter: { name: "Võ Thanh Bình" }) { edges { node { positions { title end endBasis state(asOf: "2025-01-10") } } } } }`)).data;
    expect(binh.people.edges[0].node.positions).toContainEqual({ title: 'Chủ tịch', end: '2024-11-05', endBasis: 'SUCCESSOR_SEEN', state: 'ENDED' });
  });
});
