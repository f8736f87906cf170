// The sort key of each finder's orders in SQL, put into the {{KEY}} slot of sql/find-*.sql: fixed
// expressions over the finder's own table alias, chosen from this table, never from input.
import type { Order } from '../graph-store';
import { DATE_KEY_LAST, type Finder } from '../orders';
import type { Slots } from './statements';

/** Dated first, then dates without a year, then none, in either direction (orders.ts). */
const dateKey = (column: string, direction: Order['direction']) =>
  direction === 'DESC' ? `coalesce(${column}, '')` : `CASE WHEN ${column} >= '0' THEN ${column} ELSE '${DATE_KEY_LAST}' || coalesce(${column}, '${DATE_KEY_LAST}') END`;

const KEYS: Record<Finder, Record<string, (direction: Order['direction']) => string>> = {
  people: {
    name: () => 'p.folded',
    chaired: () => "(SELECT count(*) FROM edge WHERE type = 'CHAIRED' AND src = p.id)",
    attended: () => "(SELECT count(DISTINCT dst) FROM edge WHERE type IN ('CHAIRED', 'ATTENDED') AND src = p.id)",
  },
  organizations: {
    name: () => 'o.folded',
    size: () => "(SELECT count(DISTINCT e.src) FROM position pos JOIN edge e ON e.type = 'HOLDS' AND e.dst = pos.id WHERE pos.organization_id = o.id)",
  },
  meetings: { date: (d) => dateKey('m.date', d) },
  directives: { date: (d) => dateKey('d.date', d), number: () => 'd.number' },
};

export function orderSlots(finder: Finder, order: Order): Slots {
  const key = KEYS[finder][order.by];
  if (!key) throw new Error(`no order "${order.by}" for ${finder}`);
  return { KEY: key(order.direction), AFTER: order.direction === 'DESC' ? '<' : '>', DIRECTION: order.direction };
}
