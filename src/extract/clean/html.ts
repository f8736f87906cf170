import { Readability } from '@mozilla/readability';

// linkedom takes about a quarter of a second to load: only a run that reads an HTML page pays for it.
let linkedom: typeof import('linkedom') | null = null;
const parseHTML = (html: string) => (linkedom ??= require('linkedom') as typeof import('linkedom')).parseHTML(html);

// Saved pages: Readability finds the article body; we turn its block structure into lines so
// the text stages see paragraphs, captions and bylines as they were laid out.

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** The page's own address (canonical link or og:url): it tells the site, and so the province. */
  url: string | null;
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BR', 'FIGCAPTION', 'FIGURE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'HEADER', 'FOOTER', 'TD']);

function blockText(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push((child.textContent ?? '').replace(/\s+/g, ' '));
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
      if (BLOCK.has(tag)) out.push('\n');
      blockText(child, out);
      if (BLOCK.has(tag)) out.push('\n');
    }
  }
}

function metaContent(doc: Document, names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v) return v.trim();
  }
  return null;
}

// Readability's cost grows faster than the depth of the markup (1,500 nested <div>s took half a
// minute): a page nested deeper than any real layout is read as flat text instead.
export const MAX_MARKUP_DEPTH = 256;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

/** Deepest nesting of elements, in one pass over the source (unclosed tags count as open). */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2].toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

const BLOCK_TAG = new RegExp(`<\\/?(${[...BLOCK].join('|')})\\b[^>]*>`, 'gi');

/** The page's text with block elements as line breaks and no structure: linear in its size. */
function flatText(html: string): string {
  const flat = html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ' ');
  const { document } = parseHTML(`<!doctype html><html><body><pre>${flat.replace(/</g, '&lt;')}</pre></body></html>`);
  return document.body?.textContent ?? '';
}

/** Any tag at all: a saved ".html" file that holds plain text is read as text. */
export const hasMarkup = (text: string) => /<\/?[a-zA-Z][^>]*>/.test(text);

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<\/(p|div|article)>/i.test(text.slice(0, 20000));
}

export function htmlToArticle(html: string): HtmlArticle {
  if (markupDepth(html) > MAX_MARKUP_DEPTH) {
    const lines = flatText(html).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { text: lines.join('\n'), title: null, byline: null, publishedAt: null, url: null };
  }
  // A fragment ("<td>…", "</div>") has no document element of its own, which Readability needs.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const published = metaContent(document as unknown as Document, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date']);
  const canonical = (document as unknown as Document).querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(document as unknown as Document, ['og:url']);
  const url = canonical && /^https?:\/\//i.test(canonical) ? canonical : null;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { document: body } = parseHTML(`<html><body>${article?.content ?? (document as unknown as Document).body?.innerHTML ?? ''}</body></html>`);
  const parts: string[] = [];
  blockText(body.body as unknown as Node, parts);
  const lines = parts.join('').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = article?.title?.trim() || null;
  if (title && lines[0] !== title) lines.unshift(title);
  if (article?.byline && !lines.slice(-3).some((l) => l.includes(article.byline!))) lines.push(`Tác giả: ${article.byline.trim()}`);
  const iso = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1] ?? null : null;
  return { text: lines.join('\n'), title, byline: article?.byline ?? null, publishedAt: iso, url };
}
