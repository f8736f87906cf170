// Opaque cursors: a row's place in its list's order (its sort key and id, see store/orders.ts),
// never a position, so that a page starts right after the row the client last saw whatever was
// added or removed before it, and no cursor can make the store count its way to a far offset.
// A cursor names the list and order it came from and is checked field by field: anything else
// (edited, truncated, from another list or order, a key out of range) is a BAD_USER_INPUT error.
// Cursors are validated, not signed: a well-formed place a client writes itself only starts the
// page elsewhere in the same order, which costs no more than any other page.
import { GraphQLError } from 'graphql';
import type { Order, PageKey, PageResult } from '../store/graph-store';
import { ORDERS, orderOf, type Finder, type KeyKind, type OrderSpec } from '../store/orders';

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;
const VERSION = 1;
const MAX_CURSOR_CHARS = 2048;
const MAX_TEXT_KEY = 512;
const MAX_COUNT = 2 ** 31 - 1;
/** Sort keys of dates: a full date, one without a year, none ('' newest first, '~' forms oldest first). */
const DATE_KEY = /^(\d{4}-\d{2}-\d{2}|~?--\d{2}-\d{2}|~~|)$/;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** A list's order as a cursor names it: "meetings.date.DESC". */
export const orderTag = (list: string, order: Order) => `${list}.${order.by}.${order.direction}`;

export const encodeCursor = (tag: string, place: PageKey) => Buffer.from(JSON.stringify([VERSION, tag, place.key, place.id])).toString('base64url');

const validKey = (kind: KeyKind, key: unknown): boolean => {
  switch (kind) {
    case 'count':
      return Number.isSafeInteger(key) && (key as number) >= 0 && (key as number) <= MAX_COUNT;
    case 'score':
      return typeof key === 'number' && Number.isFinite(key) && key >= 0 && key <= 1;
    case 'date':
      return typeof key === 'string' && DATE_KEY.test(key);
    case 'text':
      return typeof key === 'string' && key.length <= MAX_TEXT_KEY;
  }
};

/** The place a cursor names, checked against the list and order it is used with. */
export function decodeCursor(cursor: string, tag: string, kind: KeyKind): PageKey {
  const invalid = (why: string) =>
    badInput(`invalid cursor "${cursor.length > 60 ? `${cursor.slice(0, 60)}…` : cursor}" (${why}): use an endCursor or cursor this API returned for the same list, filter and orderBy`);
  if (cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid('not a cursor of this API');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor of this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== VERSION) throw invalid('not a cursor of this API');
  const [, from, key, id] = parsed as [number, unknown, unknown, unknown];
  if (from !== tag) throw invalid(typeof from === 'string' ? `it belongs to ${from}, not ${tag}` : 'not a cursor of this API');
  if (!validKey(kind, key)) throw invalid('its sort key is out of range');
  if (typeof id !== 'string' || !id || id.length > MAX_TEXT_KEY) throw invalid('its id is out of range');
  return { key: key as string | number, id };
}

const pageSize = (first: number | null | undefined, fallback = DEFAULT_PAGE) => {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE} (got ${first})`);
  return n;
};

export interface PageArgs<By extends string = string> {
  limit: number;
  after: PageKey | null;
  order: Order<By>;
  tag: string;
}

/** `first` and `after` of a connection over `list` in `order` (whose keys are of `kind`). */
export function pageArgs<By extends string>(list: string, order: Order<By>, kind: KeyKind, first: number | null | undefined, after: string | null | undefined): PageArgs<By> {
  const tag = orderTag(list, order);
  return { limit: pageSize(first), after: after ? decodeCursor(after, tag, kind) : null, order, tag };
}

/** The GraphQL names of the store's orders (PersonOrderField, ...). */
const ORDER_FIELDS: Record<string, string> = { NAME: 'name', MEETINGS_CHAIRED: 'chaired', MEETINGS_ATTENDED: 'attended', SIZE: 'size', DATE: 'date', NUMBER: 'number' };

/** The page of a finder's connection: `orderBy` as the store names it (default: the finder's first order), then `first` and `after`. */
export function finderPage<F extends Finder>(
  finder: F,
  orderBy: { field?: string | null; direction?: Order['direction'] | null } | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): PageArgs<keyof (typeof ORDERS)[F] & string> {
  const order = orderOf(finder, orderBy ? { by: orderBy.field ? ORDER_FIELDS[orderBy.field] : null, direction: orderBy.direction } : null);
  const spec = (ORDERS[finder] as Record<string, OrderSpec>)[order.by];
  return pageArgs(finder, order, spec.key, first, after);
}

/** A Relay connection from one page of a finder. */
export function connection<T>(page: PageArgs, result: PageResult<T>) {
  const edges = result.items.map((node, i) => ({ node, cursor: encodeCursor(page.tag, result.keys[i]) }));
  return { edges, totalCount: result.totalCount, pageInfo: { hasNextPage: result.hasMore, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** One page of a list already sorted in memory, by the same keyset rule as the stores: the rows after `after`. */
export function pageOf<T>(all: T[], page: PageArgs, placeOf: (item: T) => PageKey, after: (item: T, place: PageKey) => boolean): PageResult<T> {
  const start = page.after ? all.findIndex((item) => after(item, page.after!)) : 0;
  const rest = start < 0 ? [] : all.slice(start);
  const items = rest.slice(0, page.limit);
  return { items, keys: items.map(placeOf), hasMore: rest.length > page.limit, totalCount: all.length };
}

/** `first` on a list field: at most MAX_PAGE. */
export function listLimit(first: number | null | undefined, fallback = 50): number {
  return pageSize(first, fallback);
}
