// /graphql: Apollo for GraphQL clients (GET and POST), the offline IDE for a browser that opens
// the address. Apollo's own CSRF prevention refuses the "simple" requests a foreign page could
// send without a preflight; keys are checked when the request's context is made (api/apollo.ts).
import { join } from 'path';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { requestContext } from '../../api/apollo';
import type { KeyConfig } from '../../api/auth';
import type { ApiContext } from '../../api/context';
import type { GraphStore } from '../../store/graph-store';
import { sendPage } from './static-files';

export interface GraphqlOptions {
  apollo: ApolloServer<ApiContext>;
  store: GraphStore;
  keys: KeyConfig;
  webDir: string;
  staleMonths: number;
}

const wantsPage = (request: FastifyRequest) =>
  request.method === 'GET' && !(request.query as Record<string, unknown>).query && (request.headers.accept ?? '').includes('text/html');

const plugin: FastifyPluginAsync<GraphqlOptions> = async (app, { apollo, store, keys, webDir, staleMonths }) => {
  const execute = fastifyApolloHandler<ApiContext>(apollo, { context: async (request) => requestContext(store, keys, request.headers.authorization, { staleMonths }) });
  const ide = join(webDir, 'graphiql');
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler(request, reply) {
      if (wantsPage(request)) return sendPage(reply, ide, 'GraphQL IDE');
      // The integration types its route as answering strings; this route also answers the page.
      return execute.call(this, request as never, reply as never);
    },
  });
};

export const graphqlRoute = fp(plugin, { name: 'cadregraph-graphql' });
