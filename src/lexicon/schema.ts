import { z } from 'zod';

// The shape of every lexicon file. A domain expert edits the YAML; this keeps it honest.
const id = z.string().regex(/^[a-z0-9][a-z0-9/-]*$/, 'ids are ASCII kebab-case');
const text = z.string().min(1);
const level = z.enum(['central', 'province', 'district', 'commune']);
const orgKind = z.enum([
  'party-committee',
  'standing-committee',
  'board',
  'peoples-council',
  'peoples-committee',
  'front',
  'mass-organization',
  'state-body',
]);

export const titleEntry = z
  .object({
    id,
    name: text,
    variants: z.array(text).default([]),
    body: id.optional(),
    headOf: z.boolean().optional(),
    sharesHead: z.boolean().optional(),
    partyTitle: z.boolean().optional(),
    needsBody: z.boolean().optional(),
    oneHolder: z.boolean().optional(),
    examples: z.array(text).optional(),
  })
  .strict();

export const bodyEntry = z
  .object({
    id,
    name: text,
    variants: z.array(text).default([]),
    kind: orgKind,
    branch: z.enum(['party', 'state', 'front', 'mass-organization']),
    level: level.optional(),
    levelWord: z.boolean().optional(),
    parents: z.array(z.string()).optional(),
    asParent: text.optional(),
    sector: z.boolean().optional(),
    atLevel: z.record(level, id).optional(),
    /**
     * What the body written without its level word is, whatever the report's own level: "province" for one
     * only provinces have ("Trưởng Đoàn ĐBQH" in a commune's report), "central" for a national force whose
     * provincial units are always written with theirs ("Tư lệnh Bộ đội Biên phòng", "BĐBP tỉnh").
     */
    bareLevel: z.enum(['central', 'province']).optional(),
    /** The body's own party committee ("Công an" -> "Đảng ủy Công an"), for a bare "Đảng ủy" beside its head. */
    committee: id.optional(),
    /** Words that, written right after the name, make it another body: "Ban Tổ chức Hội thi" is a contest's organizers. */
    notBefore: z.array(text).optional(),
    examples: z.array(text).optional(),
  })
  .strict();

export const levelEntry = z
  .object({
    word: text,
    level: z.enum(['central', 'province', 'city', 'district', 'commune']),
    variants: z.array(text).default([]),
    committee: id.optional(),
  })
  .strict();

export const peopleFile = z
  .object({
    honorifics: z.array(z.object({ word: text, gender: z.enum(['MALE', 'FEMALE']).optional() }).strict()),
    surnames: z.array(text),
    notNames: z.array(text),
    notNameStarts: z.array(text),
    describedHeads: z.array(text).default([]),
    notNameWords: z.array(text).default([]),
    ranks: z.array(text).default([]),
    privatePersons: z.array(text).default([]),
    namesakes: z.array(text).default([]),
  })
  .strict();

export const roleEntry = z
  .object({
    phrase: text,
    role: z.enum(['NONE', 'CHAIRED', 'ATTENDED', 'SPOKE', 'REPORTED', 'CONCLUDED', 'DIRECTED']),
    who: z.enum(['before', 'after', 'both', 'subject']),
    weak: z.boolean().optional(),
    /** The cue says what someone did only in a report of this kind of meeting (meetings.yaml). */
    onlyIn: z.string().optional(),
    /** A NONE phrase after which the sentence says what someone is to do, not what they did. */
    duty: z.boolean().optional(),
  })
  .strict();

export const meetingKindEntry = z.object({ phrase: text, kind: text }).strict();

export const directivesFile = z
  .object({
    kinds: z.array(z.object({ word: text, code: text }).strict()),
    issuers: z.array(z.object({ code: text, body: id }).strict()),
  })
  .strict();

export const boilerplateFile = z
  .object({ lines: z.array(text), patterns: z.array(text), endMarkers: z.array(text), inline: z.array(text).default([]) })
  .strict();

export const provinceEntry = z
  .object({
    id,
    name: text,
    kind: z.enum(['province', 'city']),
    variants: z.array(text).default([]),
    validFrom: z.string().nullable().optional(),
    validTo: z.string().nullable().optional(),
    successor: z.string().nullable().optional(),
    mergedFrom: z.array(z.string()).nullable().optional(),
    region: z.string().nullable().optional(),
  })
  .passthrough();

export const districtEntry = z
  .object({
    id,
    name: text,
    kind: z.enum(['district', 'urban-district', 'town', 'city']),
    province: z.string(),
    variants: z.array(text).default([]),
    validTo: z.string().nullable().optional(),
  })
  .passthrough();

export const postEntry = z
  .object({ id, title: id, kinds: z.array(orgKind).optional(), note: text.optional() })
  .strict();

export const eventKind = z.enum(['appointed', 'elected', 'dismissed', 'transferred', 'retired', 'assigned']);
const phrases = z.array(text);

export const eventsFile = z
  .object({
    triggers: z.array(z.object({ phrase: text, kind: eventKind, weak: z.boolean().optional() }).strict()),
    notTriggers: phrases,
    reasons: phrases,
    negations: phrases.default([]),
    stops: phrases,
    holds: phrases,
    prospective: phrases,
    completed: phrases,
    past: phrases,
    against: phrases,
    replaced: phrases,
    membership: phrases,
    memberTitle: id,
    effective: phrases,
    subjectGap: phrases,
    handover: phrases,
    handoverTo: phrases.default(['cho']),
    listOpeners: phrases,
    connectors: phrases,
    decisionRefs: phrases,
    decisionKinds: phrases,
  })
  .strict();

// A site's address: lower-case host name without "www." ("baothanhhoa.vn", "quangngai.gov.vn").
const domain = z.string().regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a domain is a lower-case host name without www.');

export const sourceEntry = z
  .object({
    id,
    province: id.nullable(),
    sites: z.array(z.object({ domain, publisher: text, kind: z.enum(['portal', 'party', 'newspaper', 'broadcaster']) }).strict()).min(1),
  })
  .strict();

export type TitleEntry = z.infer<typeof titleEntry>;
export type BodyEntry = z.infer<typeof bodyEntry>;
export type LevelEntry = z.infer<typeof levelEntry>;
export type PeopleData = z.infer<typeof peopleFile>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type MeetingKindEntry = z.infer<typeof meetingKindEntry>;
export type DirectivesData = z.infer<typeof directivesFile>;
export type BoilerplateData = z.infer<typeof boilerplateFile>;
export type ProvinceEntry = z.infer<typeof provinceEntry>;
export type DistrictEntry = z.infer<typeof districtEntry>;
export type PostEntry = z.infer<typeof postEntry>;
export type SourceEntry = z.infer<typeof sourceEntry>;
export type EventsData = z.infer<typeof eventsFile>;
export type EventKind = z.infer<typeof eventKind>;

export interface LexiconData {
  titles: TitleEntry[];
  bodies: BodyEntry[];
  levels: LevelEntry[];
  people: PeopleData;
  roles: RoleEntry[];
  meetingKinds: MeetingKindEntry[];
  directives: DirectivesData;
  boilerplate: BoilerplateData;
  provinces: ProvinceEntry[];
  districts: DistrictEntry[];
  /** Posts with one holder at a time. */
  posts: PostEntry[];
  sources: SourceEntry[];
  events: EventsData;
}
