/**
 * The story body as markup: used by the HTML page (and so the preview), the print
 * surface, and, without fact spans, the XHTML bodies of ninjs and NewsML-G2.
 * The output is well-formed XML as well as HTML: quoted attributes, `<br />`,
 * every character of the story escaped.
 */
import { linkSegments, type Block, type Inline, type TextRun } from './blocks';
import { escapeHtml } from './escape';
import { teaserTime } from './teaserTime';
import type { RenderOptions, Teaser } from './types';

export interface BodyMarkupOptions {
  /** Keep fact spans (`<span class="fact" data-fact-id>`): the HTML page does, for the overlay and re-import. */
  factSpans: boolean;
  teasers: readonly Teaser[];
  options: Pick<RenderOptions, 'now' | 'teaserTimeStyle' | 'timeZone'>;
  /** Printed before the first paragraph: "VALMERE" becomes "VALMERE — The port…". */
  dateline?: string;
}

export function blocksMarkup(blocks: readonly Block[], settings: BodyMarkupOptions): string {
  return blockMarkups(blocks, settings).join('\n');
}

/** The markup of each block, one string per top-level element (the dateline on its own may add one). */
export function blockMarkups(blocks: readonly Block[], settings: BodyMarkupOptions): string[] {
  let datelinePending = Boolean(settings.dateline);
  const out: string[] = [];
  blocks.forEach((block, index) => {
    if (datelinePending && index === 0 && block.type === 'paragraph') {
      out.push(`<p><span class="dateline">${escapeHtml(settings.dateline!)}</span> — ${inlinesMarkup(block.content, settings)}</p>`);
      datelinePending = false;
      return;
    }
    if (datelinePending) {
      out.push(`<p class="dateline-only"><span class="dateline">${escapeHtml(settings.dateline!)}</span></p>`);
      datelinePending = false;
    }
    out.push(blockMarkup(block, settings));
  });
  return out;
}

function blockMarkup(block: Block, settings: BodyMarkupOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlinesMarkup(block.content, settings)}</p>`;
    case 'subhead':
      return `<h${block.level}>${inlinesMarkup(block.content, settings)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${item.map((child) => blockMarkup(child, settings)).join('')}</li>`).join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'takeaways':
      return `<ul class="key-takeaways" data-type="key-takeaways">${block.items.map((item) => `<li data-type="takeaway">${inlinesMarkup(item, settings)}</li>`).join('')}</ul>`;
    case 'pullQuote': {
      const caption = block.attribution.length > 0 ? `<figcaption>${inlinesMarkup(block.attribution, settings)}</figcaption>` : '';
      return `<figure class="pull-quote" data-type="pull-quote"><blockquote>${inlinesMarkup(block.quote, settings)}</blockquote>${caption}</figure>`;
    }
    case 'rule':
      return '<hr />';
    case 'readNext':
      return readNextMarkup(block.title, settings);
  }
}

/** The "Read next" block: each teaser with its time and, where it has one, its link. */
export function readNextMarkup(title: string, { teasers, options }: Pick<BodyMarkupOptions, 'teasers' | 'options'>): string {
  if (teasers.length === 0) return '';
  const items = teasers.map((teaser) => {
    const time = teaserTime(teaser.time, options);
    const timeMarkup = time ? `<time class="teaser-time"${time.iso ? ` datetime="${escapeHtml(time.iso)}"` : ''}>${escapeHtml(time.label)}</time> ` : '';
    const headline = escapeHtml(teaser.headline);
    const link = teaser.url && /^https?:\/\//i.test(teaser.url) ? `<a class="teaser-headline" href="${escapeHtml(teaser.url)}">${headline}</a>` : `<span class="teaser-headline">${headline}</span>`;
    return `<li class="teaser">${timeMarkup}${link}</li>`;
  });
  return `<section class="read-next" data-type="read-next" data-title="${escapeHtml(title)}"><h2 class="read-next-title">${escapeHtml(title)}</h2><ul class="teasers">${items.join('')}</ul></section>`;
}

/** Inline content; consecutive runs with the same link share one <a>. */
export function inlinesMarkup(content: readonly Inline[], settings: Pick<BodyMarkupOptions, 'factSpans'>): string {
  return linkSegments(content)
    .map(({ href, content: runs }) => {
      const inner = runs.map((inline) => inlineMarkup(inline, settings)).join('');
      return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${inner}</a>` : inner;
    })
    .join('');
}

function inlineMarkup(inline: Inline, settings: Pick<BodyMarkupOptions, 'factSpans'>): string {
  if (inline.type === 'break') return '<br />';
  if (inline.type === 'tk') return '<span class="tk" data-type="tk">TK</span>';
  return textMarkup(inline, settings);
}

function textMarkup(run: TextRun, { factSpans }: Pick<BodyMarkupOptions, 'factSpans'>): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (factSpans) {
    for (const factId of run.factIds.toReversed()) html = `<span class="fact" data-fact-id="${escapeHtml(factId)}">${html}</span>`;
  }
  return html;
}
