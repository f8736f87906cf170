// Loads the Cypher the Neo4j store sends, from cypher/ beside this file. The relationship
// templates are filled from the fixed table below, so every statement is a constant and values
// travel only as parameters.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { PERSON_RELATIONSHIPS, type RelName } from '../graph-batch';
import { MAX_HOPS, type CountDimension, type Order } from '../graph-store';
import { fillSlots } from '../slots';
import { ALL_DIMENSIONS, countSlots } from './counts';
import type { Finder } from '../orders';
import { cypherOrderSlots, everyOrder } from './orders';

/** The statements stay in src/ (tsc copies no .cypher): found from src/ (tests) and dist/ (CLI) alike. */
export const CYPHER_DIR = resolve(__dirname, '..', '..', '..', 'cypher');

interface RelSpec {
  type: string;
  /** Keep at most this many attesting articles (first seen first); dates still move. */
  maxSources?: number;
  from: string;
  to: string;
  createExtra?: string;
  matchExtra?: string;
  moveCreateExtra?: string;
  moveMatchExtra?: string;
  /** unmerge: lists parallel to sources, sliced alike; then what is derived from them again. */
  unmoveExtra?: string;
  unmoveAfter?: string;
}

// The status of a title is the one of its most recent evidence ("nguyên" in a later article
// ends it); each source keeps its own status so that "who held it on a date" can be answered.
const HOLDS_STATUS = {
  createExtra: 'h.status = r.status, h.statuses = r.statuses, ',
  matchExtra:
    'h.status = CASE WHEN r.lastSeen IS NOT NULL AND (h.lastSeen IS NULL OR r.lastSeen >= h.lastSeen) THEN r.status ELSE h.status END, ' +
    'h.statuses = CASE WHEN r.key IN h.sources THEN h.statuses ELSE h.statuses + r.statuses END, ',
  moveCreateExtra: 'h.status = r.status, h.statuses = r.statuses, ',
  moveMatchExtra:
    'h.status = CASE WHEN r.lastSeen IS NOT NULL AND (h.lastSeen IS NULL OR r.lastSeen >= h.lastSeen) THEN r.status ELSE h.status END, ' +
    'h.statuses = h.statuses + r.statuses, ',
  unmoveExtra: 'h.statuses = h.statuses[..a] + h.statuses[b..], ',
  // The status of the latest dated source, as the writes above keep it.
  unmoveAfter:
    "h.status = reduce(acc = {d: '', s: h.statuses[0]}, i IN range(0, size(h.dates) - 1) | " +
    "CASE WHEN h.dates[i] <> '' AND h.dates[i] >= acc.d THEN {d: h.dates[i], s: h.statuses[i]} ELSE acc END).s, ",
};
export const ATTENDED_ROLES = ['spoke', 'reported', 'concluded', 'directed'];
const ATTENDED_EXTRA = {
  createExtra: ATTENDED_ROLES.map((r) => `h.${r} = r.${r}, `).join(''),
  matchExtra: ATTENDED_ROLES.map((r) => `h.${r} = h.${r} OR r.${r}, `).join(''),
  moveCreateExtra: ATTENDED_ROLES.map((r) => `h.${r} = r.${r}, `).join(''),
  moveMatchExtra: ATTENDED_ROLES.map((r) => `h.${r} = h.${r} OR r.${r}, `).join(''),
};

// A title is IN its body and a body LOCATED_IN its place by definition; every article naming a
// provincial chairman would otherwise append to one ever-growing list on the relationship.
// A few attestations suffice to cite these (the SQLite store keeps one row per article instead).
const STRUCTURAL = { maxSources: 20 };

export const RELATIONSHIPS: Record<RelName, RelSpec> = {
  HOLDS: { type: 'HOLDS', from: 'Person', to: 'Position', ...HOLDS_STATUS },
  IN: { type: '`IN`', from: 'Position', to: 'Organization', ...STRUCTURAL },
  PART_OF: { type: 'PART_OF', from: 'Organization', to: 'Organization', ...STRUCTURAL },
  ORG_LOCATED_IN: { type: 'LOCATED_IN', from: 'Organization', to: 'Locality', ...STRUCTURAL },
  MEETING_LOCATED_IN: { type: 'LOCATED_IN', from: 'Meeting', to: 'Locality' },
  CHAIRED: { type: 'CHAIRED', from: 'Person', to: 'Meeting' },
  ATTENDED: { type: 'ATTENDED', from: 'Person', to: 'Meeting', ...ATTENDED_EXTRA },
  TOOK_PART: { type: 'TOOK_PART', from: 'Organization', to: 'Meeting' },
  MEETING_REFERENCES: { type: 'REFERENCES', from: 'Meeting', to: 'Directive' },
  ARTICLE_REFERENCES: { type: 'REFERENCES', from: 'Article', to: 'Directive' },
  ISSUED_BY: { type: 'ISSUED_BY', from: 'Directive', to: 'Organization', ...STRUCTURAL },
  REPORTED_IN: { type: 'REPORTED_IN', from: 'Meeting', to: 'Article' },
};

