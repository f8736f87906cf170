// Plans the rows of a bulk load (bulk-load.ts) without the database: a load into a new graph
// that only it writes knows what the file holds, so whether a node is new, the id of each
// relationship (edge rowids are handed out 1, 2, 3... in the order they are first met) and of
// each evidence row need no statement. The rows are those graph-writer.ts writes for the same
// batches, in the same order, ids and node numbers included (tests/generate/graph.test.ts checks it). Two steps,
// so that `cadregraph generate` can split them between its threads: BulkPlanner (on the planner
// thread, src/cli/graph-worker.ts) keeps the new nodes and lists every relationship an article
// attests; EdgeNumbering (on the writing thread, beside the appends) gives them their ids.
import { CadreError } from '../../model/errors';
import type { GraphBatch, RelName, RelRow } from '../graph-batch';
import type { UpsertResult } from '../graph-store';
import { attachToKeptPeople, freshBatches, upsertResults } from '../upsert-plan';
import { NODE_STATEMENTS } from '../write-rows';
import { rolesOf } from './evidence';
import { EDGE_TYPE, FILLABLE } from './graph-writer';
import { bind, bindValue, readStatements, type Params } from './statements';

/** The parts of a one-row `INSERT INTO t (columns) VALUES (:params) [tail]` statement. */
export interface InsertShape {
  table: string;
  columns: string[];
  params: string[];
  tail: string;
}

const INSERT = /^INSERT INTO (\w+) \(([^)]*)\)\s+VALUES \(([^)]*)\)([\s\S]*)$/;
const list = (s: string) => s.split(',').map((x) => x.trim());

export function insertShape(name: string, text: string): InsertShape {
  const m = INSERT.exec(text.trim());
  if (!m) throw new Error(`sql/${name}.sql is not a one-row INSERT ... VALUES (...) statement`);
  return { table: m[1], columns: list(m[2]), params: list(m[3]).map((p) => p.replace(/^:/, '')), tail: m[4].trim() };
}

/** The statement inserting `rows` rows of a shape at once, parameters in order, row after row. */
export function insertRowsSql(shape: InsertShape, rows: number): string {
  const row = `(${shape.columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${shape.table} (${shape.columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')} ${shape.tail}`;
}

/** Relationships and their evidence, with the ids the plan gives them (sql/load-*.sql). */
export const EDGE_PARAMS = ['id', 'type', 'src', 'dst'];
export const NODE_PARAMS = ['n', 'id'];
export const EVIDENCE_PARAMS = ['id', 'edgeId', 'articleId', 'quote', 'seen', 'status', 'roles'];
/** Values of each relationship an article attests, in PlannedRows.rels. */
const REL_WIDTH = 8;

/** What to write for a group of articles, as flat lists of values (cheap to pass between threads). */
export interface PlannedRows {
  /** New nodes: [upsert statement, values of its parameters, row after row]. */
  nodes: Array<[statement: string, values: unknown[]]>;
  /** Nodes stored before whose empty columns these articles fill: [update statement, parameters]. */
  fills: Array<[statement: string, params: Params]>;
  /** Each relationship each article attests: type, from, to, article, quote, seen, status, roles; row after row. */
  rels: unknown[];
  /** Personnel events (upsert-event.sql) and the article reporting each (insert-event-source.sql). */
  events: Array<[event: Params, source: Params]>;
}

export const emptyRows = (): PlannedRows => ({ nodes: [], fills: [], rels: [], events: [] });

interface NodePlan {
  statement: string;
  update: string;
  pick: (b: GraphBatch) => Array<{ id: string }>;
  params: string[];
  fillable: string[];
  known: Set<string>;
  /** Stored with every fillable column set. */
  filled: Set<string>;
}

/** Node numbers and relationship types packed into one exact number (below 2^53) per relationship. */
const NODE_BITS = 2 ** 24;
const TYPES = new Map([...new Set(Object.values(EDGE_TYPE))].map((t, i) => [t, i]));

/**
 * Relationship ids by (type, source, target) numbers: an open-addressing table in typed arrays, so
 * that millions of relationships cost the garbage collector nothing (a Map of them did).
 */
class EdgeIds {
  private keys = new Float64Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  private size = 0;

  private static slot(keys: Float64Array, key: number): number {
    const mask = keys.length - 1;
    let i = (Math.imul(key % NODE_BITS, 0x9e3779b1) ^ Math.imul(Math.floor(key / NODE_BITS), 0x85ebca77)) & mask;
    while (keys[i] !== -1 && keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The id of `key`, or 0 when it has none. */
  get(key: number): number {
    const i = EdgeIds.slot(this.keys, key);
    return this.keys[i] === key ? this.ids[i] : 0;
  }

  set(key: number, id: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const i = EdgeIds.slot(this.keys, key);
    this.keys[i] = key;
    this.ids[i] = id;
    this.size++;
  }

  private grow(): void {
    const [keys, ids] = [this.keys, this.ids];
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.ids = new Int32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      const i = EdgeIds.slot(this.keys, keys[j]);
      this.keys[i] = keys[j];
      this.ids[i] = ids[j];
    }
  }
}

export class BulkPlanner {
  private readonly nodes: NodePlan[];
  private readonly articles: Set<string>;

