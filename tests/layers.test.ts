// The house's one-way imports (shared/ARCHITECTURE.md, "Imports run one way"): each folder of src/
// imports only what lies below it. A forbidden import fails here, naming the file and the import.
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { ROOT } from './helpers/cli';

const SRC = join(ROOT, 'src');

/** What each folder may import besides itself. cli/ wires everything and may import anything. */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  text: [],
  lexicon: ['model', 'text'],
  extract: ['model', 'text', 'lexicon'],
  tenures: ['model', 'text', 'lexicon'],
  export: ['model', 'text'],
  generate: ['model', 'text', 'lexicon'],
  sources: ['model', 'text', 'lexicon', 'extract'],
  store: ['model', 'text', 'lexicon', 'tenures'],
  workers: ['model', 'text', 'lexicon', 'extract'],
  ingest: ['model', 'text', 'lexicon', 'extract', 'sources', 'store', 'workers'],
  api: ['model', 'text', 'lexicon', 'tenures', 'extract', 'store', 'workers', 'ingest'],
  server: ['model', 'text', 'lexicon', 'tenures', 'export', 'store', 'api'],
  dashboard: ['export'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports of a file, as paths under src/ ("store/sqlite/open"). */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g)].map((m) => relative(SRC, resolve(dirname(file), m[1])));

const files = sources(SRC);
const folderOf = (path: string) => path.split('/')[0];

it('every folder of src/ is listed here (a new stage says where it stands)', () => {
  const folders = new Set(files.map((f) => folderOf(relative(SRC, f))).filter((f) => !f.includes('.')));
  expect([...folders].filter((f) => f !== 'cli' && !(f in MAY_IMPORT))).toEqual([]);
});

/** The imports (paths under src/) that a file at `path` under src/ may not make. */
function forbidden(path: string, imports: string[]): string[] {
  const from = folderOf(path);
  const allowed = MAY_IMPORT[from];
  if (!allowed) return [];
  return imports.filter((i) => !i.startsWith('..') && folderOf(i) !== from && !allowed.includes(folderOf(i)));
}

it('each folder imports only what lies below it', () => {
  const bad = files.flatMap((f) => forbidden(relative(SRC, f), importsOf(f)).map((i) => `${relative(ROOT, f)} -> src/${i}`));
  expect(bad).toEqual([]);
});

it('only store/index.ts names an engine; the engines never import each other', () => {
  const bad = files.flatMap((f) => {
    const path = relative(SRC, f);
    return importsOf(f)
      .filter((i) => /^store\/(sqlite|neo4j)\//.test(i) && !(path === 'store/index.ts' || path.startsWith(i.split('/').slice(0, 2).join('/') + '/')) && folderOf(path) !== 'cli')
      .map((i) => `${path} -> src/${i}`);
  });
  expect(bad).toEqual([]);
});

it('api/ and server/ know the store by its interface, and api/ knows no HTTP framework', () => {
  const bad = files.flatMap((f) => {
    const path = relative(SRC, f);
    const from = folderOf(path);
    if (from !== 'api' && from !== 'server') return [];
    const text = readFileSync(f, 'utf8');
    return [
      ...importsOf(f).filter((i) => i === 'store' || i === 'store/index').map((i) => `${path} -> src/${i}`),
      ...(from === 'api' && /from\s*['"](fastify|@fastify\/[^'"]+)['"]/.test(text) ? [`${path} -> fastify`] : []),
    ];
  });
  expect(bad).toEqual([]);
});

it('catches a forbidden import (the check is really on)', () => {
  expect(forbidden('extract/mentions/x.ts', ['store/graph-store', 'lexicon/index', 'extract/common/tokens'])).toEqual(['store/graph-store']);
  expect(forbidden('store/sqlite/x.ts', ['api/context'])).toEqual(['api/context']);
  expect(forbidden('dashboard/x.ts', ['export/csv', 'model/facts'])).toEqual(['model/facts']);
});
