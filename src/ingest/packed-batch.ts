// A graph batch as an extraction worker sends it to the writer: each distinct string once, and
// every row as numbers in one Int32Array. Sent as objects, a batch was about 24 kB to copy
// between threads (each relationship repeats its sentence and ids; structured clone copies every
// string each time it appears) and some 400 strings to allocate on the writer's thread, the
// busiest; packed, the strings are a tenth of that and the numbers one copy. Unpacking builds
// the same objects, so every store still takes a GraphBatch.
import type { GraphBatch, RelName } from '../store/graph-batch';

export interface PackedBatch {
  strings: string[];
  cells: Int32Array;
}

type Value = string | boolean | null | undefined;
type Row = Record<string, Value>;

/** Every key of T, in the order the rows are built (the compiler checks none is missing). */
const columns =
  <T>() =>
  <K extends ReadonlyArray<keyof T & string>>(keys: K & (Exclude<keyof T, K[number]> extends never ? unknown : { missing: Exclude<keyof T, K[number]> })): K =>
    keys;

type B = GraphBatch;
type R = B['rels'];
const REL = ['from', 'to', 'quote', 'seen'] as const;

const ARTICLE = columns<B['article']>()(['id', 'url', 'title', 'publisher', 'publishedAt', 'contentHash', 'file', 'province']);
/** Lists of rows, in the order of a batch's keys, with the columns of their rows. */
const NODE_LISTS: Array<[Exclude<keyof B, 'article' | 'rels'>, readonly string[]]> = [
  ['events', columns<B['events'][number]>()(['id', 'kind', 'personId', 'positionId', 'date', 'decisionNumber', 'directiveId', 'decidedById', 'quote'])],
  ['localities', columns<B['localities'][number]>()(['id', 'name', 'folded', 'level', 'province', 'validFrom', 'validTo'])],
  ['organizations', columns<B['organizations'][number]>()(['id', 'name', 'folded', 'kind', 'level', 'branch', 'lexiconId', 'province', 'provinceKey', 'localityId'])],
  ['positions', columns<B['positions'][number]>()(['id', 'title', 'folded', 'organizationId'])],
  ['people', columns<B['people'][number]>()(['id', 'name', 'folded', 'gender', 'province', 'provinceKey'])],
  ['meetings', columns<B['meetings'][number]>()(['id', 'date', 'partOfDay', 'kind', 'title', 'folded', 'province', 'provinceKey', 'localityId'])],
  ['directives', columns<B['directives'][number]>()(['id', 'kind', 'number', 'folded', 'issuerText', 'date', 'title'])],
];
const HOLDS = columns<R['HOLDS'][number]>()([...REL, 'status']);
const ATTENDED = columns<R['ATTENDED'][number]>()([...REL, 'spoke', 'reported', 'concluded', 'directed']);
const PLAIN = columns<R['IN'][number]>()(REL);
const REL_LISTS: Array<[RelName, readonly string[]]> = (
  ['HOLDS', 'IN', 'PART_OF', 'ORG_LOCATED_IN', 'MEETING_LOCATED_IN', 'CHAIRED', 'ATTENDED', 'TOOK_PART', 'MEETING_REFERENCES', 'ARTICLE_REFERENCES', 'ISSUED_BY', 'REPORTED_IN'] satisfies RelName[]
).map((name) => [name, name === 'HOLDS' ? HOLDS : name === 'ATTENDED' ? ATTENDED : PLAIN]);

// Cells below zero are the values that are not strings.
const NULL = -1;
const UNDEFINED = -2;
const FALSE = -3;
const TRUE = -4;

export function packBatch(batch: GraphBatch): PackedBatch {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const cells: number[] = [];
  const cell = (v: Value): number => {
    if (typeof v === 'string') {
      let i = index.get(v);
      if (i === undefined) index.set(v, (i = strings.push(v) - 1));
      return i;
    }
    if (v === null) return NULL;
    if (v === undefined) return UNDEFINED;
    if (v === true) return TRUE;
    if (v === false) return FALSE;
    throw new TypeError(`a graph batch holds strings, flags and nulls only, not ${typeof v}`);
  };
  const rows = (list: object[], keys: readonly string[]) => {
    cells.push(list.length);
    for (const row of list) for (const k of keys) cells.push(cell((row as Row)[k]));
  };
  rows([batch.article], ARTICLE);
  for (const [name, keys] of NODE_LISTS) rows(batch[name], keys);
  for (const [name, keys] of REL_LISTS) rows(batch.rels[name], keys);
  return { strings, cells: Int32Array.from(cells) };
}

export function unpackBatch({ strings, cells }: PackedBatch): GraphBatch {
  let at = 0;
  const value = (c: number): Value => (c >= 0 ? strings[c] : c === NULL ? null : c === UNDEFINED ? undefined : c === TRUE);
  const rows = (keys: readonly string[]): Row[] => {
    const n = cells[at++];
    const out: Row[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const row: Row = {};
      for (const k of keys) row[k] = value(cells[at++]);
      out[i] = row;
    }
    return out;
  };
  const batch = { article: rows(ARTICLE)[0] } as unknown as Record<string, unknown>;
  for (const [name, keys] of NODE_LISTS) batch[name] = rows(keys);
  const rels: Record<string, Row[]> = {};
  for (const [name, keys] of REL_LISTS) rels[name] = rows(keys);
  batch.rels = rels;
  return batch as unknown as GraphBatch;
}
