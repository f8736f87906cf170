// /healthz: the process answers. /readyz: the store answers and can write (store.probeWrite: a
// write rolled back, the file in place with room on its disk), so a load balancer sends traffic
// only where queries and mutations can be served, and a full disk or a vanished folder says so
// (503 with the cause in one line) before a write is lost. Neither is rate-limited.
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { GraphStore } from '../../store/graph-store';

const plugin: FastifyPluginAsync<{ store: GraphStore }> = async (app, { store }) => {
  const config = { rateLimit: false };
  app.get('/healthz', { config }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config }, async (_request, reply) => {
    try {
      await store.ping();
      await store.probeWrite();
      return { status: 'ready', store: store.engine };
    } catch (e) {
      return reply.code(503).send({ status: 'unavailable', store: store.engine, error: (e as Error).message.split('\n')[0] });
    }
  });
};

export const healthRoutes = fp(plugin, { name: 'cadregraph-health' });
