import { loadLexiconData } from '../../src/lexicon/load';
import { monthsBefore, oneHolderPosts, postStates, tenureBounds, tenureState, type HolderHistory } from '../../src/tenures';

const cited = (personId: string, ...dates: string[]): HolderHistory => ({
  personId,
  citations: dates.map((date) => ({ date, status: 'current' as const })),
  events: [],
});

describe('tenureBounds', () => {
  test('citations alone give first-seen and last-seen bounds', () => {
    const [b] = tenureBounds([cited('a', '2022-05-01', '2021-03-10', '2023-01-02')], false);
    expect(b).toMatchObject({ start: '2021-03-10', startBasis: 'FIRST_SEEN', end: '2023-01-02', endBasis: 'LAST_SEEN' });
  });

  test('an appointment with an effective date declares the start', () => {
    const h: HolderHistory = { ...cited('a', '2024-06-01'), events: [{ kind: 'appointed', date: '2024-03-01' }] };
    expect(tenureBounds([h], true)[0]).toMatchObject({ start: '2024-03-01', startBasis: 'DECLARED', firstSeen: '2024-06-01' });
  });

  test('a dismissal declares the end; a later "nguyên" title ends it otherwise', () => {
    const dismissed: HolderHistory = { ...cited('a', '2022-01-01'), events: [{ kind: 'dismissed', date: '2023-02-15' }] };
    const former: HolderHistory = { personId: 'b', citations: [{ date: '2021-01-01', status: 'current' }, { date: '2024-09-09', status: 'former' }], events: [] };
    const [d, f] = tenureBounds([dismissed, former], false);
    expect(d).toMatchObject({ end: '2023-02-15', endBasis: 'DECLARED' });
    expect(f).toMatchObject({ end: '2024-09-09', endBasis: 'FORMER_TITLE' });
  });

  test('a one-holder post is ended by the next holder seen; a shared post is not', () => {
    const histories = [cited('old', '2021-04-01'), cited('new', '2023-05-20', '2024-01-01')];
    const [old] = tenureBounds(histories, true);
    expect(old).toMatchObject({ end: '2023-05-20', endBasis: 'SUCCESSOR_SEEN' });
    expect(tenureBounds(histories, false)[0]).toMatchObject({ end: '2021-04-01', endBasis: 'LAST_SEEN' });
  });

  test('partial and missing dates bound nothing', () => {
    const [b] = tenureBounds([{ personId: 'a', citations: [{ date: '--06-30', status: 'current' }, { date: null, status: 'current' }], events: [] }], true);
    expect(b).toMatchObject({ start: null, end: null, startBasis: null, endBasis: null });
  });
});

describe('tenureState', () => {
  const stateOn = (h: HolderHistory, asOf: string, oneHolder = true) => tenureState(tenureBounds([h], oneHolder)[0], h, asOf);

  test('holding when cited within the window before the date or any time after it', () => {
    const h = cited('a', '2021-03-01', '2021-09-01');
    expect(stateOn(h, '2021-06-01')).toBe('HOLDING');
    expect(stateOn(h, '2022-08-31')).toBe('HOLDING');
    expect(stateOn(h, '2022-09-02')).toBe('UNKNOWN');
    expect(stateOn(h, '2021-02-01')).toBe('NOT_STARTED');
  });

  test('ended on and after a declared end', () => {
    const h: HolderHistory = { ...cited('a', '2022-01-01'), events: [{ kind: 'retired', date: '2022-07-01' }] };
    expect(stateOn(h, '2022-06-30')).toBe('HOLDING');
    expect(stateOn(h, '2022-07-01')).toBe('ENDED');
  });

  test('the window is a parameter', () => {
    const h = cited('a', '2020-01-01');
    const b = tenureBounds([h], false)[0];
    expect(tenureState(b, h, '2022-01-01', 12)).toBe('UNKNOWN');
    expect(tenureState(b, h, '2022-01-01', 36)).toBe('HOLDING');
  });
});

describe('postStates', () => {
  test('a one-holder post has one holder on each date when the sources agree', () => {
    const histories = [cited('old', '2021-04-01', '2022-02-01'), cited('new', '2023-05-20')];
    const bounds = tenureBounds(histories, true);
    expect(postStates(histories, bounds, true, '2022-03-01').map((s) => s.state)).toEqual(['HOLDING', 'NOT_STARTED']);
    expect(postStates(histories, bounds, true, '2023-06-01').map((s) => s.state)).toEqual(['ENDED', 'HOLDING']);
  });

  test('two holders cited in overlapping spells are both flagged as a conflict', () => {
    const histories = [cited('a', '2024-01-10', '2024-06-10'), cited('b', '2024-03-01')];
    const states = postStates(histories, tenureBounds(histories, true), true, '2024-04-01');
    expect(states).toEqual([
      { personId: 'a', state: 'HOLDING', conflict: true },
      { personId: 'b', state: 'HOLDING', conflict: true },
    ]);
  });
});

test('monthsBefore clamps to the end of a shorter month', () => {
  expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
  expect(monthsBefore('2025-01-15', 12)).toBe('2024-01-15');
});

describe('oneHolderPosts (from the lexicon)', () => {
  const oneHolder = oneHolderPosts(loadLexiconData());
  test('heads have one holder, deputies and members several', () => {
    expect(oneHolder('Bí thư', 'party-committee')).toBe(true);
    expect(oneHolder('Phó Bí thư Thường trực', 'party-committee')).toBe(true);
    expect(oneHolder('Chủ tịch', 'peoples-committee')).toBe(true);
    expect(oneHolder('Trưởng ban', 'board')).toBe(true);
    expect(oneHolder('Phó Chủ tịch', 'peoples-committee')).toBe(false);
    expect(oneHolder('Ủy viên', 'standing-committee')).toBe(false);
    expect(oneHolder('Phó Bí thư', 'party-committee')).toBe(false);
  });
  test('a title limited to some kinds of body is shared elsewhere', () => {
    expect(oneHolder('Chủ tịch', 'state-body')).toBe(false);
    expect(oneHolder('Chủ tịch', null)).toBe(false);
  });
});
