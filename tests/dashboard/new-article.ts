// A personnel article that arrives after a reader subscribed or last visited (our own sentences):
// Quảng Trị appoints a new Giám đốc Sở Tài chính, at a meeting chaired by the province's chairman.
// Ingested into a running test server's store the way `cadregraph ingest` stores it.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ingestPaths } from '../../src/ingest';
import type { GraphStore } from '../../src/store/graph-store';

export const NEW_ARTICLE = {
  province: 'Quảng Trị',
  person: 'Lê Văn Sơn',
  personId: 'person/quang-tri/lê-văn-sơn',
  url: 'https://example.vn/quang-tri/2026-11-12-bo-nhiem',
  title: 'Quảng Trị trao quyết định bổ nhiệm Giám đốc Sở Tài chính',
  text: [
    'Quảng Trị trao quyết định bổ nhiệm Giám đốc Sở Tài chính',
    'Chiều 12/11/2026, UBND tỉnh Quảng Trị tổ chức hội nghị công bố quyết định của Chủ tịch UBND tỉnh về công tác cán bộ.',
    'Đồng chí Võ Thanh Bình, Chủ tịch UBND tỉnh chủ trì hội nghị.',
    'Theo quyết định, ông Lê Văn Sơn, Phó Giám đốc Sở Tài chính được bổ nhiệm giữ chức Giám đốc Sở Tài chính kể từ ngày 15/11/2026.',
  ].join('\n'),
  publishedAt: '2026-11-12',
};

export async function ingestNewArticle(store: GraphStore): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-new-article-'));
  try {
    writeFileSync(join(dir, 'quang-tri-new-director.txt'), NEW_ARTICLE.text);
    writeFileSync(join(dir, 'quang-tri-new-director.meta.json'), JSON.stringify({ url: NEW_ARTICLE.url, publishedAt: NEW_ARTICLE.publishedAt, province: NEW_ARTICLE.province, title: NEW_ARTICLE.title }));
    const summary = await ingestPaths(store, [dir]);
    if (summary.stored !== 1) throw new Error(`the new article was not stored: ${JSON.stringify(summary)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
