import { promises as fs, readFileSync, statSync } from 'fs';
import { join, extname, basename } from 'path';
import { z } from 'zod';
import type { ArticleMeta } from '../model/facts';
import type { ArticleInput } from '../extract';
import { looksLikeHtml } from '../extract/clean/html';

// Reading articles from disk: folders, .txt/.html files, X.meta.json sidecars, and the checks that
// turn a bad file into one clear line instead of a crash.

export interface SourceItem {
  file: string;
  input?: ArticleInput;
  error?: string;
}

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
const ARTICLE_EXT = new Set(['.txt', '.html', '.htm']);

const sidecarSchema = z
  .object({
    url: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'publishedAt must start with YYYY-MM-DD').nullable().optional(),
    province: z.string().nullable().optional(),
  })
  .passthrough();

export interface Found {
  file: string;
  /** Whether X.meta.json sits beside it; undefined when not known from a folder listing. */
  hasSidecar?: boolean;
}

export async function listArticleFiles(path: string): Promise<Found[]> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isDirectory()) return [{ file: path }];
  const out: Found[] = [];
  const entries = await fs.readdir(path, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await listArticleFiles(full)));
    else if (ARTICLE_EXT.has(extname(entry.name).toLowerCase()))
      out.push({ file: full, hasSidecar: names.has(entry.name.replace(/\.(txt|html?)$/i, '.meta.json')) });
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array): { text?: string; error?: string } {
  if (bytes.length === 0) return { error: 'empty file' };
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return { error: 'binary file (contains NUL bytes), not an article' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05) return { error: 'binary file (control characters), not an article' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { error: 'not UTF-8 text (convert it to UTF-8 first, e.g. from Windows-1258 or TCVN3)' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: 'empty file (only white space)' };
  return { text };
}

// Files are read synchronously: an article and its sidecar are a few kB, and the promise API's
// round trips through the thread pool (stat, open, fstat, read, close for each) cost ten times
// the reading itself and left the command line waiting more than extracting.
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
const readOrNull = (path: string) => attempt(() => readFileSync(path));

function readSidecar(file: string, hasSidecar?: boolean): { meta?: ArticleMeta; error?: string } {
  const path = file.replace(/\.(txt|html?)$/i, '.meta.json');
  if (path === file || hasSidecar === false) return { meta: {} };
  const raw = readOrNull(path)?.toString('utf8') ?? null;
  if (raw === null) return { meta: {} };
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return { error: `${basename(path)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    return { meta: parsed.data };
  } catch (e) {
    return { error: `${basename(path)}: not valid JSON (${(e as Error).message})` };
  }
}

export async function readArticleFile(file: string, overrides: ArticleMeta = {}, hasSidecar?: boolean): Promise<SourceItem> {
  const stat = attempt(() => statSync(file));
  if (!stat) return { file, error: 'no such file' };
  if (!stat.isFile()) return { file, error: 'not a regular file' };
  if (stat.size > MAX_ARTICLE_BYTES)
    return { file, error: `file too large: ${(stat.size / 1048576).toFixed(1)} MB (an article is at most ${MAX_ARTICLE_BYTES / 1048576} MB)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, error: `could not read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const decoded = decodeArticle(bytes);
  if (decoded.error) return { file, error: decoded.error };
  const sidecar = readSidecar(file, hasSidecar);
  if (sidecar.error) return { file, error: sidecar.error };
  const text = decoded.text!;
  const ext = extname(file).toLowerCase();
  const format = ext === '.html' || ext === '.htm' || looksLikeHtml(text) ? 'html' : 'text';
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v != null));
  return { file, input: { file, text, format, meta: { ...sidecar.meta, ...defined } } };
}

/** Every article under the given paths, in order; folders are read recursively. */
export async function* readArticleSources(paths: string[], overrides: ArticleMeta = {}): AsyncIterable<SourceItem> {
  for (const p of paths) for (const f of await listArticleFiles(p)) yield readArticleFile(f.file, overrides, f.hasSidecar);
}
