// The dashboard's only way to the data: POST /graphql. Failures become an ApiError whose message
// a reader can act on; nothing else in the page talks to the network. Documents are the typed
// ones generated from the SDL (queries.ts), so the answer's type follows from the query.
import type { TypedDocumentString } from './gql/graphql';

export type ApiFailure = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface GqlOptions {
  /** Bytes received so far and the total when the server says it. */
  onProgress?: (received: number, total: number | null) => void;
  signal?: AbortSignal;
}

const ENDPOINT = '/graphql';

async function readText(res: Response, onProgress?: GqlOptions['onProgress']): Promise<string> {
  if (!onProgress || !res.body) return res.text();
  const total = Number(res.headers.get('content-length')) || null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) all.set(c, at), (at += c.length);
  return new TextDecoder().decode(all);
}

export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, options: GqlOptions = {}): Promise<T> {
  const query = document.toString();
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('network', (e as Error).message);
  }
  const text = await readText(res, options.onProgress);
  let body: { data?: T; errors?: Array<{ message: string }> };
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('http', `HTTP ${res.status}`);
  }
  if (body.errors?.length) throw new ApiError(res.ok ? 'graphql' : 'http', body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new ApiError('http', `HTTP ${res.status}`);
  return body.data;
}

/** Every page of a Relay connection (the API caps a page at 100). */
export async function allPages<N>(
  read: (after: string | null) => Promise<{ edges: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
  maxPages = 100,
): Promise<N[]> {
  const out: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page = await read(after);
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return out;
}
