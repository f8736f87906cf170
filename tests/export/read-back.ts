// Every export read back the way its users' tools read it: graphology's GEXF and GraphML parsers
// (what Gephi's formats must satisfy), csv-parse with the byte order mark (as pandas'
// utf-8-sig), a JSON Schema written from the Popolo specification (checked with ajv), and the
// FollowTheMoney model's structural rules (schemata, their required and known properties, lists
// of strings, references that resolve).
import Ajv from 'ajv';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsvText } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

export const gexfGraph = (text: string) => parseGexf(MultiGraph, text);
export const graphmlGraph = (text: string) => parseGraphml(MultiGraph, text);

/** start/end of every node and edge, as Gephi's timeline reads them (graphology keeps no intervals). */
export function gexfIntervals(text: string) {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const graph = doc.getElementsByTagName('graph')[0];
  const of = (tag: string) => Array.from(doc.getElementsByTagName(tag)).map((e) => ({
    id: e.getAttribute('id')!,
    start: e.getAttribute('start') || null,
    end: e.getAttribute('end') || null,
  }));
  return { mode: graph.getAttribute('mode'), timeformat: graph.getAttribute('timeformat'), nodes: of('node'), edges: of('edge') };
}

export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.startsWith('\ufeff')).toBe(true);
  const records: string[][] = parseCsvText(text, { bom: true, relax_column_count: false });
  const [header, ...rest] = records;
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** No cell, as a spreadsheet splits the file, starts with a character that makes it a formula. */
export function expectInert(text: string): void {
  const records: string[][] = parseCsvText(text, { bom: true });
  for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

// ---- Popolo: a JSON Schema from popoloproject.com/specs (person, organization, post, membership, event) ----

const date = { type: 'string', pattern: '^[0-9]{4}(-[0-9]{2}){0,2}$' };
const links = { type: 'array', items: { type: 'object', required: ['url'], properties: { url: { type: 'string', pattern: '^https?://' }, note: { type: 'string' } } } };
const id = { type: 'string', minLength: 1 };

export const POPOLO_SCHEMA = {
  type: 'object',
  required: ['persons', 'organizations', 'posts', 'memberships', 'events'],
  properties: {
    persons: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id, name: { type: 'string', minLength: 1 }, gender: { enum: ['female', 'male'] }, sources: links } } },
    organizations: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id, name: { type: 'string', minLength: 1 }, classification: { type: 'string' }, parent_id: id, sources: links } } },
    posts: { type: 'array', items: { type: 'object', required: ['id', 'label', 'organization_id'], properties: { id, label: { type: 'string' }, role: { type: 'string' }, organization_id: id } } },
    memberships: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'person_id', 'organization_id'],
        properties: { id, person_id: id, organization_id: id, post_id: id, role: { type: 'string' }, label: { type: 'string' }, start_date: date, end_date: date, sources: links },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'name'],
        properties: { id, name: { type: 'string' }, type: { type: 'string' }, classification: { type: 'string' }, start_date: date, end_date: date, organization_id: id, sources: links },
      },
    },
  },
};

const validatePopoloSchema = new Ajv({ allErrors: true, strict: false }).compile(POPOLO_SCHEMA);

export interface PopoloDoc {
  persons: Array<Record<string, any>>;
  organizations: Array<Record<string, any>>;
  posts: Array<Record<string, any>>;
  memberships: Array<Record<string, any>>;
  events: Array<Record<string, any>>;
}

/** Valid against the schema, ids unique per section, and every reference names an item of the document. */
export function readPopolo(text: string): PopoloDoc {
  const doc = JSON.parse(text) as PopoloDoc;
  if (!validatePopoloSchema(doc)) throw new Error(`Popolo schema: ${JSON.stringify(validatePopoloSchema.errors?.slice(0, 3))}`);
  const ids = (items: Array<Record<string, any>>) => {
    const set = new Set(items.map((i) => i.id));
    expect(set.size).toBe(items.length);
    return set;
  };
  const persons = ids(doc.persons);
  const organizations = ids(doc.organizations);
  const posts = ids(doc.posts);
  ids(doc.memberships);
  ids(doc.events);
  for (const m of doc.memberships) {
    expect(persons.has(m.person_id)).toBe(true);
    expect(organizations.has(m.organization_id)).toBe(true);
    if (m.post_id) expect(posts.has(m.post_id)).toBe(true);
  }
  for (const p of doc.posts) expect(organizations.has(p.organization_id)).toBe(true);
  for (const e of doc.events) for (const a of e.attendees ?? []) expect(persons.has(a.person_id)).toBe(true);
  return doc;
}

