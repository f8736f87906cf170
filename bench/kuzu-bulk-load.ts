// Bulk-loads graph batches into an empty embedded store with Kùzu's COPY FROM, for benchmarks
// over hundreds of thousands of meetings: going through the store's transactional writes would
// take hours. Rows come from the store's own buildGraphBatch, so ids and properties are the ones
// ingestion writes; columns are read from cypher/kuzu/schema.cypher, so the files follow the
// tables the store declares.
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from 'fs';
import { join } from 'path';
import { Connection, Database } from 'kuzu';
import type { GraphBatch, RelName, RelRow } from '../src/store/graph-batch';
import { RELATIONSHIPS } from '../src/store/queries';
import { NODE_STATEMENTS } from '../src/store/write-rows';

const SCHEMA = join(__dirname, '..', 'cypher', 'kuzu', 'schema.cypher');
// A relationship seen in thousands of articles (a title held for years) keeps the first few as
// its evidence: enough to cite, and the lists stay small enough to read fast.
const MAX_EVIDENCE = 8;

interface Table {
  name: string;
  columns: Array<{ name: string; list: boolean; bool: boolean }>;
}

function readSchema(): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const m of readFileSync(SCHEMA, 'utf8').matchAll(/CREATE (?:NODE|REL) TABLE IF NOT EXISTS `?(\w+)`?\((.*)\);/g)) {
    const columns = m[2]
      .split(',')
      .map((c) => c.trim())
      .filter((c) => !/^FROM /.test(c))
      .map((c) => {
        const [name, type] = c.split(/\s+/);
        return { name, list: type.endsWith('[]'), bool: type === 'BOOLEAN' };
      });
    tables.set(m[1], { name: m[1], columns });
  }
  return tables;
}

