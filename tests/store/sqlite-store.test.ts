import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { defineStoreContract } from './store-contract';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

defineStoreContract('embedded SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-store-'));
  dirs.push(dir);
  return openEmbeddedStore(dir);
});
