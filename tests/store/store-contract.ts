// The contract every GraphStore keeps, written once and run against each engine available.
import type { GraphStore, Page, PageResult } from '../../src/store/graph-store';
import { article, body } from './facts-builder';

const TU = body('Tỉnh ủy', 'Thanh Hóa');
const UB = body('Ủy ban nhân dân tỉnh', 'Thanh Hóa', 'peoples-committee');
const TU_NA = body('Tỉnh ủy', 'Nghệ An');

const a1 = article({
  id: 'a1', province: 'Thanh Hóa', published: '2024-03-02',
  people: [
    { name: 'Lê Thị Thủy', gender: 'FEMALE', positions: [{ title: 'Phó Bí thư Thường trực', org: TU }] },
    { name: 'Trần Văn Nam', positions: [{ title: 'Chủ tịch', org: UB }] },
    { name: 'Đỗ Văn Bình', positions: [{ title: 'Bí thư', org: TU }] },
  ],
  meetings: [{ date: '2024-03-01', chairs: ['Đỗ Văn Bình'], participants: ['Lê Thị Thủy', 'Trần Văn Nam'], spoke: ['Trần Văn Nam'], directives: ['09-NQ/TU'], orgs: [TU, UB] }],
  directives: [{ number: '09-NQ/TU', issuer: TU }],
});
const a2 = article({
  id: 'a2', province: 'Thanh Hóa', published: '2024-09-10',
  people: [
    { name: 'Lê Thị Thủy', positions: [{ title: 'Phó Bí thư Thường trực', org: TU }] },
    { name: 'Phạm Quốc Huy', positions: [{ title: 'Bí thư', org: TU }] },
    { name: 'Đỗ Văn Bình', positions: [{ title: 'Bí thư', org: TU, status: 'former' }] },
  ],
  meetings: [{ date: '2024-09-09', chairs: ['Phạm Quốc Huy'], participants: ['Lê Thị Thủy'] }],
});
// Same name, other province: a different person until an operator merges them.
const a3 = article({
  id: 'a3', province: 'Nghệ An', published: '2024-05-05',
  people: [{ name: 'Lê Thị Thủy', positions: [{ title: 'Ủy viên Ban Thường vụ', org: TU_NA }] }, { name: 'Hồ Văn Tâm', positions: [{ title: 'Bí thư', org: TU_NA }] }],
  meetings: [{ date: '2024-05-04', chairs: ['Hồ Văn Tâm'], participants: ['Lê Thị Thủy'] }],
});

const THUY = 'person/thanh-hoa/lê-thị-thủy';
const THUY_NA = 'person/nghe-an/lê-thị-thủy';

