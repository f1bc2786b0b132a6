/**
 * The story as one self-contained HTML file: embedded stylesheet, schema.org JSON-LD,
 * no script and no external request (its own Content-Security-Policy says so).
 * The preview pane shows exactly this document (sanitized); the print surface is
 * the same article with the print sheet, for the PDF.
 */
import type { DocJSON, NodeJSON } from '../document';
import { bylineOf } from '../model';
import { exportBlock, exportBody } from './blocks';
import { escapeHtml, jsonForScript } from './escape';
import { blockMarkups, readNextMarkup, type BodyMarkupOptions } from './htmlBody';
import { storyStylesheet } from './htmlStyles';
import { exportClaimReviews } from './factReport';
import { newsArticleJsonLd } from './jsonLd';
import { datelinePlace, headlineOf, longDate, storyDate } from './storyText';
import type { ExportInput } from './types';

export type HtmlSurface = 'web' | 'print';

/** The page's own policy: nothing but its inline stylesheet and data: images, no base, no forms. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function storyHtml(input: ExportInput, surface: HtmlSurface = 'web'): string {
  const { before, blocks, after } = storyHtmlParts(input, surface);
  return `${before}${blocks.join('\n')}${after}`;
}

/**
 * The page cut where the body's blocks go: `before + blocks.join('\n') + after` is `storyHtml`.
 * The preview keeps each block apart so that a keystroke re-renders one paragraph, not the story.
 */
export interface StoryHtmlParts {
  before: string;
  /** One string per top-level element of the story body. */
  blocks: string[];
  after: string;
}

export interface StoryHtmlPartsOptions {
  /** False leaves out the JSON-LD (the preview's sanitizer drops every script anyway). */
  structuredData?: boolean;
  /**
   * Remembers each body block's markup by its JSON node, for a caller whose story JSON is never
   * changed in place (the renderer's live draft shares unchanged blocks between snapshots): then a
   * keystroke in a 20,000-word story makes one paragraph's markup, not the story's.
   */
  blockCache?: WeakMap<NodeJSON, string>;
}

export function storyHtmlParts(input: ExportInput, surface: HtmlSurface = 'web', { structuredData = true, blockCache }: StoryHtmlPartsOptions = {}): StoryHtmlParts {
  const { story } = input;
  const title = headlineOf(story);
  const claimReviews = structuredData ? exportClaimReviews(input) : [];
  const meta = [
    metaTag('description', story.dek.trim()),
    metaTag('author', bylineOf(story.authors)),
    metaTag('keywords', story.keywords.filter((k) => k.trim()).join(', ')),
  ].filter(Boolean);
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />`,
    '<meta name="referrer" content="no-referrer" />',
    `<title>${escapeHtml(title)}</title>`,
    ...meta,
    '<meta name="generator" content="Copydesk" />',
    `<style>${storyStylesheet(surface)}</style>`,
    ...(structuredData ? [`<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(input))}</script>`] : []),
    ...(claimReviews.length > 0 ? [`<script type="application/ld+json">${jsonForScript(claimReviews)}</script>`] : []),
  ];
  const article = articleParts(input, surface, blockCache);
  return {
    before: [`<!DOCTYPE html>`, `<html lang="${escapeHtml(story.language || 'en')}" class="surface-${surface}">`, '<head>', ...head, '</head>', '<body>', article.before].join('\n'),
    blocks: article.blocks,
    after: [article.after, '</body>', '</html>', ''].join('\n'),
  };
}

/** The <article>: header, body, "Read next", comment prompt (web only), rights. */
function articleParts(input: ExportInput, surface: HtmlSurface, blockCache?: WeakMap<NodeJSON, string>): StoryHtmlParts {
  const { story, related, options } = input;
  const settings = { factSpans: true, teasers: related, options, dateline: datelinePlace(story) || undefined };
  // Teasers with no "Read next" slot in the body go after it.
  const trailingReadNext = related.length > 0 && !story.body.content.some((node) => node.type === 'readNext') ? readNextMarkup('Read next', settings) : '';
  const prompt = surface === 'web' && options.commentPrompt?.trim() ? `<section class="comment-prompt"><h2>${escapeHtml(options.commentPrompt.trim())}</h2></section>` : '';
  const rights = [story.copyright.trim()].filter(Boolean).map((line) => `<p class="copyright">${escapeHtml(line)}</p>`);
  const footer = rights.length > 0 ? `<footer class="story-footer">${rights.join('')}</footer>` : '';
  return {
    before: ['<article class="story">', headerMarkup(input), '<div class="story-body">\n'].filter(Boolean).join('\n'),
    blocks: blockCache ? cachedBlockMarkups(story.body, settings, blockCache) : blockMarkups(exportBody(story.body, { withReadNext: related.length > 0 }).blocks, settings),
    after: ['\n</div>', trailingReadNext, prompt, footer, '</article>'].filter(Boolean).join('\n'),
  };
}

/**
 * `blockMarkups` of the body, each block's markup remembered by its node, except the first block
 * (the dateline goes into it) and "Read next" (its teasers are the story's related items).
 */
function cachedBlockMarkups(body: DocJSON, settings: BodyMarkupOptions, cache: WeakMap<NodeJSON, string>): string[] {
  const out: string[] = [];
  let first = true;
  for (const node of body.content) {
    if (node.type === 'readNext' && settings.teasers.length === 0) continue;
    const cached = first ? undefined : cache.get(node);
    if (cached !== undefined) {
      out.push(cached);
      continue;
    }
    const block = exportBlock(node);
    if (!block) continue;
    if (first) {
      out.push(...blockMarkups([block], settings));
      first = false;
      continue;
    }
    const [markup = ''] = blockMarkups([block], { ...settings, dateline: undefined });
    if (block.type !== 'readNext') cache.set(node, markup);
    out.push(markup);
  }
  return out;
}

function headerMarkup({ story }: ExportInput): string {
  const authors = story.authors.map((name) => name.trim()).filter(Boolean);
  const byline =
    authors.length > 0
      ? `<p class="byline">By ${joinNames(authors.map((name) => `<span class="author">${escapeHtml(name)}</span>`))}</p>`
      : '';
  const date = storyDate(story);
  const metaParts = [date ? `<time datetime="${escapeHtml(date)}">${escapeHtml(longDate(date))}</time>` : ''];
  if (story.embargo) metaParts.push(`<span class="embargo">Embargoed until ${escapeHtml(story.embargo)}</span>`);
  return [
    '<header class="story-header">',
    story.section.trim() ? `<p class="section">${escapeHtml(story.section.trim())}</p>` : '',
    `<h1 class="headline">${escapeHtml(headlineOf(story))}</h1>`,
    story.dek.trim() ? `<p class="dek">${escapeHtml(story.dek.trim())}</p>` : '',
    byline,
    `<p class="story-meta">${metaParts.filter(Boolean).join(' · ')}</p>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function metaTag(name: string, content: string): string {
  return content ? `<meta name="${name}" content="${escapeHtml(content)}" />` : '';
}
