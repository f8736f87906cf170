// Opaque cursors over positions in a stable order. Opaque so that clients do not build them and
// the server may change how pages are cut.
import { GraphQLError } from 'graphql';

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;
const PREFIX = 'cg1:';

export const encodeCursor = (offset: number) => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new GraphQLError(`invalid cursor "${cursor}": use an endCursor or cursor returned by this API`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return offset;
}

export function pageArgs(first: number | null | undefined, after: string | null | undefined): { limit: number; offset: number } {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE} (got ${first})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { limit, offset: after ? decodeCursor(after) : 0 };
}

/** A Relay connection from one page of a finder. */
export function connection<T>(page: { limit: number; offset: number }, result: { items: T[]; totalCount: number }) {
  const edges = result.items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i + 1) }));
  return {
    edges,
    totalCount: result.totalCount,
    pageInfo: { hasNextPage: page.offset + result.items.length < result.totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** `first` on a list field: at most MAX_PAGE. */
export function listLimit(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new GraphQLError(`first must be between 1 and ${MAX_PAGE} (got ${first})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return n;
}
