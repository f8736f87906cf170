// Issue 12's part of the store contract: identity by letters, the citations and events that bound
// tenures, states on a date, merges and their exact undoing. Run on every engine available.
import type { EventFact } from '../../src/model/facts';
import type { GraphStore, TenureRecord } from '../../src/store/graph-store';
import { findMergeCandidates } from '../../src/store/careers';
import { oneHolderPosts, readPosts, statesOn, summarizeCitations, summaryCitations } from '../../src/tenures';
import { lexiconData } from '../../src/lexicon';
import { article, body } from './facts-builder';

const UB_QT = body('Ủy ban nhân dân tỉnh', 'Quảng Trị', 'peoples-committee');
const HD_QT = body('Hội đồng nhân dân tỉnh', 'Quảng Trị', 'peoples-council');
const SO_TC = body('Sở Tài chính', 'Quảng Trị', 'state-body');
const SO_YT = body('Sở Y tế', 'Quảng Trị', 'state-body');
const TU_HT = body('Tỉnh ủy', 'Hà Tĩnh');
const TU_TB = body('Tỉnh ủy', 'Thái Bình');

function event(kind: EventFact['kind'], person: string, title: string, organization: EventFact['organization'], effective: string | null, extra: Partial<EventFact> = {}): EventFact {
  const quote = `${person} ${kind} ${title} ${organization.name}`;
  return { kind, person, title, organization, effective, decision: null, decidedBy: null, evidence: { quote, span: { start: 0, end: quote.length } }, ...extra };
}

// Two names one letter apart, in one article.
const namesakes = article({
  id: 'c1', province: 'Quảng Trị', published: '2023-02-10',
  people: [
    { name: 'Nguyễn Văn Hùng', positions: [{ title: 'Giám đốc', org: SO_TC }] },
    { name: 'Nguyễn Văn Hưng', positions: [{ title: 'Giám đốc', org: SO_YT }] },
  ],
});
// A one-holder post: cited for one person in 2021, then another is elected in 2023.
const oldChair = article({ id: 'c2', province: 'Quảng Trị', published: '2021-05-01', people: [{ name: 'Trần Văn Bắc', positions: [{ title: 'Chủ tịch', org: UB_QT }] }] });
const newChair = {
  ...article({ id: 'c3', province: 'Quảng Trị', published: '2023-06-01', people: [{ name: 'Lê Đức Tiến', positions: [{ title: 'Chủ tịch', org: UB_QT }] }] }),
  events: [event('elected', 'Lê Đức Tiến', 'Chủ tịch', UB_QT, '2023-05-20', { decision: '45/NQ-HĐND', decidedBy: HD_QT })],
};
// A deputy secretary transferred between provinces ("nguyên" of the old post in the new province's
// report): two records until a reviewer says they are one.
const before = article({ id: 'c4', province: 'Hà Tĩnh', published: '2024-01-05', people: [{ name: 'Đặng Quốc Vinh', gender: 'MALE', positions: [{ title: 'Phó Bí thư', org: TU_HT }] }] });
const after = {
  ...article({
    id: 'c5', province: 'Thái Bình', published: '2025-03-01',
    people: [{ name: 'Đặng Quốc Vinh', positions: [{ title: 'Phó Bí thư', org: TU_TB }, { title: 'Phó Bí thư', org: TU_HT, status: 'former' }] }],
  }),
  events: [event('transferred', 'Đặng Quốc Vinh', 'Phó Bí thư', TU_TB, '2025-02-20')],
};

const HUNG = 'person/quang-tri/nguyễn-văn-hùng';
const HUNG2 = 'person/quang-tri/nguyễn-văn-hưng';
const BAC = 'person/quang-tri/trần-văn-bắc';
const TIEN = 'person/quang-tri/lê-đức-tiến';
const VINH_HT = 'person/ha-tinh/đặng-quốc-vinh';
const VINH_TB = 'person/thai-binh/đặng-quốc-vinh';

const isOneHolder = oneHolderPosts(lexiconData());
const byPost = (a: TenureRecord, b: TenureRecord) => a.positionId.localeCompare(b.positionId);
/** A person's tenures with their sources and citations in a comparable order. */
async function careerOf(store: GraphStore, id: string) {
  return (await store.tenuresOfPeople([id]))
    .map((t) => ({ ...t, sources: [...t.sources].sort((x, y) => x.articleId.localeCompare(y.articleId)), citations: [...t.citations].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) }))
    .sort(byPost);
}

