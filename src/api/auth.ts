// API keys from the environment: CADREGRAPH_API_KEYS allow mutations; when CADREGRAPH_READ_KEYS
// is set, reads need a key too (either kind). Keys travel as "Authorization: Bearer <key>".
import { timingSafeEqual } from 'crypto';

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
const oneOf = (key: string | null, keys: string[]) => !!key && keys.some((k) => same(k, key));

export function access(keys: KeyConfig, key: string | null): { canRead: boolean; canWrite: boolean } {
  const canWrite = oneOf(key, keys.writeKeys);
  return { canWrite, canRead: keys.readKeys.length === 0 || canWrite || oneOf(key, keys.readKeys) };
}
