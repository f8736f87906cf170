// The watchlist's memory and its comparison between visits, without a browser (storage stand-ins).
import { changesSince, memoryStorage, snapshotOf, Watchlist, type Observed } from '../../src/dashboard/watchlist';

const memory = memoryStorage;

const title = (id: string, state: Observed['titles'][number]['state']) =>
  ({ id, state, title: 'Giám đốc', person: { id: `p/${id}`, name: id }, organization: { id: 'org/x', name: 'Sở X' } });
const meeting = (id: string, date: string | null = null) => ({ id, date, title: id });

describe('the watchlist', () => {
  it('lists new titles, ended titles and new meetings, nothing else', () => {
    const before: Observed = { titles: [title('a', 'HOLDING'), title('b', 'UNKNOWN'), title('c', 'ENDED')], meetings: [meeting('m1')] };
    const now: Observed = {
      titles: [title('a', 'ENDED'), title('b', 'HOLDING'), title('c', 'ENDED'), title('d', 'HOLDING'), title('e', 'ENDED')],
      meetings: [meeting('m1'), meeting('m2', '2026-01-02'), meeting('m3', '2026-03-04')],
    };
    const listed = changesSince(snapshotOf(before, '2026-01-01'), now).map((c) => `${c.kind} ${'title' in c ? c.title.id : c.meeting.id}`);
    expect(listed).toEqual(['endedTitle a', 'newTitle d', 'endedTitle e', 'newMeeting m3', 'newMeeting m2']);
    expect(changesSince(snapshotOf(now, '2026-05-01'), now)).toEqual([]);
  });

  it('compares with what the previous visit saw, and is kept between visits', () => {
    const local = memory();
    const f = { kind: 'person' as const, id: 'person/x/a', label: 'A' };
    const first: Observed = { titles: [title('a', 'HOLDING')], meetings: [] };
    const later: Observed = { titles: [title('a', 'HOLDING')], meetings: [meeting('m1')] };

    const session = memory();
    const visit1 = new Watchlist(local, session);
    visit1.follow(f, snapshotOf(first, '2026-01-01'));
    expect(changesSince(visit1.baseline(f)!, later)).toHaveLength(1);
    visit1.saw(f, snapshotOf(later, '2026-01-02'));
    // The same visit (a reload) still lists it: its baseline has not moved.
    const reload = new Watchlist(local, session);
    expect(new Watchlist(local, session).items).toEqual([f]);
    expect(changesSince(reload.baseline(f)!, later)).toHaveLength(1);
    // The next visit starts from what the last one saw.
    const visit2 = new Watchlist(local, memory());
    expect(changesSince(visit2.baseline(f)!, later)).toEqual([]);
    visit2.unfollow(f);
    expect(new Watchlist(local, memory()).items).toEqual([]);
  });

  it('"mark as seen" moves the baseline; a damaged entry starts afresh', () => {
    const local = memory();
    const f = { kind: 'province' as const, id: 'Quảng Trị', label: 'Quảng Trị' };
    const list = new Watchlist(local, memory());
    list.follow(f, snapshotOf({ titles: [], meetings: [] }, '2026-01-01'));
    list.saw(f, snapshotOf({ titles: [], meetings: [meeting('m1')] }, '2026-01-02'));
    list.markSeen();
    expect(list.baseline(f)!.meetings).toEqual(['m1']);
    local.setItem('cadregraph.watch', '{not json');
    expect(new Watchlist(local, memory()).items).toEqual([]);
  });
});
