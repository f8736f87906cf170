import { generateMeetings } from '../../src/generate/meetings';
import { createPopulation } from '../../src/generate/population';
import { SyntheticFacts } from '../../src/generate/synthetic-facts';
import { articleHash, factsJsonHash } from '../../src/store/graph-batch';

// The JSON a synthetic article comes with is what its content hash is taken of: it must be the
// facts' own JSON.stringify, character for character, or a generated graph's articles would differ
// from those the upserts store.

test("an article's JSON, built from pieces, is JSON.stringify of its facts", () => {
  const pop = createPopulation(5, 2000);
  const synth = new SyntheticFacts(pop.data);
  const seen = { directives: 0, issuers: 0, speakers: 0, coChairs: 0 };
  for (const plan of generateMeetings(pop, 5, 3000)) {
    const { facts, json } = synth.article(plan);
    expect(json).toBe(JSON.stringify(facts));
    seen.directives += facts.directives.length;
    seen.issuers += facts.directives.filter((d) => d.issuerText).length;
    seen.speakers += facts.meetings[0].participants.filter((p) => p.roles.includes('SPOKE')).length;
    seen.coChairs += facts.meetings[0].chairs.length > 1 ? 1 : 0;
  }
  // Every shape of article was met: documents with and without an issuer, speakers, co-chairs.
  for (const n of Object.values(seen)) expect(n).toBeGreaterThan(50);
  expect(seen.issuers).toBeLessThan(seen.directives);
});

test('the same plan gives the same facts and hash, whatever was generated before', () => {
  const pop = createPopulation(5, 500);
  const plans = [...generateMeetings(pop, 5, 40)];
  const first = new SyntheticFacts(pop.data);
  const fresh = plans.map((p) => first.article(p));
  const again = new SyntheticFacts(pop.data);
  for (const p of plans.slice().reverse()) again.article(p);
  plans.forEach((p, i) => {
    const a = again.article(p);
    expect(a).toEqual(fresh[i]);
    expect(factsJsonHash(a.json)).toBe(articleHash(fresh[i].facts));
  });
});
