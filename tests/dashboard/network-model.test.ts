import { buildModel, foldMeetings, sortableDay, weightAt } from '../../src/dashboard/network-model';
import type { Network } from '../../src/dashboard/queries';

const node = (id: string, kind: 'PERSON' | 'MEETING' | 'ORGANIZATION') => ({ id, kind, label: id, category: null, level: null, weight: 1 });
const edge = (source: string, target: string, relation: string, weight = 1) => ({ source, target, relation, weight });
// Two meetings: a, b, c met in 2021; a and d in 2023; a holds a title in body o.
const network: Network = {
  truncated: false,
  nodes: [node('a', 'PERSON'), node('b', 'PERSON'), node('c', 'PERSON'), node('d', 'PERSON'), node('e', 'PERSON'), node('m1', 'MEETING'), node('m2', 'MEETING'), node('o', 'ORGANIZATION')],
  edges: [
    edge('a', 'm1', 'CHAIRED'), edge('b', 'm1', 'ATTENDED'), edge('c', 'm1', 'SPOKE'), edge('a', 'm2', 'ATTENDED'), edge('d', 'm2', 'ATTENDED'),
    edge('a', 'b', 'MET'), edge('a', 'c', 'MET'), edge('b', 'c', 'MET'), edge('a', 'd', 'MET'), edge('a', 'o', 'HOLDS'), edge('o', 'm1', 'TOOK_PART'),
    edge('d', 'e', 'MET', 3), // their meetings were cut by the API's limit
  ],
};
const dates = new Map([['m1', '2021-06-29'], ['m2', '2023-07-07']]);

describe('the network drawn', () => {
  it('folds meetings into weighted, dated edges between the people who met', () => {
    const pairs = foldMeetings(network, dates);
    expect(pairs.get('a\u0000b')).toEqual({ weight: 1, dates: ['2021-06-29'] });
    expect(pairs.get('a\u0000d')).toEqual({ weight: 1, dates: ['2023-07-07'] });
    expect(pairs.get('d\u0000e')).toEqual({ weight: 3, dates: [] });
  });

  it('people only by default; people and meetings, or everything, on request', () => {
    const people = buildModel({ network, meetingDates: dates, mode: 'people' });
    expect(people.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(people.graph.size).toBe(5);
    expect(people.days).toEqual(['2021-06-29', '2023-07-07']);
    expect(people.communities).toBeGreaterThanOrEqual(1);
    expect(people.graph.getNodeAttribute('a', 'color')).toBe(people.graph.getNodeAttribute('b', 'color'));
    const meetings = buildModel({ network, meetingDates: dates, mode: 'meetings' });
    expect(meetings.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'm1', 'm2']);
    expect(meetings.graph.size).toBe(5);
    const all = buildModel({ network, meetingDates: dates, mode: 'all' });
    expect(all.graph.order).toBe(8);
    expect(all.graph.getEdgeAttribute(all.graph.edge('a', 'o')!, 'time')).toEqual({ dates: [], timeless: true });
  });

  it('the ego view keeps the people within one or two meetings', () => {
    expect(buildModel({ network, meetingDates: dates, mode: 'people', ego: { id: 'b', depth: 1 } }).graph.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(buildModel({ network, meetingDates: dates, mode: 'people', ego: { id: 'b', depth: 2 } }).graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(buildModel({ network, meetingDates: dates, mode: 'meetings', ego: { id: 'b', depth: 1 } }).graph.nodes().sort()).toEqual(['a', 'b', 'c', 'm1']);
    const missing = buildModel({ network, meetingDates: dates, mode: 'people', ego: { id: 'nobody', depth: 1 } });
    expect(missing.egoMissing).toBe(true);
  });

  it('counts an edge\'s meetings by a date; a date without a year cannot be placed', () => {
    const time = { dates: ['2021-06-29', '2023-07-07'], timeless: false };
    expect(weightAt(time, 2, '2022-01-01')).toBe(1);
    expect(weightAt(time, 2, '2020-01-01')).toBe(0);
    expect(weightAt(time, 2, null)).toBe(2);
    expect(sortableDay('2024-03')).toBe('2024-03-01');
    expect(sortableDay('--05-25')).toBeNull();
  });
});