  constructor() {
    const sql = readStatements();
    this.nodes = NODE_STATEMENTS.map(([statement, , pick]) => ({
      statement, update: statement.replace('upsert-', 'update-'), pick, params: insertShape(statement, sql.get(statement)!).params,
      fillable: FILLABLE[statement] ?? [], known: new Set<string>(), filled: new Set<string>(),
    }));
    this.articles = this.nodes.find((n) => n.statement === 'upsert-article')!.known;
  }

  /**
   * The rows of the articles not planned before, and what each article wrote (as upserts answer).
   * Given `rows`, the new rows are appended to those: one write for several calls.
   */
  plan(list: GraphBatch[], rows: PlannedRows = emptyRows()): { rows: PlannedRows; results: UpsertResult[] } {
    const { batches, written } = attachToKeptPeople(freshBatches(list, this.articles), new Map());
    const nodeValues = this.nodes.map((n): unknown[] => {
      let entry = rows.nodes.find(([statement]) => statement === n.statement);
      if (!entry) rows.nodes.push((entry = [n.statement, []]));
      return entry[1];
    });
    for (const b of batches) {
      this.nodes.forEach((n, i) => {
        for (const row of n.pick(b)) this.node(n, row as unknown as Params, nodeValues[i], rows.fills);
      });
      const articleId = b.article.id;
      for (const [rel, rels] of Object.entries(b.rels) as Array<[RelName, RelRow[]]>) {
        const type = EDGE_TYPE[rel];
        for (const r of rels) rows.rels.push(type, r.from, r.to, articleId, r.quote, r.seen, 'status' in r ? (r.status as string) : null, rolesOf(r as object));
      }
      for (const e of b.events) rows.events.push([bind(e as unknown as Params), { id: e.id, articleId, quote: e.quote }]);
    }
    return { rows, results: upsertResults(list, written) };
  }

  /** As GraphWriter.node: a new node is inserted, one stored before only has its empty columns filled. */
  private node(n: NodePlan, row: Params, values: unknown[], fills: PlannedRows['fills']): void {
    const id = row.id as string;
    if (n.filled.has(id)) return;
    let given = 0;
    for (const c of n.fillable) if (bindValue(row[c]) !== null) given++;
    if (!n.known.has(id)) {
      n.known.add(id);
      for (const p of n.params) values.push(bindValue(row[p]));
    } else if (given) fills.push([n.update, bind(row)]);
    if (given === n.fillable.length) n.filled.add(id);
  }
}

/**
 * The numbers of the node ids relationships name (as graph-writer.ts gives them: when first
 * named, source first), and the ids of the relationships and evidence rows, in the order planned.
 */
export class EdgeNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly edgeIds = new EdgeIds();
  private lastEdge = 0;
  private lastEvidence = 0;

  /** PlannedRows.rels as the NODE_PARAMS of the new node ids, the EDGE_PARAMS of the new relationships and the EVIDENCE_PARAMS of every row. */
  number(rels: unknown[]): { nodes: unknown[]; edges: unknown[]; evidence: unknown[] } {
    const nodes: unknown[] = [];
    const edges: unknown[] = [];
    const evidence: unknown[] = [];
    for (let i = 0; i < rels.length; i += REL_WIDTH) {
      const type = rels[i] as string;
      const src = rels[i + 1] as string;
      const dst = rels[i + 2] as string;
      const s = this.node(src, nodes);
      const d = this.node(dst, nodes);
      const key = (TYPES.get(type)! * NODE_BITS + s) * NODE_BITS + d;
      let id = this.edgeIds.get(key);
      if (!id) {
        id = ++this.lastEdge;
        this.edgeIds.set(key, id);
        edges.push(id, type, s, d);
      }
      evidence.push(++this.lastEvidence, id, rels[i + 3], rels[i + 4], rels[i + 5], rels[i + 6], rels[i + 7]);
    }
    return { nodes, edges, evidence };
  }

  /** The number of a node id (from 1, as rowids), appended to `nodes` when new. */
  private node(id: string, nodes: unknown[]): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      if (n >= NODE_BITS) throw new CadreError('BAD_INPUT', `a bulk load holds fewer than ${NODE_BITS} nodes: generate a smaller graph`);
      this.numbers.set(id, n);
      nodes.push(n, id);
    }
    return n;
  }
}
