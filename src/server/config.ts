// What an operator can set about the HTTP server, from the environment (read once, at start) or
// from code (tests). A value that does not parse is a one-line error naming the variable.
import { CadreError } from '../model/errors';
import { MAX_BODY_BYTES } from '../api/limits';
import { DEFAULT_STALE_MONTHS } from '../tenures';

export interface ServerConfig {
  /** Host names (no port) the server answers to besides the local ones; '*' turns the check off. */
  allowedHosts: readonly string[] | '*';
  /** Requests per client address per window; 0 turns the limit off. */
  rateLimit: { max: number; windowMs: number };
  /** Fastify's trustProxy: false, true (any), or the proxies' addresses and CIDR ranges. */
  trustProxy: boolean | string[];
  maxConnections: number;
  /** A whole request (headers and body) must arrive and be answered within this. */
  requestTimeoutMs: number;
  /** The headers must arrive within this (slow-header clients). */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all is closed after this. */
  connectionTimeoutMs: number;
  bodyLimitBytes: number;
  /** Requests are answered 503 while the event loop lags more than this; 0 turns it off. */
  maxEventLoopDelayMs: number;
  /** On shutdown, requests still running after this are cut. */
  shutdownTimeoutMs: number;
  /** A tenure not cited for this many months before a date is UNKNOWN on it, not HOLDING. */
  staleMonths: number;
}

/** Names that reach this machine only: a browser tricked by DNS rebinding never sends them. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const DEFAULT_CONFIG: ServerConfig = {
  allowedHosts: [],
  rateLimit: { max: 600, windowMs: 60_000 },
  trustProxy: false,
  maxConnections: 256,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  connectionTimeoutMs: 60_000,
  bodyLimitBytes: MAX_BODY_BYTES,
  maxEventLoopDelayMs: 1_000,
  shutdownTimeoutMs: 10_000,
  staleMonths: DEFAULT_STALE_MONTHS,
};

function wholeNumber(env: NodeJS.ProcessEnv, name: string, what: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new CadreError('BAD_INPUT', `${name} must be ${what} (got ${JSON.stringify(raw)})`);
  return Number(raw);
}

const list = (raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean);

/** "Example.org:4000" -> "example.org", "::1" -> "[::1]": names and Host headers compared in one form. */
export function normalizeHostName(name: string): string {
  const n = name.trim().toLowerCase();
  if (n.startsWith('[')) return n.slice(0, n.indexOf(']') + 1);
  if ((n.match(/:/g) ?? []).length > 1) return `[${n}]`;
  return n.replace(/:\d*$/, '').replace(/\.$/, '');
}

function trustProxyFrom(raw: string | undefined): ServerConfig['trustProxy'] | undefined {
  const v = raw?.trim();
  if (!v) return undefined;
  if (v === 'true' || v === 'false') return v === 'true';
  return list(v);
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const hosts = env.CADREGRAPH_ALLOWED_HOSTS?.trim();
  const rate = wholeNumber(env, 'CADREGRAPH_RATE_LIMIT', 'a number of requests per minute (0 for no limit)');
  const seconds = (name: string) => {
    const s = wholeNumber(env, name, 'a number of seconds');
    return s === undefined ? undefined : s * 1000;
  };
  const d = DEFAULT_CONFIG;
  return {
    ...d,
    allowedHosts: hosts === '*' ? '*' : hosts ? list(hosts).map(normalizeHostName) : d.allowedHosts,
    rateLimit: rate === undefined ? d.rateLimit : { max: rate, windowMs: 60_000 },
    trustProxy: trustProxyFrom(env.CADREGRAPH_TRUST_PROXY) ?? d.trustProxy,
    maxConnections: wholeNumber(env, 'CADREGRAPH_MAX_CONNECTIONS', 'a number of connections') ?? d.maxConnections,
    requestTimeoutMs: seconds('CADREGRAPH_REQUEST_TIMEOUT') ?? d.requestTimeoutMs,
    shutdownTimeoutMs: seconds('CADREGRAPH_SHUTDOWN_TIMEOUT') ?? d.shutdownTimeoutMs,
    staleMonths: wholeNumber(env, 'CADREGRAPH_STALE_MONTHS', 'a number of months') ?? d.staleMonths,
  };
}
