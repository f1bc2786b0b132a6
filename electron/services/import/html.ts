import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StoryFields } from '../../../story/model';
import { decodeText, plural } from '../../../story/import/encoding';
import { fieldsFromMetadata } from '../../../story/import/metadata';
import { ImportError, type ImportInput, type ImportedStory } from '../../../story/import/types';
import { docFromSanitizedHtml, type ConversionReport } from './htmlToDoc';
import { IMPORT_LIMITS } from './limits';
import { sanitizeHtml, stripAttributes } from './sanitize';

export interface HtmlImportOptions {
  /**
   * Find the article with Readability (a saved web page) or take all of it (a pasted
   * snippet). 'auto' takes the article when the HTML is a whole page with more text
   * than a snippet, and falls back to all of it when no article is found.
   */
  extract?: 'article' | 'all' | 'auto';
}

/** Fewer characters of text than this and a paste is a snippet, taken whole. */
const SNIPPET_CHARS = 1500;

/**
 * A saved web page: the article found by Readability on a linkedom DOM, its title,
 * byline, date, site and excerpt mapped to the story's fields, sanitized by DOMPurify,
 * then parsed into the news schema. Scripts, event handlers, frames and `javascript:`
 * links never reach the story; the report says how many were removed.
 */
export function importHtml({ fileName, bytes }: ImportInput, options: HtmlImportOptions = {}): ImportedStory {
  if (bytes.length === 0) throw new ImportError('empty', fileName, 'the file is empty.');
  const decoded = decodeText(bytes, fileName, declaredCharset(bytes));
  return importHtmlText(decoded.text, fileName, { ...options, warnings: decoded.warnings });
}

export function importHtmlText(html: string, fileName: string, options: HtmlImportOptions & { warnings?: string[] } = {}): ImportedStory {
  return readHtml(html, fileName, options).story;
}

/**
 * HTML pasted into an empty story, read as a web page when it is one: the story when
 * Readability finds an article in it, null for a snippet (the editor pastes that itself,
 * with its own handling of Word and Google Docs clipboards).
 */
export function importPastedArticle(html: string, fileName: string): ImportedStory | null {
  const { story, articleFound } = readHtml(html, fileName, { extract: 'auto' });
  return articleFound ? story : null;
}

function readHtml(html: string, fileName: string, options: HtmlImportOptions & { warnings?: string[] }): { story: ImportedStory; articleFound: boolean } {
  const report: ConversionReport = { warnings: [...(options.warnings ?? [])], leftOut: [] };
  if (!html.trim()) throw new ImportError('empty', fileName, 'the file holds no text.');
  precheckShape(html, fileName);
  const { document } = parseHTML(wrapFragment(html));
  const { hostile, meta: metaTags } = walkPage(document, fileName);
  const pageMeta = pageMetadata(document, metaTags);
  useCanonicalAsBase(document, pageMeta.url);

  const mode = options.extract ?? 'article';
  const tryArticle = mode === 'article' || (mode === 'auto' && (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length >= SNIPPET_CHARS);
  let article: ReturnType<Readability<string>['parse']> = null;
  if (tryArticle) {
    try {
      article = new Readability(document as unknown as Document, {
        maxElemsToParse: IMPORT_LIMITS.maxHtmlElements,
        serializer: (element) => {
          stripAttributes(element as Element);
          return (element as Element).innerHTML;
        },
      }).parse();
    } catch (error) {
      report.warnings.push(`No article could be picked out of the page (${(error as Error).message}); all of its text was imported.`);
    }
    if (tryArticle && !article?.content && !report.warnings.some((w) => w.startsWith('No article'))) {
      report.warnings.push('No article was recognised on the page; all of its text was imported.');
    }
  }
  if (!article?.content && document.body) stripAttributes(document.body);
  const content = article?.content ?? document.body?.innerHTML ?? '';
  const formulas = content.match(/<math[\s>]/gi)?.length ?? 0;
  if (formulas > 0) report.leftOut.push(`${plural(formulas, 'math formula')} (a story cannot hold formulas)`);
  const { body, removed } = sanitizeHtml(content);
  const title = article?.title?.trim() || pageMeta.title;
  dropTitleHeading(body, title);
  const doc = docFromSanitizedHtml(body, report);
  if (!doc.content.some((node) => (node.content?.length ?? 0) > 0)) {
    throw new ImportError('empty', fileName, 'no readable text was found in the page.');
  }
  if (hostile.length > 0) report.leftOut.push(`scripts and active content: ${hostile.join(', ')}`);
  else if (removed > 0 && !article) report.leftOut.push(`${plural(removed, 'unsafe element or attribute')} removed`);

  const raw: Record<string, unknown> = {
    headline: title,
    authors: article?.byline || pageMeta.author,
    dek: dekFrom(article?.excerpt ?? pageMeta.description, doc.content),
    date: article?.publishedTime || pageMeta.published,
    language: article?.lang || pageMeta.language,
    keywords: pageMeta.keywords,
    section: pageMeta.section,
    editorsNote: provenance(article?.siteName || pageMeta.siteName, pageMeta.url, article?.publishedTime || pageMeta.published),
  };
  const meta = fieldsFromMetadata(raw, 'page');
  const fields: Partial<StoryFields> = meta.fields;
  const story: ImportedStory = {
    fields: { ...fields, body: doc },
    warnings: [...report.warnings, ...meta.warnings],
    leftOut: report.leftOut,
    needsHeadline: !fields.headline,
    format: 'html',
  };
  return { story, articleFound: Boolean(article?.content) };
}

/** A fragment (a paste, a `.html` holding only `<p>`s) gets a document around it so both parse the same. */
function wrapFragment(html: string): string {
  return /<html[\s>]|<body[\s>]|<!doctype/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Elements that never nest: void ones, and those an HTML parser closes when the next one opens. */
const NOT_NESTING = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr', 'keygen', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'plaintext', 'template']);

/**
 * One linear pass over the markup before any parser runs: a flood of elements or a
 * nesting bomb is refused here, because linkedom's parser slows down sharply on very
 * deep trees (20,000 levels take seconds). Counts start tags and estimates depth from
 * start and end tags, skipping raw-text elements and tags that never nest.
 */
function precheckShape(html: string, fileName: string): void {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let tags = 0;
  let depth = 0;
  let lower: string | undefined;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      if (!NOT_NESTING.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++tags > IMPORT_LIMITS.maxHtmlElements) throw tooManyElements(fileName);
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (!match[3] && !NOT_NESTING.has(name) && ++depth > IMPORT_LIMITS.maxHtmlDepth) throw tooDeep(fileName);
  }
}

function tooManyElements(fileName: string): ImportError {
  return new ImportError('too_complex', fileName, `the page has more than ${IMPORT_LIMITS.maxHtmlElements.toLocaleString('en')} elements.`);
}

function tooDeep(fileName: string): ImportError {
  return new ImportError('too_complex', fileName, `the page is nested more than ${IMPORT_LIMITS.maxHtmlDepth} levels deep, which no real page is.`);
}

/**
 * One walk over the parsed page: refuses it when its element count or nesting would make
 * the parsers work without end (exactly, after parsing), and counts what could run code
 * there for the report ("2 scripts, 5 event handlers, 1 embedded frame, 1 script link").
 */
function walkPage(document: Document, fileName: string): { hostile: string[]; meta: Map<string, string> } {
  const root = document.documentElement;
  if (!root) throw new ImportError('corrupt', fileName, 'this is not a readable web page.');
  const counts = { script: 0, 'event handler': 0, 'embedded frame': 0, 'script link': 0 };
  const meta = new Map<string, string>();
  const stack: { element: Element; depth: number }[] = [{ element: root, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    count += 1;
    if (count > IMPORT_LIMITS.maxHtmlElements) throw tooManyElements(fileName);
    if (depth > IMPORT_LIMITS.maxHtmlDepth) throw tooDeep(fileName);
    const tag = element.localName;
    if (tag === 'script') counts.script += 1;
    else if (tag === 'iframe' || tag === 'frame' || tag === 'object' || tag === 'embed') counts['embedded frame'] += 1;
    else if (tag === 'meta') {
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))?.toLowerCase();
      const content = element.getAttribute('content')?.trim();
      if (key && content) meta.set(key, meta.has(key) ? `${meta.get(key)}\u0000${content}` : content);
    } else if (tag === 'link' && element.getAttribute('rel')?.toLowerCase() === 'canonical') meta.set('canonical', element.getAttribute('href')?.trim() ?? '');
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) counts['event handler'] += 1;
      // oxlint-disable-next-line no-control-regex -- browsers ignore leading controls in URLs, and so must the check
      else if (/^(?:href|src|action|formaction|xlink:href|data)$/i.test(name) && /^[\u0000-\u0020]*(?:javascript|vbscript|data:text\/html)/i.test(element.getAttribute(name) ?? '')) counts['script link'] += 1;
    }
    // Last child first, so that elements come off the stack in document order.
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push({ element: child, depth: depth + 1 });
  }
  const hostile = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => plural(n, what));
  return { hostile, meta };
}