export function defineCareersContract(engine: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore careers contract (${engine})`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      await store.upsertArticles([namesakes, oldChair, newChair, before, after]);
    });
    afterAll(() => store?.close());

    it('two names one letter apart in one article are two people, each with their own post', async () => {
      const found = await store.findPeople({ name: 'nguyen van hung' }, { limit: 10, offset: 0 });
      expect(found.items.map((p) => p.id).sort()).toEqual([HUNG2, HUNG].sort());
      const tenures = await store.tenuresOfPeople([HUNG, HUNG2]);
      expect(tenures.map((t) => [t.personId, t.organizationId]).sort()).toEqual([
        [HUNG, 'org/quang-tri/so-tai-chinh'],
        [HUNG2, 'org/quang-tri/so-y-te'],
      ].sort());
    });

    it('an event is stored with its post, date, decision, deciding body and source', async () => {
      const [e] = await store.eventsOfPeople([TIEN]);
      expect(e).toMatchObject({ kind: 'elected', personId: TIEN, title: 'Chủ tịch', date: '2023-05-20', decisionNumber: '45/NQ-HĐND' });
      expect(e.organizationId).toBe((await store.tenuresOfPeople([TIEN]))[0].organizationId);
      expect(e.decidedById).toMatch(/hoi-dong-nhan-dan-tinh/);
      expect(e.sources.map((s) => s.articleId)).toEqual(['c3']);
    });

    it('a one-holder post read whole: the successor ends the first tenure, the election starts the second', async () => {
      const positionId = (await store.tenuresOfPeople([TIEN]))[0].positionId;
      const tenures = await store.tenuresOfPositions([positionId]);
      expect(tenures.map((t) => t.personId).sort()).toEqual([BAC, TIEN].sort());
      const events = await store.eventsOfPeople([BAC, TIEN]);
      const post = readPosts(tenures, events, () => isOneHolder('Chủ tịch', 'peoples-committee'))!.get(positionId)!;
      expect(post.oneHolder).toBe(true);
      expect(post.bounds.get(TIEN)).toMatchObject({ start: '2023-05-20', startBasis: 'DECLARED' });
      expect(post.bounds.get(BAC)).toMatchObject({ start: '2021-05-01', startBasis: 'FIRST_SEEN', endBasis: 'SUCCESSOR_SEEN' });
      expect(statesOn(post, '2021-06-01').get(BAC)?.state).toBe('HOLDING');
      expect(statesOn(post, '2021-06-01').get(TIEN)?.state).toBe('NOT_STARTED');
      expect(statesOn(post, '2024-01-01').get(BAC)?.state).toBe('ENDED');
      expect(statesOn(post, '2024-01-01').get(TIEN)).toEqual({ state: 'HOLDING', conflict: false });
    });

    it('postHolders is the lean read of tenuresOfPositions: the same holders, citations summed up, each holder\'s events about the post', async () => {
      const positionIds = [...new Set((await store.tenuresOfPeople([TIEN, VINH_TB, VINH_HT, HUNG])).map((t) => t.positionId))];
      const tenures = await store.tenuresOfPositions(positionIds);
      const events = await store.eventsOfPeople([...new Set(tenures.map((t) => t.personId))]);
      const key = (x: { personId: string; positionId: string }) => `${x.personId}@${x.positionId}`;
      const expected = tenures.map((t) => ({
        personId: t.personId, positionId: t.positionId, title: t.title, organizationId: t.organizationId, ...summarizeCitations(t.citations),
        events: events.filter((e) => e.personId === t.personId && e.positionId === t.positionId).map((e) => ({ kind: e.kind, date: e.date })),
      }));
      const lean = await store.postHolders(positionIds);
      expect(lean.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
      expect(lean.some((h) => h.formerDays.length > 0) && lean.some((h) => h.events.length > 0)).toBe(true);
      // Read through either, every post has the same bounds and states.
      const oneHolder = (id: string) => isOneHolder(tenures.find((t) => t.positionId === id)!.title, null);
      const whole = readPosts(tenures, events.filter((e) => tenures.some((t) => key(t) === key(e))), oneHolder);
      const summed = readPosts(lean.map((h) => ({ ...h, citations: summaryCitations(h) })), lean.flatMap((h) => h.events.map((e) => ({ ...h, ...e }))), oneHolder);
      for (const id of positionIds) {
        expect(summed.get(id)!.bounds).toEqual(whole.get(id)!.bounds);
        for (const asOf of ['2021-06-01', '2024-01-01', '2025-06-01']) expect(statesOn(summed.get(id)!, asOf)).toEqual(statesOn(whole.get(id)!, asOf));
      }
    });

    it('postHolders answers what was written after it was read', async () => {
      const SO_NV = body('Sở Nội vụ', 'Lào Cai', 'state-body');
      await store.upsertArticles([article({ id: 'c6', province: 'Lào Cai', published: '2024-04-02', people: [{ name: 'Hoàng Thị Mai', positions: [{ title: 'Giám đốc', org: SO_NV }] }] })]);
      const positionId = (await store.tenuresOfPeople(['person/lao-cai/hoàng-thị-mai']))[0].positionId;
      expect((await store.postHolders([positionId])).map((h) => h.lastSeen)).toEqual(['2024-04-02']);
      await store.upsertArticles([article({ id: 'c7', province: 'Lào Cai', published: '2025-01-09', people: [{ name: 'Vũ Văn Sơn', positions: [{ title: 'Giám đốc', org: SO_NV }] }] })]);
      expect((await store.postHolders([positionId])).map((h) => [h.personId, h.lastSeen]).sort()).toEqual([
        ['person/lao-cai/hoàng-thị-mai', '2024-04-02'],
        ['person/lao-cai/vũ-văn-sơn', '2025-01-09'],
      ]);
    });

    it('a transferred official is a merge candidate; SAME joins the careers, and undoing it restores both exactly', async () => {
      const candidates = await findMergeCandidates(store, isOneHolder);
      const pair = candidates.find((c) => [c.a, c.b].sort().join() === [VINH_HT, VINH_TB].sort().join());
      expect(pair).toBeDefined();
      expect(candidates.some((c) => [c.a, c.b].includes(HUNG) && [c.a, c.b].includes(HUNG2))).toBe(false);

      const stats = await store.stats();
      const careers = { [VINH_HT]: await careerOf(store, VINH_HT), [VINH_TB]: await careerOf(store, VINH_TB) };
      const events = await store.eventsOfPeople([VINH_TB]);

      await store.reviewMerge({ a: VINH_TB, b: VINH_HT, decision: 'SAME', note: 'transferred 2025', reviewer: 'test' });
      const [merged] = await store.getPeople([VINH_HT]);
      expect(merged.id).toBe(VINH_TB);
      expect(merged.aliases).toContain(VINH_HT);
      expect(merged.gender).toBe('MALE');
      const joined = await careerOf(store, VINH_TB);
      expect(joined.map((t) => [t.organizationId, t.status]).sort()).toEqual([['org/ha-tinh/tinh-uy', 'former'], ['org/thai-binh/tinh-uy', 'current']]);
      expect(joined.find((t) => t.organizationId === 'org/ha-tinh/tinh-uy')!.sources.map((s) => s.articleId)).toEqual(['c4', 'c5']);
      expect(await store.eventsOfPeople([VINH_TB])).toEqual(events);
      expect((await findMergeCandidates(store, isOneHolder)).some((c) => [c.a, c.b].includes(VINH_HT))).toBe(false);

      const restored = await store.unmergePeople(VINH_HT);
      expect(restored.map((p) => p.id)).toEqual([VINH_TB, VINH_HT]);
      expect(restored.map((p) => p.gender)).toEqual([null, 'MALE']);
      expect(await store.stats()).toEqual(stats);
      expect(await careerOf(store, VINH_HT)).toEqual(careers[VINH_HT]);
      expect(await careerOf(store, VINH_TB)).toEqual(careers[VINH_TB]);
      expect(await store.eventsOfPeople([VINH_TB])).toEqual(events);
      expect(await store.eventsOfPeople([VINH_HT])).toEqual([]);
      const reviews = (await store.mergeReviews()).filter((r) => [r.a, r.b].sort().join() === [VINH_HT, VINH_TB].sort().join());
      expect(reviews.at(-1)?.decision).toBe('UNDECIDED');
      await expect(store.unmergePeople(VINH_HT)).rejects.toThrow(/not merged/);
    });

    it('changes of a province and of a body: titles, decisions and meetings, each with its first article, newest first', async () => {
      const changes = await store.recentChanges({ province: 'quang tri' }, 50);
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.map((c) => c.publishedAt)).toEqual([...changes.map((c) => c.publishedAt)].sort().reverse());
      const election = changes.find((c) => c.kind === 'EVENT');
      expect(election).toMatchObject({ personId: TIEN, eventKind: 'elected', title: 'Chủ tịch', date: '2023-05-20', articleId: 'c3', publishedAt: '2023-06-01' });
      expect(changes.filter((c) => c.kind === 'TENURE').map((c) => c.personId).sort()).toEqual([BAC, HUNG, HUNG2, TIEN].sort());
      expect(changes.every((c) => !String(c.personId).includes('ha-tinh') && !String(c.personId).includes('thai-binh'))).toBe(true);
      const chairs = await store.recentChanges({ organizationId: election!.organizationId }, 50);
      expect(chairs.filter((c) => c.kind === 'TENURE').map((c) => [c.personId, c.articleId])).toEqual([[TIEN, 'c3'], [BAC, 'c2']]);
      expect(await store.recentChanges({ province: 'quang tri' }, 2)).toHaveLength(2);
    });

    it('a pair judged DIFFERENT is not suggested again', async () => {
      await store.reviewMerge({ a: VINH_HT, b: VINH_TB, decision: 'DIFFERENT', note: null, reviewer: 'test' });
      expect((await findMergeCandidates(store, isOneHolder)).some((c) => [c.a, c.b].includes(VINH_HT))).toBe(false);
      expect((await store.getPeople([VINH_HT, VINH_TB])).map((p) => p.id).sort()).toEqual([VINH_HT, VINH_TB].sort());
    });
  });
}
