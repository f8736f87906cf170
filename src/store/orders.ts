// The orders each finder offers, the same on every engine: what the sort key is (a folded name,
// a date, a count) and which direction is the natural one. Ties are broken by id, ascending, so
// that every order is total and a page can start after any row (keyset paging).
import type { Order, PageKey, SortDirection } from './graph-store';

/** What a sort key holds: `text` and `date` keys are strings, `count` keys whole numbers. */
export type KeyKind = 'text' | 'date' | 'count' | 'score';

export interface OrderSpec {
  key: KeyKind;
  direction: SortDirection;
}

export const ORDERS = {
  people: { name: { key: 'text', direction: 'ASC' }, chaired: { key: 'count', direction: 'DESC' }, attended: { key: 'count', direction: 'DESC' } },
  organizations: { name: { key: 'text', direction: 'ASC' }, size: { key: 'count', direction: 'DESC' } },
  meetings: { date: { key: 'date', direction: 'DESC' } },
  directives: { date: { key: 'date', direction: 'DESC' }, number: { key: 'text', direction: 'ASC' } },
} as const satisfies Record<string, Record<string, OrderSpec>>;

export type Finder = keyof typeof ORDERS;

/** The order asked for, or the finder's first; a missing direction is the natural one. */
export function orderOf<F extends Finder>(finder: F, order: { by?: string | null; direction?: SortDirection | null } | null | undefined): Order<keyof (typeof ORDERS)[F] & string> {
  const specs = ORDERS[finder] as Record<string, OrderSpec>;
  const by = order?.by ?? Object.keys(specs)[0];
  const spec = specs[by];
  if (!spec) throw new Error(`no order "${by}" for ${finder}`);
  return { by: by as keyof (typeof ORDERS)[F] & string, direction: order?.direction ?? spec.direction };
}

/**
 * Meeting and directive dates as sort keys: full dates in their order, then dates without a year
 * ("--06-30"), then none, in either direction (a list by date starts with what is dated).
 */
export const DATE_KEY_LAST = '~';

/** The place of a row with sort key `key`, for a page's `keys`. */
export const placeOf = (key: unknown, id: unknown): PageKey => ({ key: typeof key === 'number' ? key : String(key ?? ''), id: String(id) });
