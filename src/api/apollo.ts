// The GraphQL engine: the schema with its limits and error formatting, started and ready for any
// HTTP layer to hand requests to (src/server does, with Fastify).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { GraphStore } from '../store/graph-store';
import { access, bearer, type KeyConfig } from './auth';
import type { ApiContext } from './context';
import { formatError, storeUnavailableStatus, type ErrorLog } from './errors';
import { holdExtraction } from './extraction';
import { armor, parseOptions } from './limits';
import { createLoaders } from './loaders';
import { buildSchema } from './schema';

export async function createApollo(options: { debug: boolean; log?: ErrorLog }): Promise<ApolloServer<ApiContext>> {
  // ingestArticle extracts in the shared worker pool; this server holds it open until it stops.
  const release = holdExtraction();
  const limits = armor();
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    ...limits,
    parseOptions,
    includeStacktraceInErrorResponses: options.debug,
    formatError: formatError(options.debug, options.log),
    introspection: true,
    // Outside NODE_ENV=test Apollo stops itself on SIGTERM and re-sends the signal, which would end
    // the process before running requests finish; the HTTP layer owns shutdown (server/shutdown.ts).
    stopOnTerminationSignals: false,
    // No field sets a cache hint, yet Apollo's cache-control plugin (on by default) wraps every
    // resolver to read them: a tenth of the execution of 50 meetings with chairs and titles.
    plugins: [...limits.plugins, storeUnavailableStatus, ApolloServerPluginCacheControlDisabled(), { serverWillStart: async () => ({ serverWillStop: release }) }],
  });
  try {
    await apollo.start();
  } catch (e) {
    await release();
    throw e;
  }
  return apollo;
}

/** What a request may do with the key it carries; without a key where reads need one, HTTP 401. */
export function requestContext(store: GraphStore, keys: KeyConfig, authorization: string | undefined, settings: { staleMonths: number }): ApiContext {
  const { canRead, canWrite, keyName } = access(keys, bearer(authorization));
  if (!canRead) {
    throw new GraphQLError('this server needs an API key: send "Authorization: Bearer <key>"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return { store, loaders: createLoaders(store), canWrite, reviewer: keyName, staleMonths: settings.staleMonths };
}
