// Sends Cypher to Neo4j (a single server or a cluster via neo4j:// routing): reads on read
// sessions, writes in managed write transactions (retried by the driver on transient errors).
import neo4j, { type Driver } from 'neo4j-driver';
import { CadreError } from '../../model/errors';
import type { CypherRunner, Params, Row, Run } from './cypher-store';

export interface Neo4jOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Neo4j integers become numbers (counts here are far below 2^53); lists and maps recursively. */
function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && v.constructor === Object) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

// SKIP and LIMIT must be integers to Neo4j; JavaScript numbers arrive as floats.
function toNeo4jParams(params: Params = {}): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (k === 'limit' || k === 'offset') && typeof v === 'number' ? neo4j.int(v) : v]));
}

const toRows = (records: Array<{ keys: PropertyKey[]; get(k: PropertyKey): unknown }>): Row[] =>
  records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), plain(r.get(k))])));

export class Neo4jRunner implements CypherRunner {
  private constructor(private readonly driver: Driver, private readonly database: string | undefined) {}

  static async open(options: Neo4jOptions): Promise<Neo4jRunner> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? ''), { disableLosslessIntegers: false });
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (e) {
      await driver.close();
      throw new CadreError('STORE_UNAVAILABLE', `cannot reach Neo4j at ${options.uri}: ${(e as Error).message.split('\n')[0]}`);
    }
    return new Neo4jRunner(driver, options.database);
  }

  read: Run = async (query, params) => {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => toRows((await tx.run(query, toNeo4jParams(params))).records));
    } finally {
      await session.close();
    }
  };

  async command(query: string, params?: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return toRows((await session.run(query, toNeo4jParams(params))).records);
    } finally {
      await session.close();
    }
  }

  async transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(async (q, p) => toRows((await tx.run(q, toNeo4jParams(p))).records)));
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
