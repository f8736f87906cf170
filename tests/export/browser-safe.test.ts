// src/export is bundled into the dashboard: it must not import Node's modules, the store, or the
// graphology entry points that load @xmldom (the parsers).
import { builtinModules } from 'module';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers/cli';

const dir = join(ROOT, 'src', 'export');

it('imports nothing that only runs on Node', () => {
  const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const offenders: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
      if (nodeOnly.has(spec) || spec.includes('/store') || spec === 'graphology-gexf' || spec === 'graphology-graphml') offenders.push(`${file}: ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});
