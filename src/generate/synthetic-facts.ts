// The facts an article about a generated meeting would yield, built straight from the plan (no
// text, no extraction): every title each person holds, the chairs, the attendees and speakers,
// the documents cited. Used to bulk-load a large graph for the API benchmark.
import { createHash } from 'crypto';
import type { MeetingPlan } from './meetings';
import type { Official } from './population';
import type { GeneratorData } from './data';
import type { ArticleFacts, Branch, OrganizationKind, OrganizationRef, ParticipantFact, PersonFact, PositionFact } from '../model/facts';

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

export class SyntheticFacts {
  private readonly orgs = new Map<string, OrganizationRef>();
  private readonly titles = new Map<Official, PositionFact[]>();

  constructor(private readonly data: GeneratorData) {}

  /** "{PC}", "{lv}" filled for the official's province, as a body the store knows how to key. */
  private organization(template: string, o: Official): OrganizationRef {
    const province = o.group.province;
    const name = template.replace(/\{PC\}/g, province.city ? 'Thành ủy' : 'Tỉnh ủy').replace(/\{lv\}/g, province.city ? 'thành phố' : 'tỉnh');
    const key = `${province.name}|${name}`;
    let org = this.orgs.get(key);
    if (!org) {
      const central = name === this.data.party.central.organization;
      const [, kind, branch] = central ? [null, 'party-committee', 'party'] : KINDS.find(([re]) => re.test(name)) ?? [null, 'state-body', 'state'];
      org = {
        name, lexiconId: name.toLowerCase().replace(/\s+/g, '-'), kind: kind as OrganizationKind, branch: branch as Branch,
        level: central ? 'central' : 'province', locality: central ? null : province.name, province: null,
      };
      this.orgs.set(key, org);
    }
    return org;
  }

  /** Each official's titles, built once: an official is in many meetings, and facts are only read. */
  private positions(o: Official): PositionFact[] {
    let out = this.titles.get(o);
    if (!out) this.titles.set(o, (out = this.titlesOf(o)));
    return out;
  }

  private titlesOf(o: Official): PositionFact[] {
    const quote = (title: string, org: OrganizationRef) => `${o.name} ${title} ${org.name}${org.locality ? ` ${org.locality}` : ''}`;
    const at = (title: string, template: string): PositionFact => {
      const organization = this.organization(template, o);
      return { title, organization, status: 'current', evidence: { quote: quote(title, organization), span } };
    };
    const out = [at(o.post.title, o.post.organization)];
    if (o.party) out.push(at(this.data.party[o.party].title, this.data.party[o.party].organization));
    if (o.central) out.push(at(this.data.party.central.title, this.data.party.central.organization));
    return out;
  }

  facts(plan: MeetingPlan): ArticleFacts {
    const province = plan.group.province.name;
    const articleId = createHash('sha256').update(`bench-api-${plan.id}`).digest('hex').slice(0, 24);
    const title = `${MEETING_KIND[plan.type]} ${plan.chairs[0].post.title} ${province} ${plan.date}`;
    const people = new Map<string, PersonFact>();
    const person = (o: Official) => {
      if (!people.has(o.name)) people.set(o.name, { name: o.name, gender: o.gender, positions: this.positions(o), mentions: [] });
    };
    const part = (o: Official, verb: string, roles: ParticipantFact['roles']): ParticipantFact => {
      person(o);
      return { name: o.name, roles, evidence: { quote: `${o.name} ${verb} ${title}`, span } };
    };
    const spoke = new Set(plan.speakers.map((s) => s.name));
    const chairs = plan.chairs.map((c) => part(c, 'chủ trì', spoke.has(c.name) ? ['CHAIRED', 'SPOKE'] : ['CHAIRED']));
    const chairNames = new Set(plan.chairs.map((c) => c.name));
    const participants = plan.attendees.map((a) => part(a, 'dự', spoke.has(a.name) ? ['ATTENDED', 'SPOKE'] : ['ATTENDED']));
    for (const s of plan.speakers) {
      if (!chairNames.has(s.name) && !plan.attendees.includes(s)) participants.push(part(s, 'phát biểu tại', ['SPOKE']));
    }
    const directives = plan.directives.map((d) => ({
      kind: d.kind, number: d.number, issuer: null, issuerText: d.issuer, date: null, title: null,
      evidence: { quote: `${d.kind} ${d.number}`, span },
    }));
    return {
      file: `bench/${plan.id}`, articleId, title, publishedAt: plan.date, url: `https://bench.example.vn/${plan.id}`, source: `Báo ${province}`,
      locality: { province, district: null },
      meetings: [{
        date: plan.date, partOfDay: null, kind: MEETING_KIND[plan.type], title, chairs, participants,
        organizations: [this.organization(plan.chairs[0].post.organization, plan.chairs[0])],
        directives: directives.map((d) => d.number), evidence: { quote: title, span },
      }],
      people: [...people.values()], directives, events: [], authors: [], campaigns: [],
    };
  }
}