/** The relationship type as Neo4j names it (without the backquotes some need in Cypher). */
export const relationshipType = (rel: RelName) => RELATIONSHIPS[rel].type.replace(/`/g, '');

function fill(template: string, spec: RelSpec): string {
  return template
    .replace(/\{\{FROM\}\}/g, spec.from)
    .replace(/\{\{TO\}\}/g, spec.to)
    .replace(/\{\{TYPE\}\}/g, spec.type)
    .replace('{{CREATE_EXTRA}}', spec.createExtra ?? '')
    .replace('{{MATCH_EXTRA}}', spec.matchExtra ?? '')
    .replace(/\{\{FULL\}\}/g, spec.maxSources ? `size(h.sources) >= ${spec.maxSources} OR ` : '')
    .replace('{{MOVE_CREATE_EXTRA}}', spec.moveCreateExtra ?? '')
    .replace('{{MOVE_MATCH_EXTRA}}', spec.moveMatchExtra ?? '')
    .replace('{{UNMOVE_EXTRA}}', spec.unmoveExtra ?? '')
    .replace('{{UNMOVE_AFTER}}', spec.unmoveAfter ?? '');
}

const stripComments = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();

function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.cypher')) out.set(f.replace(/\.cypher$/, ''), stripComments(readFileSync(join(dir, f), 'utf8')));
  }
  return out;
}

/** "RETURN ... ORDER BY ... SKIP ... LIMIT ..." of a finder, replaced by its count. */
export function countVariant(query: string): string {
  const at = query.lastIndexOf('\nRETURN ');
  if (at < 0) throw new Error('finder query without RETURN');
  return `${query.slice(0, at)}\nRETURN count(*) AS total`;
}

export interface QuerySet {
  get(name: string): string;
  /** A finder's statement and its count, for one order. */
  finder(finder: Finder, order: Order): { find: string; count: string };
  /** Meetings of the filter grouped by `by`. */
  countMeetings(by: CountDimension[]): string;
  mergeRelationship(rel: RelName): string;
  /** Shortest path between two people of at most `hops` relationships (1 to MAX_HOPS). */
  shortestPath(hops: number): string;
  moveRelationship(rel: RelName): string;
  /** unmerge: the merged-away person's relationship recreated, and the moved sources taken back. */
  restoreRelationship(rel: RelName): string;
  unmoveRelationship(rel: RelName): string;
  /** Schema statements for `migrate`, one per entry. */
  schema: string[];
  /** Every statement the store can send, by name (for the linter test). */
  all(): Map<string, string>;
}

export function loadQueries(dir = CYPHER_DIR): QuerySet {
  const queries = readFolder(dir);
  // Templates are filled below, never sent as they are.
  const take = (name: string) => {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`no Cypher statement named ${name} in ${dir}`);
    queries.delete(name);
    return text;
  };
  const schema = splitStatements(take('schema'));
  const mergeTemplate = take('merge-relationship');
  const moveTemplate = take('move-relationship');
  const restoreTemplate = take('restore-relationship');
  const unmoveTemplate = take('unmove-relationship');
  const shortestPathTemplate = take('shortest-path');
  const meetingFilter = take('meeting-filter');
  const countTemplate = take('count-meetings');
  const finders = new Map([...queries.keys()].filter((n) => n.startsWith('find-')).map((n) => [n.slice(5), take(n)]));
  const finder = (name: Finder, order: Order) => {
    const template = finders.get(name);
    if (template === undefined) throw new Error(`no Cypher statement named find-${name} in ${dir}`);
    const find = fillSlots(template, { ...cypherOrderSlots(name, order), MEETING_FILTER: meetingFilter });
    return { find, count: countVariant(find) };
  };
  const countMeetings = (by: CountDimension[]) => fillSlots(countTemplate, { ...countSlots(by), MEETING_FILTER: meetingFilter });
  const get = (name: string) => {
    const q = queries.get(name);
    if (!q) throw new Error(`no Cypher statement named ${name} in ${dir}`);
    return q;
  };
  return {
    get,
    finder,
    countMeetings,
    mergeRelationship: (rel) => fill(mergeTemplate, RELATIONSHIPS[rel]),
    moveRelationship: (rel) => fill(moveTemplate, RELATIONSHIPS[rel]),
    restoreRelationship: (rel) => fill(restoreTemplate, RELATIONSHIPS[rel]),
    unmoveRelationship: (rel) => fill(unmoveTemplate, RELATIONSHIPS[rel]),
    shortestPath: (hops) => {
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw new Error(`hops must be 1 to ${MAX_HOPS}`);
      return shortestPathTemplate.replace('{{HOPS}}', String(hops));
    },
    schema,
    all() {
      const out = new Map(queries);
      for (const rel of Object.keys(RELATIONSHIPS) as RelName[]) out.set(`merge-${rel}`, fill(mergeTemplate, RELATIONSHIPS[rel]));
      for (const rel of PERSON_RELATIONSHIPS) {
        out.set(`move-${rel}`, fill(moveTemplate, RELATIONSHIPS[rel]));
        out.set(`restore-${rel}`, fill(restoreTemplate, RELATIONSHIPS[rel]));
        out.set(`unmove-${rel}`, fill(unmoveTemplate, RELATIONSHIPS[rel]));
      }
      for (const [f, order] of everyOrder()) {
        const { find, count } = finder(f, order);
        out.set(`find-${f}-${order.by}-${order.direction}`, find);
        out.set(`count-${f}-${order.by}-${order.direction}`, count);
      }
      for (const d of ALL_DIMENSIONS) out.set(`count-meetings-${d}`, countMeetings([d]));
      out.set('count-meetings-MONTH-CHAIR-DIRECTIVE', countMeetings(['MONTH', 'CHAIR', 'DIRECTIVE']));
      for (let hops = 1; hops <= MAX_HOPS; hops++) out.set(`shortest-path-${hops}`, shortestPathTemplate.replace('{{HOPS}}', String(hops)));
      return out;
    },
  };
}

const splitStatements = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
