// /healthz: the process answers. /readyz: the store answers too (store.ping), so a load balancer
// sends traffic only where queries can be served. Neither is rate-limited.
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { GraphStore } from '../../store/graph-store';

const plugin: FastifyPluginAsync<{ store: GraphStore }> = async (app, { store }) => {
  const config = { rateLimit: false };
  app.get('/healthz', { config }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config }, async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ready', store: store.engine };
    } catch (e) {
      return reply.code(503).send({ status: 'unavailable', store: store.engine, error: (e as Error).message.split('\n')[0] });
    }
  });
};

export const healthRoutes = fp(plugin, { name: 'cadregraph-health' });
