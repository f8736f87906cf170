import { loadGeneratorData, loadProvinces } from '../../src/generate/data';
import { generateMeetings, planMeeting } from '../../src/generate/meetings';
import { createPopulation, dayOf, type Official } from '../../src/generate/population';
import { renderArticle } from '../../src/generate/render';

// Population and meetings as functions, as the graph benchmarks use them without any text.

describe('createPopulation', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    const names = (seed: number) => createPopulation(seed, 3000).people.map((p) => `${p.name}|${p.post.key}|${p.group.province.name}`);
    expect(names(4)).toEqual(names(4));
    expect(names(4)).not.toEqual(names(5));
  });

  test('names are unique within a province; small populations still fill every post', () => {
    const pop = createPopulation(9, 500);
    expect(pop.people).toHaveLength(500);
    const seen = new Set<string>();
    for (const p of pop.people) {
      const key = `${p.group.province.name}|${p.name}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(p.name.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    for (const g of pop.groups) for (const post of loadGeneratorData().posts) expect(g.byPost.get(post.key)?.length).toBeGreaterThan(0);
  });

  test('a large population covers every province and term that existed, and no other', () => {
    const pop = createPopulation(1, 20_000);
    const provinces = loadProvinces();
    expect(new Set(pop.groups.map((g) => g.province.name)).size).toBe(provinces.length);
    for (const g of pop.groups) {
      expect(g.fromDay).toBeGreaterThanOrEqual(dayOf(g.province.validFrom));
      expect(g.toDay).toBeLessThanOrEqual(dayOf(g.province.validTo));
    }
  });
});

describe('generateMeetings', () => {
  const pop = createPopulation(3, 6000);

  test('meetings are pure in (population, seed, index) and fall on dates their province existed', () => {
    const all = [...generateMeetings(pop, 3, 300)];
    const slice = [...generateMeetings(pop, 3, 50, 200)];
    expect(slice.map((m) => m.date)).toEqual(all.slice(200, 250).map((m) => m.date));
    expect(slice.map((m) => m.chairs.map((c) => c.id))).toEqual(all.slice(200, 250).map((m) => m.chairs.map((c) => c.id)));
    for (const m of all) {
      expect(m.date >= m.group.province.validFrom && m.date <= m.group.province.validTo).toBe(true);
      const people = [...m.chairs, ...m.attendees, ...m.speakers];
      for (const p of people) expect(p.group).toBe(m.group);
      expect(new Set(m.chairs).size).toBe(m.chairs.length);
      for (const a of m.attendees) expect(m.chairs).not.toContain(a);
    }
  });

  test('the same people recur across meetings', () => {
    const count = new Map<Official, number>();
    for (const m of generateMeetings(pop, 3, 3000)) for (const p of [...m.chairs, ...m.attendees]) count.set(p, (count.get(p) ?? 0) + 1);
    const recurring = [...count.values()].filter((n) => n >= 3).length;
    expect(recurring).toBeGreaterThan(500);
  });
});

describe('renderArticle', () => {
  const data = loadGeneratorData();
  const pop = createPopulation(21, 2000);

  test('every gold position and gender is one the person really has', () => {
    for (let i = 0; i < 400; i++) {
      const plan = planMeeting(pop, 21, i);
      const { gold } = renderArticle(plan, data, 21);
      const byName = new Map([...plan.chairs, ...plan.attendees, ...plan.speakers].map((p) => [p.name, p]));
      const city = plan.group.province.city;
      const place = (s: string) => s.replace('{PC}', city ? 'Thành ủy' : 'Tỉnh ủy').replace('{lv}', city ? 'thành phố' : 'tỉnh');
      for (const [name, title, org] of gold.positions) {
        const p = byName.get(name)!;
        const held = [p.post, ...(p.party ? [data.party[p.party]] : []), ...(p.central ? [data.party.central] : [])].map((x) => `${x.title}|${place(x.organization)}`);
        expect(held).toContain(`${title}|${org}`);
      }
      for (const g of gold.people) if (g.gender) expect(g.gender).toBe(byName.get(g.name)!.gender);
      expect(gold.people.map((p) => p.name).sort()).toEqual([...byName.keys()].sort());
    }
  });
});
