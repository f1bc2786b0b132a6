/**
 * Markdown with YAML front matter: the metadata a static site or a second editor
 * needs above the line, the reader's text below it. Subheads are ## and ###, key
 * takeaways are ✔ list items, pull quotes are block quotes ending in "— who".
 */
import { bylineOf } from '../model';
import { exportBody, linkSegments, type Block, type Inline } from './blocks';
import { escapeMarkdown, escapeMarkdownLineStart, yamlString } from './escape';
import { teaserTime } from './teaserTime';
import type { ExportInput } from './types';

export function storyMarkdown(input: ExportInput): string {
  const { story, related } = input;
  const { blocks } = exportBody(story.body, { withReadNext: related.length > 0 });
  const parts = blocks.map((block) => blockMarkdown(block, input)).filter((text) => text.length > 0);
  if (related.length > 0 && !blocks.some((block) => block.type === 'readNext')) parts.push(readNextMarkdown('Read next', input));
  return `${frontMatter(input)}\n${parts.join('\n\n')}\n`;
}

function frontMatter({ story }: ExportInput): string {
  const lines = ['---'];
  const field = (key: string, value: string) => lines.push(`${key}: ${yamlString(value)}`);
  field('slug', story.slug);
  field('headline', story.headline.trim());
  if (story.headlineVariants.seo.trim()) field('seo_headline', story.headlineVariants.seo.trim());
  if (story.headlineVariants.social.trim()) field('social_headline', story.headlineVariants.social.trim());
  field('dek', story.dek.trim());
  field('byline', bylineOf(story.authors));
  lines.push(`authors: [${story.authors.filter((a) => a.trim()).map((a) => yamlString(a.trim())).join(', ')}]`);
  lines.push('dateline:', `  place: ${yamlString(story.dateline.place.trim())}`, `  date: ${yamlString(story.dateline.date)}`);
  field('section', story.section.trim());
  lines.push(`keywords: [${story.keywords.filter((k) => k.trim()).map((k) => yamlString(k.trim())).join(', ')}]`);
  field('language', story.language);
  if (story.genre.trim()) field('genre', story.genre.trim());
  if (story.urgency !== null) lines.push(`urgency: ${story.urgency}`);
  field('status', story.status);
  if (story.embargo) field('embargo', story.embargo);
  field('created', story.createdAt);
  field('updated', story.updatedAt);
  if (story.copyright.trim()) field('copyright', story.copyright.trim());
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

function blockMarkdown(block: Block, input: ExportInput, indent = ''): string {
  switch (block.type) {
    case 'paragraph':
      return prefixLines(escapeMarkdownLineStart(inlinesMarkdown(block.content)), indent);
    case 'subhead':
      return `${'#'.repeat(block.level)} ${inlinesMarkdown(block.content)}`;
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '- ';
          const pad = ' '.repeat(marker.length);
          const [first, ...rest] = item.map((child) => blockMarkdown(child, input, pad).trimStart());
          return [`${indent}${marker}${first ?? ''}`, ...rest.map((text) => prefixLines(text, indent + pad))].join('\n');
        })
        .join('\n');
    case 'takeaways':
      return block.items.map((item) => `${indent}- ✔ ${inlinesMarkdown(item)}`).join('\n');
    case 'pullQuote': {
      const quote = `> ${inlinesMarkdown(block.quote)}`;
      return block.attribution.length > 0 ? `${quote}\n>\n> — ${inlinesMarkdown(block.attribution)}` : quote;
    }
    case 'rule':
      return '* * *';
    case 'readNext':
      return readNextMarkdown(block.title, input);
  }
}

function readNextMarkdown(title: string, { related, options }: ExportInput): string {
  if (related.length === 0) return '';
  const items = related.map((teaser) => {
    const time = teaserTime(teaser.time, options);
    const headline = teaser.url && /^https?:\/\//i.test(teaser.url) ? `[${escapeMarkdown(teaser.headline)}](<${teaser.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : escapeMarkdown(teaser.headline);
    return `- ${time ? `**${escapeMarkdown(time.label)}** ` : ''}${headline}`;
  });
  return `## ${escapeMarkdown(title)}\n\n${items.join('\n')}`;
}

function prefixLines(text: string, indent: string): string {
  return indent ? text.split('\n').map((line) => (line ? indent + line : line)).join('\n') : text;
}

export function inlinesMarkdown(content: readonly Inline[]): string {
  return linkSegments(content)
    .map(({ href, content: runs }) => {
      const label = runs.map(inlineMarkdown).join('');
      return href ? `[${label}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : label;
    })
    .join('');
}

function inlineMarkdown(inline: Inline): string {
  if (inline.type === 'break') return '\\\n';
  if (inline.type === 'tk') return '**TK**';
  let text = escapeMarkdown(inline.text);
  // Emphasis markers must hug the words: move surrounding spaces outside them.
  const wrap = (marker: string) => {
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    if (match[2]) text = `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
  };
  if (inline.italic) wrap('*');
  if (inline.bold) wrap('**');
  return text;
}