// ---- FollowTheMoney: the schemata used, with their required properties and the properties the
// model defines for them (Thing, LegalEntity, Person, Organization, Position, Interval, Occupancy, Event). ----

const THING = ['name', 'summary', 'description', 'country', 'alias', 'sourceUrl', 'notes', 'address', 'keywords', 'topics'];
const LEGAL_ENTITY = [...THING, 'jurisdiction', 'classification', 'parent', 'status', 'legalForm', 'sector', 'email', 'phone', 'website'];
const INTERVAL = ['startDate', 'endDate', 'date', 'summary', 'recordId', 'sourceUrl'];

export const FTM_SCHEMATA: Record<string, { required: string[]; properties: string[]; entities?: Record<string, string[]> }> = {
  Person: { required: ['name'], properties: [...LEGAL_ENTITY, 'gender', 'nationality', 'position', 'title', 'birthDate'] },
  Organization: { required: ['name'], properties: LEGAL_ENTITY, entities: { parent: ['PublicBody', 'Organization'] } },
  PublicBody: { required: ['name'], properties: LEGAL_ENTITY, entities: { parent: ['PublicBody', 'Organization'] } },
  Position: { required: ['name'], properties: [...THING, 'organization', 'subnationalArea', 'inceptionDate', 'dissolutionDate'], entities: { organization: ['PublicBody', 'Organization'] } },
  Occupancy: { required: ['holder', 'post'], properties: [...INTERVAL, 'holder', 'post', 'status'], entities: { holder: ['Person'], post: ['Position'] } },
  Event: {
    required: ['name'], properties: [...THING, ...INTERVAL, 'location', 'organizer', 'involved', 'important'],
    entities: { organizer: ['Person', 'PublicBody', 'Organization'], involved: ['Person', 'PublicBody', 'Organization'] },
  },
};
const DATE_PROPS = new Set(['startDate', 'endDate', 'date', 'inceptionDate', 'dissolutionDate', 'birthDate']);

export function readFtm(text: string): Array<{ id: string; schema: string; properties: Record<string, string[]> }> {
  expect(text.endsWith('\n')).toBe(true);
  const entities = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  const schemaOf = new Map<string, string>();
  for (const e of entities) {
    expect(Object.keys(e).sort()).toEqual(['id', 'properties', 'schema']);
    expect(typeof e.id).toBe('string');
    expect(e.id.length).toBeGreaterThan(0);
    expect(schemaOf.has(e.id)).toBe(false);
    schemaOf.set(e.id, e.schema);
    const schema = FTM_SCHEMATA[e.schema];
    if (!schema) throw new Error(`unknown FtM schema ${e.schema}`);
    for (const r of schema.required) expect(e.properties[r]?.length).toBeGreaterThan(0);
    for (const [prop, values] of Object.entries(e.properties)) {
      if (!schema.properties.includes(prop)) throw new Error(`${e.schema} has no property ${prop}`);
      expect(Array.isArray(values)).toBe(true);
      expect((values as unknown[]).length).toBeGreaterThan(0);
      for (const v of values as unknown[]) expect(typeof v).toBe('string');
      if (DATE_PROPS.has(prop)) for (const v of values as string[]) expect(v).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (prop === 'sourceUrl') for (const v of values as string[]) expect(v).toMatch(/^https?:\/\//);
    }
  }
  // References resolve to entities of the range the model gives.
  for (const e of entities) {
    for (const [prop, range] of Object.entries(FTM_SCHEMATA[e.schema].entities ?? {})) {
      for (const ref of e.properties[prop] ?? []) expect(range).toContain(schemaOf.get(ref));
    }
  }
  return entities;
}
