// API keys from the environment: CADREGRAPH_API_KEYS allow mutations; when CADREGRAPH_READ_KEYS
// is set, reads need a key too (either kind). Keys travel as "Authorization: Bearer <key>". A key
// may be given a name ("lan=s3cret"): merge reviews record who decided by that name.
import { createHash, timingSafeEqual } from 'crypto';

export interface KeyConfig {
  writeKeys: string[];
  readKeys: string[];
}

const list = (v: string | undefined) => (v ?? '').split(',').map((k) => k.trim()).filter(Boolean);

export function keysFromEnv(env: NodeJS.ProcessEnv = process.env): KeyConfig {
  return { writeKeys: list(env.CADREGRAPH_API_KEYS), readKeys: list(env.CADREGRAPH_READ_KEYS) };
}

export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const secretOf = (entry: string) => entry.slice(entry.indexOf('=') + 1);
const oneOf = (key: string | null, keys: string[]) => (key ? keys.find((k) => same(secretOf(k), key)) ?? null : null);
/** The key's name, or for an unnamed key a short digest that identifies it without revealing it. */
const nameOf = (entry: string) =>
  entry.includes('=') ? entry.slice(0, entry.indexOf('=')) : `key-${createHash('sha256').update(entry).digest('hex').slice(0, 8)}`;

export function access(keys: KeyConfig, key: string | null): { canRead: boolean; canWrite: boolean; keyName: string | null } {
  const writer = oneOf(key, keys.writeKeys);
  const canWrite = writer !== null;
  return { canWrite, canRead: keys.readKeys.length === 0 || canWrite || oneOf(key, keys.readKeys) !== null, keyName: writer ? nameOf(writer) : null };
}
