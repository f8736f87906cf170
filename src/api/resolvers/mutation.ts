import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../generated/graphql';
import type { ApiContext } from '../context';
import { extractInWorker } from '../extraction';
import { CadreError } from '../../model/errors';
import { checkMergeNames } from '../../store/careers';

const MAX_ARTICLE_CHARS = 2_000_000;

function requireWriteKey(ctx: ApiContext) {
  if (!ctx.canWrite) {
    throw new GraphQLError('this mutation needs an API key: send "Authorization: Bearer <key>" with a key from CADREGRAPH_API_KEYS', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input }, ctx) => {
    requireWriteKey(ctx);
    if (!input.text.trim()) throw new CadreError('BAD_INPUT', 'the article text is empty');
    if (input.text.length > MAX_ARTICLE_CHARS) throw new CadreError('BAD_INPUT', `the article is longer than ${MAX_ARTICLE_CHARS} characters`);
    // The url is shown to readers as a link: only web addresses.
    if (input.url != null && !/^https?:\/\/\S+$/i.test(input.url)) throw new CadreError('BAD_INPUT', `url must be an http(s) address (got "${input.url.slice(0, 80)}")`);
    // In a worker thread under the time budget: this event loop keeps serving meanwhile.
    const facts = await extractInWorker({
      file: input.url ?? 'api',
      text: input.text,
      format: input.format === 'HTML' ? 'html' : 'text',
      meta: { url: input.url, title: input.title, source: input.publisher, publishedAt: input.publishedAt, province: input.province },
    });
    return ctx.store.upsertArticle(facts);
  },
  mergePeople: async (_, { keep, drop, force }, ctx) => {
    requireWriteKey(ctx);
    await checkMergeNames(ctx.store, keep, drop, force ?? false);
    return ctx.store.mergePeople(keep, drop);
  },
  reviewMerge: async (_, { a, b, decision, note }, ctx) => {
    requireWriteKey(ctx);
    // A reviewer who says SAME has looked at both careers: letters that differ are their call.
    if (decision === 'SAME') await checkMergeNames(ctx.store, a, b, true);
    return ctx.store.reviewMerge({ a, b, decision, note: note ?? null, reviewer: ctx.reviewer });
  },
  unmergePeople: (_, { id }, ctx) => {
    requireWriteKey(ctx);
    return ctx.store.unmergePeople(id);
  },
};
