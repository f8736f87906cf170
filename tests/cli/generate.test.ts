import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT, runCli } from '../helpers/cli';

// `cadregraph generate` in its two modes: articles (--articles, --out) and a graph written
// straight into a new data folder (--people, --meetings, --data). Mixing them is one line.

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cli-gen-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const env = { NEO4J_URI: '' };

it('writes a graph of the size asked for into a new data folder, which the other commands read', () => {
  const data = join(tmp(), 'graph');
  const r = runCli(['generate', '--people', '120', '--meetings', '250', '--data', data], { env });
  expect(r.stderr).toMatch(/generated a graph of \d+ people and 250 meetings/);
  expect(r.status).toBe(0);
  const made = JSON.parse(r.stdout);
  expect(made.nodes.Meeting).toBe(250);
  expect(made.nodes.Person).toBeGreaterThanOrEqual(120);
  const stats = runCli(['stats', '--json', '--data', data], { env });
  expect(stats.status).toBe(0);
  expect(JSON.parse(stats.stdout)).toEqual(made);

  // A second run into the same folder changes nothing.
  const again = runCli(['generate', '--people', '10', '--meetings', '10', '--data', data], { env });
  expect(again.status).toBe(2);
  expect(again.stderr.trim().split('\n')).toHaveLength(1);
  expect(again.stderr).toMatch(/already holds a graph/);
  expect(JSON.parse(runCli(['stats', '--json', '--data', data], { env }).stdout)).toEqual(made);
});

it('still writes articles, and refuses to mix the two modes or to guess one, in one line', () => {
  const out = tmp();
  expect(runCli(['generate', '--articles', '3', '--out', out]).status).toBe(0);
  expect(readdirSync(out).filter((f) => f.endsWith('.txt'))).toHaveLength(3);

  const mixed = runCli(['generate', '--articles', '3', '--out', tmp(), '--people', '10', '--meetings', '10'], { env });
  const neither = runCli(['generate', '--seed', '3'], { env });
  const half = runCli(['generate', '--people', '10', '--data', tmp()], { env });
  const noOut = runCli(['generate', '--articles', '3'], { env });
  for (const [r, message] of [[mixed, /either articles .* or a graph/], [neither, /needs --articles N --out DIR .* or --people N --meetings M/], [half, /--meetings must be a positive whole number/], [noOut, /--out DIR/]] as const) {
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }
});

it('names both modes in its help', () => {
  const help = runCli(['generate', '--help']).stdout;
  expect(help).toMatch(/articles +--articles N --out DIR/);
  expect(help).toMatch(/graph +--people N --meetings M/);
});

it('leaves the folder as it was when interrupted', async () => {
  const data = join(tmp(), 'graph');
  const child = spawn(process.execPath, [BIN, 'generate', '--people', '20000', '--meetings', '200000', '--data', data], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Stopped once it has begun writing its file.
  while (child.exitCode === null && !(existsSync(data) && readdirSync(data).some((f) => f.endsWith('.load')))) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGTERM');
  expect(await exited).toBe('SIGTERM');
  expect(readdirSync(data)).toEqual([]);
}, 120_000);
