import { readPosts, statesOn } from '../../src/tenures';

// A post read whole: the successor's first sighting ends the predecessor's tenure, and on a date
// two HOLDING holders of a one-holder post are flagged, never silently both "current".
const cite = (date: string, status: 'current' | 'former' = 'current') => ({ date, status });

describe('readPosts and statesOn', () => {
  const tenures = [
    { personId: 'a', positionId: 'chair', citations: [cite('2021-05-01'), cite('2022-03-10')] },
    { personId: 'b', positionId: 'chair', citations: [cite('2023-01-15')] },
    { personId: 'c', positionId: 'deputy', citations: [cite('2022-03-10')] },
    { personId: 'd', positionId: 'deputy', citations: [cite('2022-04-01')] },
  ];
  const posts = readPosts(tenures, [], (id) => id === 'chair');

  test('a one-holder post ends with the successor, a shared one does not', () => {
    expect(posts.get('chair')!.bounds.get('a')).toMatchObject({ start: '2021-05-01', end: '2023-01-15', endBasis: 'SUCCESSOR_SEEN' });
    expect(posts.get('deputy')!.bounds.get('c')).toMatchObject({ end: '2022-03-10', endBasis: 'LAST_SEEN' });
  });

  test('states on a date: holding, ended, not started, and silence', () => {
    const on = (date: string) => Object.fromEntries([...statesOn(posts.get('chair')!, date)].map(([p, s]) => [p, s.state]));
    expect(on('2022-06-01')).toEqual({ a: 'HOLDING', b: 'NOT_STARTED' });
    expect(on('2023-06-01')).toEqual({ a: 'ENDED', b: 'HOLDING' });
    expect(on('2025-06-01')).toEqual({ a: 'ENDED', b: 'UNKNOWN' });
    expect(statesOn(posts.get('chair')!, '2025-06-01', 36).get('b')!.state).toBe('HOLDING');
  });

  test('an event bounds a tenure nobody cites, and a declared end wins over the last sighting', () => {
    const p = readPosts(
      [{ personId: 'a', positionId: 'dir', citations: [cite('2024-02-01')] }],
      [{ personId: 'a', positionId: 'dir', kind: 'dismissed', date: '2024-09-20' }, { personId: 'e', positionId: 'dir', kind: 'appointed', date: '2024-10-01' }],
      () => true,
    ).get('dir')!;
    expect(p.bounds.get('a')).toMatchObject({ end: '2024-09-20', endBasis: 'DECLARED' });
    expect(p.bounds.get('e')).toMatchObject({ start: '2024-10-01', startBasis: 'DECLARED' });
    expect(statesOn(p, '2024-10-05').get('e')!.state).toBe('HOLDING');
    expect(statesOn(p, '2024-10-05').get('a')!.state).toBe('ENDED');
  });

  test('two holders of a one-holder post on one date are a conflict', () => {
    const p = readPosts([
      { personId: 'x', positionId: 'sec', citations: [cite('2024-03-01'), cite('2024-06-01')] },
      { personId: 'y', positionId: 'sec', citations: [cite('2024-02-01'), cite('2024-06-02')] },
    ], [], () => true).get('sec')!;
    const states = statesOn(p, '2024-05-01');
    expect([...states.values()]).toEqual([{ state: 'HOLDING', conflict: true }, { state: 'HOLDING', conflict: true }]);
  });
});
