// The facts an article about a generated meeting would yield, built straight from the plan (no
// text, no extraction): every title each person holds, the chairs, the attendees and speakers,
// the documents cited, and their JSON (what an article's content hash is taken of) built from
// pieces kept per person and body: stringifying whole facts was a fifth of the planner's time.
// Used to bulk-load a large graph for the API benchmark.
import { hash } from 'crypto';
import type { MeetingPlan } from './meetings';
import type { Official } from './population';
import type { GeneratorData } from './data';
import type { ArticleFacts, Branch, DirectiveFact, OrganizationKind, OrganizationRef, ParticipantFact, PersonFact, PositionFact } from '../model/facts';

const KINDS: Array<[RegExp, OrganizationKind, Branch]> = [
  [/^(Tỉnh|Thành) ủy$/, 'party-committee', 'party'],
  [/^Ban Thường vụ /, 'standing-committee', 'party'],
  [/^(Ban |Ủy ban Kiểm tra |Văn phòng )/, 'board', 'party'],
  [/^Ủy ban nhân dân /, 'peoples-committee', 'state'],
  [/^Hội đồng nhân dân /, 'peoples-council', 'state'],
  [/^Ủy ban Mặt trận /, 'front', 'front'],
  [/^(Hội |Liên đoàn )/, 'mass-organization', 'mass-organization'],
];

const MEETING_KIND: Record<MeetingPlan['type'], string> = {
  party: 'hội nghị', government: 'phiên họp', council: 'kỳ họp', front: 'hội nghị', work: 'buổi làm việc',
};

const span = { start: 0, end: 0 };
const str = (s: string | null) => JSON.stringify(s);
const evidenceJson = (quote: string) => `{"quote":${str(quote)},"span":{"start":0,"end":0}}`;

export interface SyntheticArticle {
  facts: ArticleFacts;
  /** JSON.stringify(facts), built from pieces. */
  json: string;
}

export class SyntheticFacts {
  private readonly orgs = new Map<string, { ref: OrganizationRef; json: string }>();
  /** Each official as a person of an article's facts, and its JSON: an official is in many meetings, and facts are only read. */
  private readonly people = new Map<Official, [PersonFact, string]>();

  constructor(private readonly data: GeneratorData) {}

  /** "{PC}", "{lv}" filled for the official's province, as a body the store knows how to key. */
  private organization(template: string, o: Official): { ref: OrganizationRef; json: string } {
    const province = o.group.province;
    const name = template.replace(/\{PC\}/g, province.city ? 'Thành ủy' : 'Tỉnh ủy').replace(/\{lv\}/g, province.city ? 'thành phố' : 'tỉnh');
    const key = `${province.name}|${name}`;
    let org = this.orgs.get(key);
    if (!org) {
      const central = name === this.data.party.central.organization;
      const [, kind, branch] = central ? [null, 'party-committee', 'party'] : KINDS.find(([re]) => re.test(name)) ?? [null, 'state-body', 'state'];
      const ref: OrganizationRef = {
        name, lexiconId: name.toLowerCase().replace(/\s+/g, '-'), kind: kind as OrganizationKind, branch: branch as Branch,
        level: central ? 'central' : 'province', locality: central ? null : province.name, province: null,
      };
      this.orgs.set(key, (org = { ref, json: JSON.stringify(ref) }));
    }
    return org;
  }

  private person(o: Official): [PersonFact, string] {
    let out = this.people.get(o);
    if (!out) {
      const person: PersonFact = { name: o.name, gender: o.gender, positions: this.titlesOf(o), mentions: [] };
      this.people.set(o, (out = [person, JSON.stringify(person)]));
    }
    return out;
  }

  private titlesOf(o: Official): PositionFact[] {
    const quote = (title: string, org: OrganizationRef) => `${o.name} ${title} ${org.name}${org.locality ? ` ${org.locality}` : ''}`;
    const at = (title: string, template: string): PositionFact => {
      const organization = this.organization(template, o).ref;
      return { title, organization, status: 'current', evidence: { quote: quote(title, organization), span } };
    };
    const out = [at(o.post.title, o.post.organization)];
    if (o.party) out.push(at(this.data.party[o.party].title, this.data.party[o.party].organization));
    if (o.central) out.push(at(this.data.party.central.title, this.data.party.central.organization));
    return out;
  }

