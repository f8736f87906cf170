// Writes graph batches (graph-batch.ts) into the SQLite tables: the one write path of the
// embedded store, used by upserts (ingest) and by bulk loads (generate) alike, so both build the
// same graph. An article repeats most of what earlier ones said (a title IN its body, a person
// HOLDS a title), so the writer remembers the nodes and relationships it has met: a node known to
// exist costs no statement, a known relationship only its evidence row. What it remembers is
// forgotten when another connection has written since (PRAGMA data_version), when this process
// rewrites people (merges), when a transaction fails, and when it grows past a bound.
import type { Database, Statement } from 'better-sqlite3';
import { NODE_STATEMENTS } from '../write-rows';
import type { GraphBatch, RelName, RelRow } from '../graph-batch';
import { rolesOf } from './evidence';
import { bind, readStatements, type Params } from './statements';

/** The model's type of each relationship of a batch (Neo4j names them alike). */
export const EDGE_TYPE: Record<RelName, string> = {
  HOLDS: 'HOLDS', IN: 'IN', PART_OF: 'PART_OF', ORG_LOCATED_IN: 'LOCATED_IN', MEETING_LOCATED_IN: 'LOCATED_IN',
  CHAIRED: 'CHAIRED', ATTENDED: 'ATTENDED', TOOK_PART: 'TOOK_PART', MEETING_REFERENCES: 'REFERENCES',
  ARTICLE_REFERENCES: 'REFERENCES', ISSUED_BY: 'ISSUED_BY', REPORTED_IN: 'REPORTED_IN',
};

/** What search finds of each label, with the kind it answers. */
const SEARCHABLE: Record<string, string> = { Person: 'PERSON', Organization: 'ORGANIZATION', Meeting: 'MEETING', Directive: 'DIRECTIVE' };

/** Columns a later article may fill in on a node already stored (the update-*.sql statements). */
export const FILLABLE: Record<string, string[]> = {
  'upsert-person': ['gender'],
  'upsert-meeting': ['title', 'kind', 'partOfDay'],
  'upsert-directive': ['title', 'date', 'issuerText'],
};

/** Nodes and relationships remembered, each (about 250 bytes apiece). */
const REMEMBER = 250_000;

interface NodeWrite {
  label: string;
  pick: (b: GraphBatch) => Array<{ id: string }>;
  insert: Statement;
  update: Statement | null;
  fillable: string[];
  /** Ids stored. */
  known: Set<string>;
  /** Ids stored with every fillable column set: nothing a later article says changes them. */
  filled: Set<string>;
}

export class GraphWriter {
  private readonly nodes: NodeWrite[];
  private readonly edgeIds = new Map<string, number | bigint>();
  private readonly nodeN: Statement;
  private readonly insertNode: Statement;
  private readonly edgeId: Statement;
  private readonly insertEdge: Statement;
  private readonly insertEvidence: Statement;
  private readonly indexName: Statement;
  private readonly upsertEvent: Statement;
  private readonly insertEventSource: Statement;
  private readonly dataVersion: Statement;
  private seenVersion: unknown = null;

