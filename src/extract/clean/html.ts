import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

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

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<\/(p|div|article)>/i.test(text.slice(0, 20000));
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
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
