// api/ is the GraphQL layer and knows no HTTP framework; server/ wires it to Fastify and knows
// the store only through its interface. A forbidden import fails here.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { ROOT } from '../helpers/cli';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|js)$/.test(f) ? [p] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

it('src/api imports neither Fastify nor src/server', () => {
  const bad = sources(join(ROOT, 'src', 'api')).flatMap((f) => importsOf(f).filter((i) => /fastify/.test(i) || /^\.{1,2}\/(\.\.\/)*server(\/|$)/.test(i)).map((i) => `${relative(ROOT, f)} -> ${i}`));
  expect(bad).toEqual([]);
});

it('src/server reaches the store only through its interface', () => {
  const bad = sources(join(ROOT, 'src', 'server')).flatMap((f) => importsOf(f).filter((i) => /\/store(\/|$)/.test(i) && !/\/store\/graph-store$/.test(i)).map((i) => `${relative(ROOT, f)} -> ${i}`));
  expect(bad).toEqual([]);
});
