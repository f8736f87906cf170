// The HTTP layer around the API, on Fastify: every concern is a plugin, registered here in the
// order a request meets them (headers on every answer, Host check, load shedding, rate limit),
// then the routes. api/ stays framework-free; this folder wires it to HTTP.
import './graphql-production';
import type { AddressInfo } from 'net';
import { join, resolve } from 'path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { createApollo } from '../api/apollo';
import { keysFromEnv, type KeyConfig } from '../api/auth';
import type { GraphStore } from '../store/graph-store';
import { DEFAULT_CONFIG, type ServerConfig } from './config';
import { errorBody } from './http-error';
import { errorReplies } from './plugins/errors';
import { exportRoutes } from './plugins/exports';
import { feedRoutes } from './plugins/feeds';
import { graphqlRoute } from './plugins/graphql';
import { healthRoutes } from './plugins/health';
import { hostAllowList } from './plugins/host-allow-list';
import { loadShedding } from './plugins/load-shedding';
import { requestRateLimit } from './plugins/rate-limit';
import { securityHeaders } from './plugins/security-headers';
import { staticFiles } from './plugins/static-files';
import { OneLinePerRequest } from './request-log';

export { serverConfigFromEnv, DEFAULT_CONFIG, type ServerConfig } from './config';

export interface ServerOptions {
  store: GraphStore;
  keys?: KeyConfig;
  config?: Partial<ServerConfig>;
  /** The build folder holding graphiql/ and dashboard/; defaults to the repository's dist/. */
  webDir?: string;
  /** 'requests': a line per request (serve); 'errors' (the default): only what went wrong; 'silent'. */
  log?: 'requests' | 'errors' | 'silent';
  /** Stack traces in errors: only in development. */
  debug?: boolean;
  /** Close the store when the server closes (after the last request). */
  closeStore?: boolean;
}

const LEVEL = { requests: 'info', errors: 'error', silent: 'silent' } as const;
const EVERY_INTERFACE = ['0.0.0.0', '::'];

/** The application, not listening: tests call app.inject(); startServer listens. */
export async function buildServer(options: ServerOptions & { host?: string }): Promise<FastifyInstance> {
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const { store } = options;
  const app = Fastify({
    logger: { level: LEVEL[options.log ?? 'errors'] },
    logController: new OneLinePerRequest(),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    // Node checks the headers and request timeouts every 30 s by default: too late for slow clients.
    http: { headersTimeout: config.headersTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs) },
    // A malformed %-escape names no file: the same answer as any other missing page.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      reply.code(404).header('x-content-type-options', 'nosniff').send(errorBody(`no such page: ${error.message}`, 'NOT_FOUND'));
    },
  });
  app.server.maxConnections = config.maxConnections;
  const apollo = await createApollo({ debug: options.debug ?? process.env.NODE_ENV === 'development', log: (m) => app.log.error(m) });
  const webDir = resolve(options.webDir ?? join(__dirname, '..', '..', 'dist'));
  // The address the operator chose to listen on is a name clients use for it.
  const listening = options.host && !EVERY_INTERFACE.includes(options.host) ? [options.host] : [];
  const allowed = config.allowedHosts === '*' ? '*' : [...config.allowedHosts, ...listening];

  await app.register(errorReplies, { bodyLimit: config.bodyLimitBytes });
  await app.register(securityHeaders);
  await app.register(hostAllowList, { allowed });
  await app.register(loadShedding, { maxEventLoopDelayMs: config.maxEventLoopDelayMs });
  await app.register(requestRateLimit, config.rateLimit);
  await app.register(healthRoutes, { store });
  await app.register(graphqlRoute, { apollo, store, keys: options.keys ?? keysFromEnv(), webDir, staleMonths: config.staleMonths });
  await app.register(exportRoutes, { store, keys: options.keys ?? keysFromEnv(), staleMonths: config.staleMonths });
  await app.register(feedRoutes, { store, keys: options.keys ?? keysFromEnv() });
  await app.register(staticFiles, { webDir });
  // After the last request has been answered (Fastify closes the listener and waits first).
  app.addHook('onClose', async () => {
    await apollo.stop();
    if (options.closeStore) await store.close();
  });
  return app;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  /** Stops accepting, lets running requests finish (cut after the shutdown timeout), then closes. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = await buildServer({ ...options, host });
  const { shutdownTimeoutMs } = { ...DEFAULT_CONFIG, ...options.config };
  await app.listen({ port: options.port ?? 4000, host });
  const { port } = app.server.address() as AddressInfo;
  const shown = EVERY_INTERFACE.includes(host) ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
    app,
    close() {
      closing ??= (async () => {
        const deadline = setTimeout(() => app.server.closeAllConnections(), shutdownTimeoutMs);
        try {
          await app.close();
        } finally {
          clearTimeout(deadline);
        }
      })();
      return closing;
    },
  };
}