  constructor(db: Database) {
    const sql = readStatements();
    const prepare = (name: string) => db.prepare(sql.get(name)!);
    this.nodes = NODE_STATEMENTS.map(([name, label, pick]) => {
      const update = name.replace('upsert-', 'update-');
      return {
        label, pick, insert: prepare(name), update: sql.has(update) ? prepare(update) : null, fillable: FILLABLE[name] ?? [],
        known: new Set<string>(), filled: new Set<string>(),
      };
    });
    this.nodeN = prepare('node-n').pluck();
    this.insertNode = prepare('insert-node');
    this.edgeId = prepare('edge-id').pluck();
    this.insertEdge = prepare('insert-edge');
    this.insertEvidence = prepare('insert-evidence');
    this.indexName = prepare('index-name');
    this.upsertEvent = prepare('upsert-event');
    this.insertEventSource = prepare('insert-event-source');
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** Call inside each write transaction, before writing: what another process wrote since is not remembered. */
  begin(): void {
    const version = this.dataVersion.get();
    if (version !== this.seenVersion) this.forget();
    this.seenVersion = version;
  }

  /** Forgets every node and relationship remembered (after a merge rewrote people and their relationships). */
  forget(): void {
    this.edgeIds.clear();
    for (const n of this.nodes) {
      n.known.clear();
      n.filled.clear();
    }
  }

  write(b: GraphBatch): void {
    // A batch names each relationship once (so an article attests each once, as the evidence table
    // requires). A relationship of a node this batch created is new: it is written without asking,
    // and not remembered (it seldom comes again).
    const created = new Set<string>();
    for (const n of this.nodes) for (const row of n.pick(b)) if (this.node(n, row)) created.add(row.id);
    const articleId = b.article.id;
    for (const [rel, rows] of Object.entries(b.rels) as Array<[RelName, RelRow[]]>) {
      const type = EDGE_TYPE[rel];
      for (const r of rows) {
        const edgeId = created.has(r.from) || created.has(r.to) ? this.insertEdge.run(type, this.number(r.from), this.number(r.to)).lastInsertRowid : this.edge(type, r.from, r.to);
        this.evidence(edgeId, articleId, r.quote, r.seen, 'status' in r ? (r.status as string) : null, rolesOf(r as object));
      }
    }
    for (const e of b.events) {
      this.upsertEvent.run(bind(e as unknown as Params));
      this.insertEventSource.run({ id: e.id, articleId, quote: e.quote });
    }
  }

  /** Writes a node; true when it was created. */
  private node(n: NodeWrite, row: { id: string }): boolean {
    if (n.filled.has(row.id)) return false;
    const params = bind(row as Params);
    const fills = n.fillable.filter((c) => params[c] !== null).length;
    let created = false;
    if (n.known.has(row.id)) {
      if (!fills) return false;
      n.update!.run(params);
    } else {
      if (n.known.size >= REMEMBER) {
        n.known.clear();
        n.filled.clear();
      }
      n.known.add(row.id);
      if (n.insert.run(params).changes === 0) {
        if (fills) n.update?.run(params);
      } else {
        created = true;
        const kind = SEARCHABLE[n.label];
        const text = (row as { folded?: string }).folded;
        if (kind && text) this.indexName.run({ id: row.id, kind, folded: text });
      }
    }
    // The columns this row gives are set now, stored before or filled in by it.
    if (fills === n.fillable.length) n.filled.add(row.id);
    return created;
  }

  /** The id of the relationship, created when new. */
  edge(type: string, src: string, dst: string): number | bigint {
    const key = `${type}\u0000${src}\u0000${dst}`;
    let id = this.edgeIds.get(key);
    if (id === undefined) {
      const [s, d] = [this.number(src), this.number(dst)];
      id = (this.edgeId.get(type, s, d) as number | bigint | undefined) ?? this.insertEdge.run(type, s, d).lastInsertRowid;
      if (this.edgeIds.size >= REMEMBER) this.edgeIds.clear();
      this.edgeIds.set(key, id);
    }
    return id;
  }

  /**
   * The number of a node id, given when a relationship first needs it: in the order relationships
   * name their ends (source first), which bulk-plan.ts follows to give the same numbers. Asked of
   * the database each time: only relationships not remembered ask, and a Map of the numbers saved
   * nothing measurable (1.41-1.53 ms an article without it, 1.48-1.69 with, into 100,000 articles).
   */
  private number(id: string): number | bigint {
    return (this.nodeN.get(id) as number | bigint | undefined) ?? this.insertNode.run(id).lastInsertRowid;
  }

  /** One article's evidence of a relationship, which the article does not attest yet. */
  evidence(edgeId: number | bigint, articleId: string, quote: string, seen: string | null, status: string | null, roles: number): void {
    this.insertEvidence.run(edgeId, articleId, quote, seen, status, roles);
  }
}
