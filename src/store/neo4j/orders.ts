// The sort key of each finder's orders in Cypher, put into the {{KEY}} slot of cypher/find-*.cypher:
// fixed expressions over the finder's own variable, chosen from this table, never from input.
import type { Order } from '../graph-store';
import { DATE_KEY_LAST, ORDERS, type Finder } from '../orders';

/** Dated first, then dates without a year, then none, in either direction (orders.ts). */
const dateKey = (v: string, direction: Order['direction']) =>
  direction === 'DESC' ? `coalesce(${v}, '')` : `CASE WHEN ${v} >= '0' THEN ${v} ELSE '${DATE_KEY_LAST}' + coalesce(${v}, '${DATE_KEY_LAST}') END`;

const KEYS: Record<Finder, Record<string, (direction: Order['direction']) => string>> = {
  people: {
    name: () => 'p.folded',
    chaired: () => 'COUNT { MATCH (p)-[:CHAIRED]->(x:Meeting) RETURN DISTINCT x }',
    attended: () => 'COUNT { MATCH (p)-[:CHAIRED|ATTENDED]->(x:Meeting) RETURN DISTINCT x }',
  },
  organizations: {
    name: () => 'o.folded',
    size: () => 'COUNT { MATCH (x:Person)-[:HOLDS]->(:Position)-[:`IN`]->(o) RETURN DISTINCT x }',
  },
  meetings: { date: (d) => dateKey('m.date', d) },
  directives: { date: (d) => dateKey('d.date', d), number: () => 'd.number' },
};

export const cypherOrderSlots = (finder: Finder, order: Order) => {
  const key = KEYS[finder][order.by];
  if (!key) throw new Error(`no order "${order.by}" for ${finder}`);
  return { KEY: key(order.direction), AFTER: order.direction === 'DESC' ? '<' : '>', DIRECTION: order.direction };
};

/** Every order of every finder in both directions, for the linter. */
export const everyOrder = (): Array<[Finder, Order]> =>
  (Object.keys(ORDERS) as Finder[]).flatMap((f) => Object.keys(ORDERS[f]).flatMap((by) => (['ASC', 'DESC'] as const).map((direction): [Finder, Order] => [f, { by, direction }])));