export function defineStoreContract(engine: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract (${engine})`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      for (const a of [a1, a2, a3]) expect((await store.upsertArticle(a)).created).toBe(true);
    });
    afterAll(() => store?.close());

    it('re-storing an article changes nothing', async () => {
      const before = await store.stats();
      const again = await store.upsertArticle(a1);
      expect(again.created).toBe(false);
      expect(await store.stats()).toEqual(before);
    });

    it('counts nodes by label and relationships by type', async () => {
      const { nodes, relationships } = await store.stats();
      expect(nodes).toMatchObject({ Article: 3, Person: 6, Meeting: 3, Directive: 1 });
      expect(relationships.CHAIRED).toBe(3);
      expect(relationships.HOLDS).toBe(6);
    });

    it('one person across articles of a province, two people across provinces', async () => {
      const people = await store.findPeople({ name: 'le thi thuy' }, { limit: 10, offset: 0 });
      expect(people.items.map((p) => p.id).sort()).toEqual([THUY_NA, THUY]);
      const [t] = (await store.tenuresOfPeople([THUY])).filter((x) => x.title === 'Phó Bí thư Thường trực');
      expect(t.organizationId).toBe('org/thanh-hoa/tinh-uy');
      expect(t.sources.map((s) => s.articleId).sort()).toEqual(['a1', 'a2']);
      expect(t.sources[0].quote).toContain('Lê Thị Thủy');
      expect([t.firstSeen, t.lastSeen]).toEqual(['2024-03-02', '2024-09-10']);
    });

    it('names match whatever the diacritics and case', async () => {
      for (const name of ['le thi thuy', 'Lê Thị Thuỷ', 'LÊ THỊ THỦY']) {
        expect((await store.findPeople({ name, province: 'thanh hoa' }, { limit: 5, offset: 0 })).items.map((p) => p.id)).toEqual([THUY]);
      }
      const hits = await store.search('LE THI THUY', 10);
      expect(hits.filter((h) => h.kind === 'PERSON').map((h) => h.id).sort()).toEqual([THUY_NA, THUY]);
    });

    it('pages are stable and counted', async () => {
      const first = await store.findPeople({}, { limit: 4, offset: 0 });
      const second = await store.findPeople({}, { limit: 4, offset: 4 });
      expect(first.totalCount).toBe(6);
      expect(first.items).toHaveLength(4);
      expect(second.items).toHaveLength(2);
      expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(6);
    });

    it('a later "nguyên" makes a title former, and holders follow the dated evidence', async () => {
      const binh = (await store.tenuresOfPeople(['person/thanh-hoa/đỗ-văn-bình']))[0];
      expect(binh.status).toBe('former');
      // A later "nguyên" and undated citations: the engine's sum gives the same days and status.
      const many = ['person/thanh-hoa/đỗ-văn-bình', THUY, 'person/thanh-hoa/phạm-quốc-huy', 'person/thanh-hoa/trần-văn-nam'];
      const summed = await store.tenuresOfPeople(many, { sources: false, citations: false });
      const whole = await store.tenuresOfPeople(many);
      const key = (t: { personId: string; positionId: string }) => `${t.personId} ${t.positionId}`;
      expect(summed.length).toBe(whole.length);
      for (const t of whole) expect(summed.find((s) => key(s) === key(t))).toEqual({ ...t, sources: [], citations: [] });
      const now = await store.holders({ title: 'Bí thư Tỉnh ủy', province: 'thanh hoa' });
      expect(now[0].personId).toBe('person/thanh-hoa/phạm-quốc-huy');
      const then = await store.holders({ title: 'bi thu', organization: 'tinh uy', province: 'Thanh Hóa', asOf: '2024-04-01' });
      expect(then.map((t) => t.personId)).toEqual(['person/thanh-hoa/đỗ-văn-bình']);
      const later = await store.holders({ title: 'Bí thư Tỉnh ủy', province: 'thanh hoa', asOf: '2024-10-01' });
      expect(later.map((t) => t.personId)).toEqual(['person/thanh-hoa/phạm-quốc-huy']);
      const deputies = await store.holders({ title: 'Phó Bí thư Thường trực', province: 'thanh hoa', asOf: '2024-12-31' });
      expect(deputies.map((t) => t.personId)).toEqual([THUY]);
    });

    it('holders without sources are the same tenures but for them, with or without a date', async () => {
      for (const q of [{ title: 'Bí thư Tỉnh ủy', province: 'thanh hoa' }, { title: 'bi thu', organization: 'tinh uy', province: 'Thanh Hóa', asOf: '2024-04-01' }]) {
        const full = await store.holders(q);
        expect(full.length).toBeGreaterThan(0);
        expect(full.every((t) => t.sources.length > 0)).toBe(true);
        expect(await store.holders({ ...q, sources: false })).toEqual(full.map((t) => ({ ...t, sources: [] })));
      }
    });

    it('meetings: chairs, attendees with roles, bodies, directives, sources; filters', async () => {
      const page = await store.findMeetings({ province: 'thanh hoa' }, { limit: 10, offset: 0 });
      expect(page.items.map((m) => m.date)).toEqual(['2024-09-09', '2024-03-01']);
      const m = page.items[1];
      const parts = await store.participationsOfMeetings([m.id]);
      expect(parts.find((p) => p.chair)?.personId).toBe('person/thanh-hoa/đỗ-văn-bình');
      expect(parts.find((p) => p.personId === 'person/thanh-hoa/trần-văn-nam')?.roles).toEqual(['ATTENDED', 'SPOKE']);
      expect((await store.organizationsOfMeetings([m.id])).map((o) => o.organizationId).sort()).toEqual(['org/thanh-hoa/tinh-uy', 'org/thanh-hoa/uy-ban-nhan-dan-tinh']);
      const [d] = await store.directivesOfMeetings([m.id]);
      expect((await store.getDirectives([d.directiveId]))[0]).toMatchObject({ number: '09-NQ/TU', issuerId: 'org/thanh-hoa/tinh-uy' });
      expect((await store.sourcesOfMeetings([m.id])).map((s) => s.source.articleId)).toEqual(['a1']);
      const chaired = await store.findMeetings({ chairedBy: 'person/thanh-hoa/phạm-quốc-huy' }, { limit: 10, offset: 0 });
      expect(chaired.items.map((x) => x.date)).toEqual(['2024-09-09']);
      expect((await store.findMeetings({ from: '2024-04-01', to: '2024-06-01' }, { limit: 10, offset: 0 })).items.map((x) => x.date)).toEqual(['2024-05-04']);
    });

    it('participations without sources are the same but for them, of meetings and of people', async () => {
      const meetings = (await store.findMeetings({}, { limit: 50, offset: 0 })).items.map((m) => m.id);
      const full = await store.participationsOfMeetings(meetings);
      expect(full.length).toBeGreaterThan(3);
      expect(full.every((p) => p.sources.length > 0 && p.sources.every((s) => s.quote))).toBe(true);
      const bare = (list: typeof full) => list.map((p) => ({ ...p, sources: [] }));
      expect(await store.participationsOfMeetings(meetings, { sources: false })).toEqual(bare(full));
      const people = [...new Set(full.map((p) => p.personId))];
      expect(await store.participationsOfPeople(people, { sources: false })).toEqual(bare(await store.participationsOfPeople(people)));
    });

    it('colleagues, shortest connection and the network of a province', async () => {
      const col = await store.colleaguesOfPeople([THUY], 5);
      expect(col.map((c) => c.colleagueId).sort()).toEqual(['person/thanh-hoa/đỗ-văn-bình', 'person/thanh-hoa/phạm-quốc-huy', 'person/thanh-hoa/trần-văn-nam'].sort());
      const path = await store.shortestConnection('person/thanh-hoa/phạm-quốc-huy', 'person/thanh-hoa/trần-văn-nam', 4);
      // Four hops: through a shared meeting or a shared title, then a meeting.
      expect(path?.nodes).toHaveLength(5);
      expect([path?.nodes[0].label, path?.nodes[4].label]).toEqual(['Phạm Quốc Huy', 'Trần Văn Nam']);
      expect(await store.shortestConnection('person/thanh-hoa/phạm-quốc-huy', 'person/thanh-hoa/trần-văn-nam', 2)).toBeNull();
      expect(path?.steps.every((s) => s.sources.length > 0)).toBe(true);
      expect(await store.shortestConnection('person/thanh-hoa/phạm-quốc-huy', 'person/nghe-an/hồ-văn-tâm', 8)).toBeNull();
      const net = await store.network({ province: 'Thanh Hóa' });
      const met = net.edges.find((e) => e.relation === 'MET' && [e.source, e.target].sort().join() === [THUY, 'person/thanh-hoa/đỗ-văn-bình'].sort().join());
      expect(met?.weight).toBe(1);
      expect(net.nodes.some((n) => n.id === THUY_NA)).toBe(false);
    });

    it('merging two people moves relationships and keeps the dropped id as an alias', async () => {
      const merged = await store.mergePeople(THUY, THUY_NA);
      expect(merged.aliases).toEqual([THUY_NA]);
      expect((await store.getPeople([THUY_NA])).map((p) => p.id)).toEqual([THUY]);
      expect((await store.tenuresOfPeople([THUY])).map((t) => t.title).sort()).toEqual(['Phó Bí thư Thường trực', 'Ủy viên Ban Thường vụ']);
      expect((await store.stats()).nodes.Person).toBe(5);
      // A new article naming the merged-away id attaches to the person kept.
      await store.upsertArticle(article({ id: 'a4', province: 'Nghệ An', published: '2024-06-01', people: [{ name: 'Lê Thị Thủy', positions: [{ title: 'Ủy viên Ban Thường vụ', org: TU_NA }] }] }));
      expect((await store.stats()).nodes.Person).toBe(5);
      await expect(store.mergePeople(THUY, 'person/nowhere/nobody')).rejects.toThrow(/no person/);
    });

    it('an article naming two people merged into one attests each of their relationships once', async () => {
      const HUY = 'person/thanh-hoa/phạm-quốc-huy';
      await store.mergePeople(HUY, 'person/thanh-hoa/trần-văn-nam');
      const both = ['Phạm Quốc Huy', 'Trần Văn Nam'];
      await store.upsertArticle(article({
        id: 'a5', province: 'Thanh Hóa', published: '2024-10-02',
        people: both.map((name) => ({ name, positions: [{ title: 'Bí thư', org: TU }] })),
        meetings: [{ date: '2024-10-01', chairs: ['Lê Thị Thủy'], participants: both }],
      }));
      const tenure = (await store.tenuresOfPeople([HUY])).find((t) => t.title === 'Bí thư');
      expect(tenure?.sources.filter((s) => s.articleId === 'a5')).toHaveLength(1);
      const attended = (await store.participationsOfPeople([HUY])).filter((p) => p.sources.some((s) => s.articleId === 'a5'));
      expect(attended).toHaveLength(1);
      expect(attended[0].sources).toHaveLength(1);
    });
  });

  describe(`GraphStore contract (${engine}): evidence, search, connection lengths`, () => {
    let store: GraphStore;
    const BN = body('Tỉnh ủy', 'Bắc Ninh');
    const UB_BN = body('Ủy ban nhân dân tỉnh', 'Bắc Ninh', 'peoples-committee');
    const day = (i: number) => `2023-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    beforeAll(async () => {
      store = await open();
      // One tenure attested by 30 articles, each with its own meeting.
      const reports = Array.from({ length: 30 }, (_, i) => article({
        id: `e${i}`, province: 'Bắc Ninh', published: day(i),
        people: [{ name: 'Nguyễn Văn An', positions: [{ title: 'Bí thư', org: BN }] }, { name: 'Trần Thị Bé' }],
        meetings: [{ date: day(i), chairs: ['Nguyễn Văn An'], participants: ['Trần Thị Bé'] }],
      }));
      await store.upsertArticles(reports.slice(0, 10));
      for (const a of reports.slice(10)) await store.upsertArticle(a);
      // A chain: An chairs meetings with Bé; Bé attends a meeting with Cường; Cường and Dũng
      // hold titles in one body; Hạnh and Ích share one title.
      await store.upsertArticle(article({
        id: 'chain', province: 'Bắc Ninh', published: '2024-01-10',
        people: [
          { name: 'Lý Văn Cường', positions: [{ title: 'Phó Chủ tịch', org: UB_BN }] },
          { name: 'Phan Văn Dũng', positions: [{ title: 'Chủ tịch', org: UB_BN }] },
          { name: 'Vũ Thị Hạnh', positions: [{ title: 'Ủy viên Ban Thường vụ', org: BN }] },
          { name: 'Đinh Văn Ích', positions: [{ title: 'Ủy viên Ban Thường vụ', org: BN }] },
        ],
        meetings: [{ date: '2024-01-09', chairs: ['Lý Văn Cường'], participants: ['Trần Thị Bé'] }],
      }));
      // Names for search: the same two words in other orders and with other words.
      await store.upsertArticle(article({
        id: 'names', province: 'Bắc Ninh', published: '2024-02-01',
        people: ['Bùi Hoa', 'Bùi Thị Hoa', 'Hoa Bùi', 'Bùi Hoành', 'Bùi Lan', 'Đặng Thị Đào'].map((name) => ({ name })),
        meetings: [{ date: '2024-01-31', chairs: ['Bùi Hoa'], participants: ['Bùi Thị Hoa', 'Hoa Bùi', 'Bùi Hoành', 'Bùi Lan', 'Đặng Thị Đào'] }],
      }));
    });
    afterAll(() => store?.close());

    const AN = 'person/bac-ninh/nguyễn-văn-an';
    const BE = 'person/bac-ninh/trần-thị-bé';

    it('every article attesting a tenure is a source of it, none lost as they accumulate', async () => {
      const [t] = await store.tenuresOfPeople([AN]);
      expect(t.sources.map((s) => s.articleId).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `e${i}`).sort());
      expect(t.sources.every((s) => s.quote?.includes('Nguyễn Văn An'))).toBe(true);
      expect([t.firstSeen, t.lastSeen]).toEqual([day(0), day(29)]);
      expect((await store.stats()).relationships.HOLDS).toBe(5);
      const chaired = (await store.participationsOfPeople([AN])).filter((p) => p.chair);
      expect(chaired).toHaveLength(30);
      expect((await store.sourcesOfPeople([AN])).map((s) => s.source.articleId).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `e${i}`).sort());
    });

    it('a body lists the tenures its people list, and without sources they are the same but for them', async () => {
      const byKey = (list: Array<{ personId: string; positionId: string }>) => [...list].sort((a, b) => `${a.personId} ${a.positionId}`.localeCompare(`${b.personId} ${b.positionId}`));
      const ofPerson = await store.tenuresOfPeople([AN]);
      const ofBody = (await store.tenuresOfOrganizations([ofPerson[0].organizationId])).filter((t) => t.personId === AN);
      expect(byKey(ofBody)).toEqual(byKey(ofPerson));
      expect(ofPerson[0].sources).toHaveLength(30);
      const lean = await store.tenuresOfPeople([AN], { sources: false });
      expect(byKey(lean)).toEqual(byKey(ofPerson.map((t) => ({ ...t, sources: [] }))));
      expect(lean[0].citations).toHaveLength(30);
      const leanOfBody = await store.tenuresOfOrganizations([ofPerson[0].organizationId], { sources: false });
      expect(byKey(leanOfBody)).toEqual(byKey((await store.tenuresOfOrganizations([ofPerson[0].organizationId])).map((t) => ({ ...t, sources: [] }))));
      // Without citations either: the same days seen and status, summed up by the engine.
      const bare = (list: typeof ofPerson) => byKey(list.map((t) => ({ ...t, sources: [], citations: [] })));
      expect(byKey(await store.tenuresOfPeople([AN], { sources: false, citations: false }))).toEqual(bare(ofPerson));
      expect(byKey(await store.tenuresOfOrganizations([ofPerson[0].organizationId], { sources: false, citations: false })))
        .toEqual(bare(await store.tenuresOfOrganizations([ofPerson[0].organizationId])));
    });

    it('two articles citing one tenure give it two sources', async () => {
      const two = await open();
      try {
        for (const id of ['t1', 't2']) {
          await two.upsertArticle(article({ id, province: 'Bắc Ninh', published: id === 't1' ? '2024-01-01' : '2024-02-01', people: [{ name: 'Nguyễn Văn An', positions: [{ title: 'Bí thư', org: BN }] }] }));
        }
        const [t] = await two.tenuresOfPeople([AN]);
        expect(t.sources.map((s) => s.articleId).sort()).toEqual(['t1', 't2']);
      } finally {
        await two.close();
      }
    });

    it('search ignores diacritics and case, ranks the whole name first, and takes the words in any order only when all match', async () => {
      const names = async (text: string) => {
        const hits = (await store.search(text, 20)).filter((h) => h.kind === 'PERSON');
        return hits.map((h) => h.label);
      };
      const hits = await names('BÙI hoa');
      expect(hits[0]).toBe('Bùi Hoa');
      expect(hits[1]).toBe('Bùi Hoành');
      expect(hits.slice(2).sort()).toEqual(['Bùi Thị Hoa', 'Hoa Bùi']);
      expect(await names('hoa bui')).toEqual(expect.arrayContaining(['Hoa Bùi', 'Bùi Hoa', 'Bùi Thị Hoa']));
      expect((await names('hoa bui'))[0]).toBe('Hoa Bùi');
      expect(await names('bui lan hoa')).toEqual([]);
      expect(await names('dang thi dao')).toEqual(['Đặng Thị Đào']);
      expect(await names('ĐẶNG ĐÀO')).toEqual(['Đặng Thị Đào']);
      expect(await store.search('  ', 5)).toEqual([]);
    });

    it('a connection has the length of the shortest chain, and none past maxHops', async () => {
      const length = async (a: string, b: string, hops = 8) => (await store.shortestConnection(a, b, hops))?.steps.length ?? null;
      const CUONG = 'person/bac-ninh/lý-văn-cường';
      const DUNG = 'person/bac-ninh/phan-văn-dũng';
      expect(await length(AN, BE)).toBe(2);
      expect(await length(AN, CUONG)).toBe(4);
      // Cường and Dũng: two titles of one body (person, title, body, title, person).
      expect(await length(CUONG, DUNG)).toBe(4);
      expect(await length(AN, DUNG)).toBe(8);
      expect(await length(AN, DUNG, 7)).toBeNull();
      expect(await length('person/bac-ninh/vũ-thị-hạnh', 'person/bac-ninh/đinh-văn-ích')).toBe(2);
      const path = await store.shortestConnection(AN, DUNG, 8);
      expect(path!.nodes.map((n) => n.kind)).toEqual(['PERSON', 'MEETING', 'PERSON', 'MEETING', 'PERSON', 'POSITION', 'ORGANIZATION', 'POSITION', 'PERSON']);
      path!.steps.forEach((s, i) => {
        expect([s.from.id, s.to.id]).toEqual([path!.nodes[i].id, path!.nodes[i + 1].id]);
        expect(['CHAIRED', 'ATTENDED', 'HOLDS', 'IN']).toContain(s.relation);
        expect(s.sources.length).toBeGreaterThan(0);
      });
      expect(await length(AN, 'person/nowhere/nobody')).toBeNull();
    });
  });

  describe(`GraphStore contract (${engine}): orders and keyset pages`, () => {
    let store: GraphStore;
    const HN = body('Tỉnh ủy', 'Hà Nam');
    const UB_HN = body('Ủy ban nhân dân tỉnh', 'Hà Nam', 'peoples-committee');
    // Five meetings on one day (ties; a meeting is one per day and chairs), two on another, one
    // without a year, one without a date; chairs with equal counts (ties again).
    const MEETINGS: Array<{ date: string | null; chair: string; others: string[] }> = [
      { date: '2024-05-01', chair: 'Trương Văn Một', others: ['Lưu Thị Hai'] },
      { date: '2024-05-01', chair: 'Lưu Thị Hai', others: ['Mai Văn Ba'] },
      { date: '2024-05-01', chair: 'Mai Văn Ba', others: [] },
      { date: '2024-05-01', chair: 'Vũ Văn Sáu', others: [] },
      { date: '2024-05-01', chair: 'Kiều Văn Bảy', others: [] },
      { date: '2024-06-01', chair: 'Trương Văn Một', others: ['Mai Văn Ba'] },
      { date: '2024-06-01', chair: 'Lưu Thị Hai', others: [] },
      { date: '2024-03-01', chair: 'Trương Văn Một', others: [] },
      { date: '--07-02', chair: 'Ngô Văn Bốn', others: [] },
      { date: null, chair: 'Ngô Văn Bốn', others: [] },
    ];
    beforeAll(async () => {
      store = await open();
      await store.upsertArticles(MEETINGS.map((m, i) => article({
        id: `k${i}`, province: 'Hà Nam', published: '2024-07-10',
        people: [
          { name: m.chair, positions: [{ title: 'Ủy viên', org: i < 3 ? UB_HN : HN }] },
          ...m.others.map((name) => ({ name, positions: [{ title: 'Ủy viên', org: HN }] })),
        ],
        meetings: [{ date: m.date, title: `Họp ${i}`, chairs: [m.chair], participants: m.others, directives: [`${String(i % 3).padStart(2, '0')}-NQ/TU`] }],
        directives: [{ number: `${String(i % 3).padStart(2, '0')}-NQ/TU`, issuer: HN }],
      })));
    });
    afterAll(() => store?.close());

    /** Every item, reading `size` at a time from the keys each page gives. */
    async function pages<T extends { id: string }>(read: (page: Page) => Promise<PageResult<T>>, size: number, order: Page['order']) {
      const ids: string[] = [];
      let after: Page['after'] = null;
      for (let n = 0; n < 50; n++) {
        const p = await read({ limit: size, after, order });
        expect(p.keys).toHaveLength(p.items.length);
        ids.push(...p.items.map((x) => x.id));
        if (!p.hasMore) return { ids, total: p.totalCount };
        after = p.keys.at(-1)!;
      }
      throw new Error('pages never ended');
    }

    const province = { province: 'Hà Nam' };
    const cases: Array<[string, (page: Page) => Promise<PageResult<{ id: string }>>, Page['order'][]]> = [
      ['meetings', (p) => store.findMeetings(province, p as Page<'date'>), [null, { by: 'date', direction: 'ASC' }, { by: 'date', direction: 'DESC' }]],
      ['people', (p) => store.findPeople(province, p as Page<'name'>), [null, { by: 'chaired', direction: 'DESC' }, { by: 'chaired', direction: 'ASC' }, { by: 'attended', direction: 'DESC' }, { by: 'name', direction: 'DESC' }]],
      ['organizations', (p) => store.findOrganizations(province, p as Page<'name'>), [null, { by: 'size', direction: 'DESC' }, { by: 'size', direction: 'ASC' }]],
      ['directives', (p) => store.findDirectives({}, p as Page<'date'>), [null, { by: 'number', direction: 'ASC' }, { by: 'number', direction: 'DESC' }]],
    ];

    it.each(cases)('%s: every order read two at a time gives the list read at once, each row once', async (_name, read, orders) => {
      for (const order of orders) {
        const whole = await read({ limit: 100, order });
        const paged = await pages(read, 2, order);
        expect(paged.ids).toEqual(whole.items.map((x) => x.id));
        expect(new Set(paged.ids).size).toBe(whole.totalCount);
        expect(paged.total).toBe(whole.totalCount);
      }
    });

    it('meetings by date: ties by id, a date without a year and no date last in either direction', async () => {
      const dates = async (direction: 'ASC' | 'DESC') => (await store.findMeetings(province, { limit: 100, order: { by: 'date', direction } })).items;
      const desc = await dates('DESC');
      expect(desc.map((m) => m.date)).toEqual(['2024-06-01', '2024-06-01', ...Array(5).fill('2024-05-01'), '2024-03-01', '--07-02', null]);
      const asc = await dates('ASC');
      expect(asc.map((m) => m.date)).toEqual(['2024-03-01', ...Array(5).fill('2024-05-01'), '2024-06-01', '2024-06-01', '--07-02', null]);
      const tie = asc.slice(1, 6).map((m) => m.id);
      expect(tie).toEqual([...tie].sort());
    });

    it('people by meetings chaired and attended, organizations by size', async () => {
      const chaired = await store.findPeople(province, { limit: 100, order: { by: 'chaired', direction: 'DESC' } });
      const count = async (id: string, chairOnly: boolean) => new Set((await store.participationsOfPeople([id])).filter((p) => !chairOnly || p.chair).map((p) => p.meetingId)).size;
      const counts = await Promise.all(chaired.items.map((p) => count(p.id, true)));
      expect(counts).toEqual([3, 2, 2, 1, 1, 1]);
      expect(chaired.keys.map((k) => k.key)).toEqual(counts);
      const attended = await store.findPeople(province, { limit: 100, order: { by: 'attended', direction: 'DESC' } });
      const attendedCounts = await Promise.all(attended.items.map((p) => count(p.id, false)));
      expect(attendedCounts).toEqual([3, 3, 3, 2, 1, 1]);
      expect(attended.keys.map((k) => k.key)).toEqual(attendedCounts);
      const bySize = await store.findOrganizations(province, { limit: 100, order: { by: 'size', direction: 'DESC' } });
      const holders = await Promise.all(bySize.items.map(async (o) => new Set((await store.tenuresOfOrganizations([o.id])).map((t) => t.personId)).size));
      expect(bySize.keys.map((k) => k.key)).toEqual(holders);
      expect(holders).toEqual([...holders].sort((a, b) => b - a));
      expect(holders).toEqual([6, 3]);
    });

    it('meetings counted by chair, month and directive; by month they add up to the total', async () => {
      const byChair = await store.countMeetings(province, ['CHAIR'], 100);
      expect(byChair.map((r) => r.count)).toEqual([3, 2, 2, 1, 1, 1]);
      expect(byChair[0].keys).toEqual(['person/ha-nam/trương-văn-một']);
      const byMonth = await store.countMeetings(province, ['MONTH'], 100);
      expect(byMonth.reduce((a, r) => a + r.count, 0)).toBe(10);
      // The meeting without a year and the one without a date have no month: null, after the months of equal count.
      expect(byMonth).toEqual([{ keys: ['2024-05'], count: 5 }, { keys: ['2024-06'], count: 2 }, { keys: [null], count: 2 }, { keys: ['2024-03'], count: 1 }]);
      const byDirective = await store.countMeetings({ ...province, year: 2024 }, ['YEAR', 'DIRECTIVE'], 100);
      expect(byDirective).toEqual([
        { keys: ['2024', 'directive/ha-nam/00-nq-tu'], count: 3 },
        { keys: ['2024', 'directive/ha-nam/01-nq-tu'], count: 3 },
        { keys: ['2024', 'directive/ha-nam/02-nq-tu'], count: 2 },
      ]);
      expect(await store.countMeetings(province, ['KIND', 'PROVINCE', 'ORGANIZATION'], 1)).toHaveLength(1);
    });

    it('meetings by chair or attendee name, participant title, year, and dates without a year', async () => {
      const count = async (f: Parameters<GraphStore['findMeetings']>[0]) => (await store.findMeetings({ ...province, ...f }, { limit: 100 })).totalCount;
      expect(await count({ chairName: 'truong van mot' })).toBe(3);
      expect(await count({ attendeeName: 'LƯU THỊ HAI' })).toBe(3);
      expect(await count({ chairName: 'nobody at all' })).toBe(0);
      expect(await count({ participantTitle: 'Ủy viên' })).toBe(10);
      expect(await count({ participantTitle: 'Bí thư' })).toBe(0);
      expect(await count({ year: 2024 })).toBe(8);
      expect(await count({ year: 2024, includePartialDates: true })).toBe(10);
      expect(await count({ from: '2024-06-01', includePartialDates: true })).toBe(4);
      expect(await count({ provinces: ['Hà Nam', 'Nghệ An'] })).toBe(10);
    });

    it('directives by province, issuer and year', async () => {
      const numbers = async (f: Parameters<GraphStore['findDirectives']>[0]) => (await store.findDirectives(f, { limit: 100, order: { by: 'number', direction: 'ASC' } })).items.map((d) => d.number);
      expect(await numbers({ province: 'ha nam' })).toEqual(['00-NQ/TU', '01-NQ/TU', '02-NQ/TU']);
      expect(await numbers({ province: 'Nghệ An' })).toEqual([]);
      expect(await numbers({ issuer: 'tinh uy ha nam', kind: 'Nghị quyết' })).toEqual(['00-NQ/TU', '01-NQ/TU', '02-NQ/TU']);
      expect(await numbers({ issuer: 'uy ban nhan dan' })).toEqual([]);
      // Undated directives fall in no year.
      expect(await numbers({ province: 'ha nam', fromYear: 2000 })).toEqual([]);
    });

    it('the network of several provinces, each link with the years it was seen', async () => {
      const net = await store.network({ provinces: ['Hà Nam'], from: '2024-05-01', to: '2024-06-30' });
      const met = net.edges.find((e) => e.relation === 'MET' && [e.source, e.target].sort().join() === ['person/ha-nam/lưu-thị-hai', 'person/ha-nam/trương-văn-một'].sort().join());
      expect(met).toMatchObject({ weight: 1, years: [2024], firstSeen: '2024-05-01', lastSeen: '2024-05-01' });
      const chaired = net.edges.filter((e) => e.relation === 'CHAIRED' && e.source === 'person/ha-nam/trương-văn-một');
      expect(chaired.map((e) => e.firstSeen).sort()).toEqual(['2024-05-01', '2024-06-01']);
      expect(net.nodes.some((n) => n.id.startsWith('meeting/ha-nam/2024-03-01'))).toBe(false);
      const holds = net.edges.find((e) => e.relation === 'HOLDS' && e.source === 'person/ha-nam/trương-văn-một');
      expect(holds?.years).toEqual([2024]);
    });

    it('a page after a row stays right after it when rows are added before it', async () => {
      const order = { by: 'date', direction: 'DESC' } as const;
      const first = await store.findMeetings(province, { limit: 3, order });
      await store.upsertArticle(article({
        id: 'k-new', province: 'Hà Nam', published: '2024-08-01', people: [{ name: 'Đào Văn Năm' }],
        meetings: [{ date: '2024-07-30', chairs: ['Đào Văn Năm'] }],
      }));
      const next = await store.findMeetings(province, { limit: 3, order, after: first.keys.at(-1) });
      const whole = (await store.findMeetings(province, { limit: 100, order })).items.map((m) => m.id);
      const at = whole.indexOf(first.items.at(-1)!.id);
      expect(next.items.map((m) => m.id)).toEqual(whole.slice(at + 1, at + 4));
      expect(next.totalCount).toBe(first.totalCount + 1);
    });
  });
}