/** Each relationship of a batch, with the table it is copied into and its endpoint tables (the store's own table). */
const REL_TABLES = Object.fromEntries(
  Object.entries(RELATIONSHIPS).map(([name, r]) => [name, { table: r.type.replace(/`/g, ''), from: r.from, to: r.to }]),
) as Record<RelName, { table: string; from: string; to: string }>;

// Relationships whose endpoints belong to one article (its meeting, the article itself) are
// never attested twice, so they stream straight to disk; the rest are merged in memory.
const PER_ARTICLE = new Set<RelName>(['MEETING_LOCATED_IN', 'CHAIRED', 'ATTENDED', 'TOOK_PART', 'MEETING_REFERENCES', 'ARTICLE_REFERENCES', 'REPORTED_IN']);

const NODE_PICKS = NODE_STATEMENTS.map(([, label, pick]) => [label, pick] as const);
const STREAMED_NODES = new Set(['Article', 'Meeting']);

interface MergedRel {
  from: string;
  to: string;
  sources: string[];
  quotes: string[];
  dates: string[];
  statuses?: string[];
  status?: string;
  firstSeen: string | null;
  lastSeen: string | null;
  [role: string]: unknown;
}

// COPY reads '|' between fields and ',' between list items: neither may appear inside a value.
const scalar = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[|\n\r"]/g, ' '));
const item = (v: unknown) => scalar(v).replace(/[,[\]]/g, ' ');

export interface BulkSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  seconds: { csv: number; copy: number };
}

export class KuzuBulkLoader {
  private readonly tables = readSchema();
  private readonly streams = new Map<string, WriteStream>();
  private readonly counts = new Map<string, number>();
  private readonly nodes = new Map<string, Map<string, object>>();
  private readonly streamedIds = new Map<string, Set<string>>();
  private readonly merged = new Map<RelName, Map<string, MergedRel>>();
  private readonly started = process.hrtime.bigint();

  constructor(private readonly csvDir: string) {
    mkdirSync(csvDir, { recursive: true });
  }

  private write(file: string, table: string, row: Record<string, unknown>, extra: string[] = []) {
    let stream = this.streams.get(file);
    if (!stream) this.streams.set(file, (stream = createWriteStream(join(this.csvDir, `${file}.csv`))));
    const fields = [...extra, ...this.tables.get(table)!.columns.map((c) => {
      const v = row[c.name];
      if (c.list) return `[${(Array.isArray(v) ? v : []).map(item).join(',')}]`;
      if (c.bool) return v ? 'true' : 'false';
      return scalar(v);
    })];
    stream.write(`${fields.join('|')}\n`);
    this.counts.set(file, (this.counts.get(file) ?? 0) + 1);
  }

  /** True when the batch's meetings were new; a repeated meeting id (same chairs, day, place) is skipped. */
  add(b: GraphBatch): boolean {
    const meetingIds = this.streamedIds.get('Meeting') ?? new Set<string>();
    this.streamedIds.set('Meeting', meetingIds);
    if (b.meetings.some((m) => meetingIds.has(m.id))) return false;
    for (const [table, pick] of NODE_PICKS) {
      for (const row of pick(b)) {
        if (STREAMED_NODES.has(table)) {
          const seen = this.streamedIds.get(table) ?? new Set<string>();
          this.streamedIds.set(table, seen);
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          this.write(table, table, row as never);
        } else {
          const byId = this.nodes.get(table) ?? new Map<string, object>();
          this.nodes.set(table, byId);
          if (!byId.has(row.id)) byId.set(row.id, row);
        }
      }
    }
    for (const [name, rows] of Object.entries(b.rels) as Array<[RelName, RelRow[]]>) {
      for (const r of rows) {
        const rel = toMerged(r, b.article.id);
        if (PER_ARTICLE.has(name)) {
          this.write(name, REL_TABLES[name].table, rel as never, [scalar(r.from), scalar(r.to)]);
          continue;
        }
        const byKey = this.merged.get(name) ?? new Map<string, MergedRel>();
        this.merged.set(name, byKey);
        const key = `${r.from}\u0000${r.to}`;
        const old = byKey.get(key);
        if (!old) byKey.set(key, rel);
        else mergeInto(old, rel);
      }
    }
    return true;
  }

  /** Writes the merged rows, then copies every file into an empty store in dataDir. */
  async load(dataDir: string): Promise<BulkSummary> {
    for (const [table, byId] of this.nodes) for (const row of byId.values()) this.write(table, table, row as never);
    for (const [name, byKey] of this.merged) {
      for (const rel of byKey.values()) this.write(name, REL_TABLES[name].table, rel as never, [scalar(rel.from), scalar(rel.to)]);
    }
    await Promise.all([...this.streams.values()].map((s) => new Promise<void>((r, j) => s.end((e?: Error | null) => (e ? j(e) : r())))));
    const csvSeconds = Number(process.hrtime.bigint() - this.started) / 1e9;

    const t0 = process.hrtime.bigint();
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'graph.kuzu'), 4096 * 1024 * 1024);
    const conn = new Connection(db);
    const run = async (statement: string) => {
      const r = await conn.query(statement);
      for (const x of Array.isArray(r) ? r : [r]) x.close();
    };
    for (const s of readFileSync(SCHEMA, 'utf8').split('\n').filter((l) => l.startsWith('CREATE'))) await run(s);
    const summary: BulkSummary = { nodes: {}, relationships: {}, seconds: { csv: csvSeconds, copy: 0 } };
    // Nodes before relationships: COPY of a relationship looks its endpoints up by primary key.
    for (const [table] of NODE_PICKS) {
      if (!this.counts.get(table)) continue;
      await run(`COPY ${table} FROM '${join(this.csvDir, `${table}.csv`)}' (HEADER=false, DELIM='|')`);
      summary.nodes[table] = this.counts.get(table)!;
    }
    for (const [name, { table, from, to }] of Object.entries(REL_TABLES) as Array<[RelName, (typeof REL_TABLES)[RelName]]>) {
      if (!this.counts.get(name)) continue;
      await run(`COPY \`${table}\` FROM '${join(this.csvDir, `${name}.csv`)}' (HEADER=false, DELIM='|', from='${from}', to='${to}')`);
      summary.relationships[name] = this.counts.get(name)!;
    }
    await run('CHECKPOINT');
    await conn.close();
    await db.close();
    summary.seconds.copy = Number(process.hrtime.bigint() - t0) / 1e9;
    return summary;
  }
}

function toMerged(r: RelRow, articleId: string): MergedRel {
  const out: MergedRel = { ...(r as unknown as Record<string, unknown>), from: r.from, to: r.to, sources: [articleId], quotes: [r.quote], dates: [r.seen ?? ''], firstSeen: r.seen, lastSeen: r.seen };
  if ('status' in r) out.statuses = [String((r as { status: string }).status)];
  return out;
}

function mergeInto(old: MergedRel, next: MergedRel) {
  if (next.firstSeen && (!old.firstSeen || next.firstSeen < old.firstSeen)) old.firstSeen = next.firstSeen;
  const latest = !!next.lastSeen && (!old.lastSeen || next.lastSeen >= old.lastSeen);
  if (latest) {
    old.lastSeen = next.lastSeen;
    if (next.status !== undefined) old.status = next.status;
  }
  if (old.sources.length >= MAX_EVIDENCE) return;
  old.sources.push(next.sources[0]);
  old.quotes.push(next.quotes[0]);
  old.dates.push(next.dates[0]);
  if (old.statuses && next.statuses) old.statuses.push(next.statuses[0]);
}
