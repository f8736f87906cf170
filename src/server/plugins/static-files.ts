// The two built web folders and nothing else of dist/: the dashboard at /, the GraphQL IDE's files
// under /graphiql/. @fastify/static answers HEAD, ETag / If-None-Match (304) and ranges; Vite's
// hashed assets are cached for good, everything else is revalidated on each load.
import { existsSync } from 'fs';
import { join, sep } from 'path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

const cacheHeaders = (reply: FastifyReply, path: string) =>
  reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');

const common = { cacheControl: false, setHeaders: cacheHeaders, dotfiles: 'ignore' as const, suppressWarning: true, index: false as const };

export const notBuilt = (what: string) =>
  `<!doctype html><meta charset="utf-8"><title>cadregraph</title><p>The ${what} is not built. Run <code>npm run build</code>, then reload.</p>` +
  '<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>';

/** A page of a web folder, or the page that says how to build it; looked up per request, so a build while serving shows up on reload. */
export function sendPage(reply: FastifyReply, dir: string, what: string) {
  if (existsSync(join(dir, 'index.html'))) return reply.sendFile('index.html', dir);
  return reply.type('text/html; charset=utf-8').send(notBuilt(what));
}

export interface StaticFilesOptions {
  webDir: string;
}

const plugin: FastifyPluginAsync<StaticFilesOptions> = async (app, { webDir }) => {
  const dashboard = join(webDir, 'dashboard');
  await app.register(fastifyStatic, { ...common, root: dashboard, prefix: '/' });
  await app.register(fastifyStatic, { ...common, root: join(webDir, 'graphiql'), prefix: '/graphiql/', decorateReply: false });
  app.get('/', (_request, reply) => sendPage(reply, dashboard, 'dashboard'));
};

export const staticFiles = fp(plugin, { name: 'cadregraph-static-files' });