interface PageMetadata {
  title: string;
  author?: string;
  description?: string;
  published?: string;
  language?: string;
  keywords?: string;
  section?: string;
  siteName?: string;
  url?: string;
}

function pageMetadata(document: Document, tags: Map<string, string>): PageMetadata {
  const meta = (...names: string[]) => names.map((name) => tags.get(name.toLowerCase())?.split('\u0000')[0]).find(Boolean);
  const canonical = tags.get('canonical') || meta('og:url');
  const articleTags = tags.get('article:tag')?.split('\u0000');
  return {
    title: (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    author: meta('author', 'article:author', 'byl', 'dc.creator'),
    description: meta('description', 'og:description', 'twitter:description'),
    published: meta('article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
    language: document.documentElement?.getAttribute('lang') ?? meta('og:locale', 'language'),
    keywords: articleTags ? articleTags.join(', ') : meta('keywords', 'news_keywords'),
    section: meta('article:section'),
    siteName: meta('og:site_name', 'application-name'),
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
  };
}

/** Relative links and images of a saved page resolve against its own address. */
function useCanonicalAsBase(document: Document, url: string | undefined): void {
  if (!url || document.querySelector('base[href]') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.prepend(base);
}

/** Readability's excerpt falls back to the first paragraph; that is the lede, not a dek. */
function dekFrom(excerpt: string | undefined, content: { content?: { text?: string }[] }[]): string | undefined {
  const dek = excerpt?.replace(/\s+/g, ' ').trim();
  if (!dek) return undefined;
  const lede = (content.find((node) => node.content?.length)?.content ?? []).map((node) => node.text ?? '').join('');
  return lede.startsWith(dek.slice(0, 60)) ? undefined : dek;
}

function dropTitleHeading(body: HTMLElement, title: string): void {
  const first = body.querySelector('h1, h2');
  if (first && title && first.textContent?.replace(/\s+/g, ' ').trim() === title) first.remove();
}

function provenance(site: string | undefined, url: string | undefined, published: string | undefined): string | undefined {
  if (!site && !url) return undefined;
  const where = [site, url].filter(Boolean).join(', ');
  return `Imported from a web page (${where})${published ? `, published ${published}` : ''}.`;
}

/** `<meta charset>` or its http-equiv form, in the first 4 KB, read as ASCII. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
