// The Fastify application over a real (empty) embedded store, for app.inject(); and a small built
// web folder to serve.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server';
import { openEmbeddedStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';

export interface Harness {
  app: FastifyInstance;
  store: GraphStore;
  webDir: string;
  close(): Promise<void>;
}

export function writeWebDir(): string {
  const web = mkdtempSync(join(tmpdir(), 'cadregraph-server-web-'));
  mkdirSync(join(web, 'dashboard', 'assets'), { recursive: true });
  mkdirSync(join(web, 'graphiql', 'assets'), { recursive: true });
  writeFileSync(join(web, 'dashboard', 'index.html'), '<!doctype html><title>dashboard page</title><script type="module" src="/assets/app-1a2b3c.js"></script>');
  writeFileSync(join(web, 'dashboard', 'assets', 'app-1a2b3c.js'), 'console.log("dashboard")');
  writeFileSync(join(web, 'dashboard', '.env'), 'SECRET=1');
  writeFileSync(join(web, 'graphiql', 'index.html'), '<!doctype html><title>ide page</title>');
  writeFileSync(join(web, 'secret.js'), 'not public');
  return web;
}

export async function startHarness(options: Omit<ServerOptions, 'store'> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-server-'));
  const store = await openEmbeddedStore(join(dir, 'data'));
  const webDir = options.webDir ?? writeWebDir();
  // Load shedding off unless a test asks for it: the event loop here is the test runner's too.
  const config = { maxEventLoopDelayMs: 0, ...options.config };
  const app = await buildServer({ keys: { writeKeys: ['w'], readKeys: [] }, ...options, config, store, webDir });
  await app.ready();
  return {
    app,
    store,
    webDir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      if (!options.webDir) rmSync(webDir, { recursive: true, force: true });
    },
  };
}

export const gqlPost = (query: string, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  payload: JSON.stringify({ query }),
});