  /** The facts of the article about `plan`, and their JSON. */
  article(plan: MeetingPlan): SyntheticArticle {
    const province = plan.group.province.name;
    const articleId = hash('sha256', `bench-api-${plan.id}`, 'hex').slice(0, 24);
    const title = `${MEETING_KIND[plan.type]} ${plan.chairs[0].post.title} ${province} ${plan.date}`;
    const titleJson = str(title);
    const people = new Map<string, Official>();
    const part = (o: Official, verb: string, roles: ParticipantFact['roles']): [ParticipantFact, string] => {
      if (!people.has(o.name)) people.set(o.name, o);
      const quote = `${o.name} ${verb} ${title}`;
      return [{ name: o.name, roles, evidence: { quote, span } }, `{"name":${str(o.name)},"roles":${JSON.stringify(roles)},"evidence":${evidenceJson(quote)}}`];
    };
    const spoke = new Set(plan.speakers.map((s) => s.name));
    const chairs = plan.chairs.map((c) => part(c, 'chủ trì', spoke.has(c.name) ? ['CHAIRED', 'SPOKE'] : ['CHAIRED']));
    const chairNames = new Set(plan.chairs.map((c) => c.name));
    const participants = plan.attendees.map((a) => part(a, 'dự', spoke.has(a.name) ? ['ATTENDED', 'SPOKE'] : ['ATTENDED']));
    for (const s of plan.speakers) {
      if (!chairNames.has(s.name) && !plan.attendees.includes(s)) participants.push(part(s, 'phát biểu tại', ['SPOKE']));
    }
    const directives = plan.directives.map((d): [DirectiveFact, string] => {
      const quote = `${d.kind} ${d.number}`;
      return [
        { kind: d.kind, number: d.number, issuer: null, issuerText: d.issuer, date: null, title: null, evidence: { quote, span } },
        `{"kind":${str(d.kind)},"number":${str(d.number)},"issuer":null,"issuerText":${str(d.issuer)},"date":null,"title":null,"evidence":${evidenceJson(quote)}}`,
      ];
    });
    const organization = this.organization(plan.chairs[0].post.organization, plan.chairs[0]);
    const persons = [...people.values()].map((o) => this.person(o));
    const facts: ArticleFacts = {
      file: `bench/${plan.id}`, articleId, title, publishedAt: plan.date, url: `https://bench.example.vn/${plan.id}`, source: `Báo ${province}`,
      locality: { province, district: null },
      meetings: [{
        date: plan.date, partOfDay: null, kind: MEETING_KIND[plan.type], title, chairs: chairs.map(([c]) => c), participants: participants.map(([p]) => p),
        organizations: [organization.ref], directives: directives.map(([d]) => d.number), evidence: { quote: title, span },
      }],
      people: persons.map(([p]) => p), directives: directives.map(([d]) => d), events: [], authors: [], campaigns: [],
    };
    // The members in the order the object above has them (JSON.stringify's order: tests/generate/synthetic-facts.test.ts).
    const meeting = `{"date":${str(plan.date)},"partOfDay":null,"kind":${str(MEETING_KIND[plan.type])},"title":${titleJson},` +
      `"chairs":[${chairs.map(([, j]) => j).join(',')}],"participants":[${participants.map(([, j]) => j).join(',')}],` +
      `"organizations":[${organization.json}],"directives":${JSON.stringify(facts.meetings[0].directives)},"evidence":${evidenceJson(title)}}`;
    const json = `{"file":${str(facts.file)},"articleId":"${articleId}","title":${titleJson},"publishedAt":${str(plan.date)},"url":${str(facts.url)},` +
      `"source":${str(facts.source)},"locality":{"province":${str(province)},"district":null},"meetings":[${meeting}],` +
      `"people":[${persons.map(([, j]) => j).join(',')}],"directives":[${directives.map(([, j]) => j).join(',')}],"events":[],"authors":[],"campaigns":[]}`;
    return { facts, json };
  }
}
