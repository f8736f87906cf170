// Storage faults seen from the API: a write the store could not keep is never acknowledged, the
// answer is HTTP 503 with the cause in one line, and the server goes on serving.
import { rmSync } from 'fs';
import { startTestApi, WRITE_KEY, type TestApi } from '../api/test-api';

const ingest = `mutation ($text: String!) { ingestArticle(input: { text: $text, province: "Thanh Hóa", publishedAt: "2024-05-13" }) { created } }`;
const report = (name: string) => `Chiều 12/5/2024, đồng chí ${name}, Bí thư Huyện ủy Quan Hóa chủ trì hội nghị giao ban.`;

describe('the data folder removed while the server runs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ articles: [], writeKeys: [WRITE_KEY] });
  });
  afterAll(() => api.close());

  it('a write is refused with 503 and one line, never acknowledged; reads and /healthz still answer', async () => {
    expect((await api.gql(ingest, { text: report('Lò Văn Ánh') }, WRITE_KEY)).data.ingestArticle.created).toBe(true);
    rmSync(api.dir, { recursive: true, force: true });
    const r = await api.gql(ingest, { text: report('Hà Văn Bình') }, WRITE_KEY);
    expect(r.status).toBe(503);
    expect(r.data?.ingestArticle ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(r.errors?.[0].message).toMatch(/^the graph file .+graph\.sqlite was removed while cadregraph had it open: this write is not in it/);
    expect(r.errors?.[0].message.split('\n')).toHaveLength(1);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const read = await api.gql(`{ search(text: "lo van anh") { id } }`);
    expect(read.status).toBe(200);
    expect(read.data.search).toHaveLength(1);
  });
});
