// The HTTP server: GraphQL at /graphql (with an offline GraphiQL for browsers), /healthz
// (process up), /readyz (store answers), and the dashboard's files at /. Plain node:http, so
// nothing sits between a request and Apollo but our limits.
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, resolve, sep } from 'path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isCadreError, type ErrorCode } from '../model/errors';
import type { GraphStore } from '../store/graph-store';
import { access, bearer, keysFromEnv, type KeyConfig } from './auth';
import type { ApiContext } from './context';
import { armor, MAX_BODY_BYTES } from './limits';
import { createLoaders } from './loaders';
import { buildSchema } from './schema';

export interface ServerOptions {
  store: GraphStore;
  port?: number;
  host?: string;
  keys?: KeyConfig;
  /** The build folder holding graphiql/ and dashboard/; defaults to the repository's dist/. */
  webDir?: string;
  /** Stack traces in errors: only in development. */
  debug?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const CODE_OF: Record<ErrorCode, string> = {
  BAD_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_LOCKED: 'STORE_UNAVAILABLE',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
};

const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** Errors say what was wrong; anything unexpected is logged and answered without internals. */
function formatError(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isCadreError(original)) return { ...formatted, message: original.message, extensions: { code: CODE_OF[original.code] } };
    const code = String(formatted.extensions?.code ?? '');
    if (PUBLIC_CODES.has(code) || (original instanceof GraphQLError && original.extensions?.code)) return debug ? formatted : { ...formatted, extensions: { code } };
    // graphql-armor rejections and scalar parse errors carry no code but a useful message.
    if (original instanceof GraphQLError || original instanceof TypeError) return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    process.stderr.write(`cadregraph serve: internal error: ${(original as Error)?.stack ?? String(original)}\n`);
    return debug ? formatted : { message: 'internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/** A file under root, or null; never outside it. */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function sendFile(res: ServerResponse, path: string) {
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(path).pipe(res);
}

const NOT_BUILT = (what: string) =>
  `<!doctype html><meta charset="utf-8"><title>cadregraph</title><p>The ${what} is not built. Run <code>npm run build</code>, then reload.</p>` +
  '<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store } = options;
  const keys = options.keys ?? keysFromEnv();
  const debug = options.debug ?? process.env.NODE_ENV === 'development';
  const webDir = resolve(options.webDir ?? join(__dirname, '..', '..', 'dist'));
  const protection = armor();
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    ...protection,
    includeStacktraceInErrorResponses: debug,
    formatError: formatError(debug),
    introspection: true,
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        throw new HttpError(400, 'the request body is not JSON');
      }
    }
    const { canRead, canWrite } = access(keys, bearer(req.headers.authorization));
    if (!canRead) throw new HttpError(401, 'this server needs an API key: send "Authorization: Bearer <key>"');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ store, loaders: createLoaders(store), canWrite }),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of response.headers) outHeaders[k] = v;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') res.end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        await store.ping();
        return json(res, 200, { status: 'ready', store: store.engine });
      } catch (e) {
        return json(res, 503, { status: 'unavailable', store: store.engine, error: (e as Error).message.split('\n')[0] });
      }
    }
    if (url.pathname === '/graphql') {
      const wantsPage = req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
      if (!wantsPage) return graphql(req, res, url);
      const ide = fileUnder(webDir, 'graphiql/index.html');
      if (ide) return sendFile(res, ide);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(NOT_BUILT('GraphQL IDE'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
    // Only the two web folders are public, never the compiled server code beside them.
    const file = url.pathname.startsWith('/graphiql/')
      ? fileUnder(join(webDir, 'graphiql'), url.pathname.slice('/graphiql'.length))
      : fileUnder(join(webDir, 'dashboard'), url.pathname === '/' ? 'index.html' : url.pathname);
    if (file) return sendFile(res, file);
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(NOT_BUILT('dashboard'));
    }
    return json(res, 404, { error: `no such page: ${url.pathname}` });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) process.stderr.write(`cadregraph serve: ${(e as Error)?.stack ?? String(e)}\n`);
      if (!res.headersSent) json(res, status, { errors: [{ message: status === 500 ? 'internal server error' : (e as Error).message, extensions: { code: status === 401 ? 'UNAUTHENTICATED' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections?.();
      await apollo.stop();
    },
  };
}
