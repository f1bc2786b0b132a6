/**
 * Wire text: the plain-text layout agencies send. Slug line, headline, byline,
 * the dateline running into the lede ("VALMERE, Nov. 26 — The port…"), one blank
 * line between paragraphs, and the end mark. No markup, nothing for the web page
 * (teasers, comment prompt) and nothing for the newsroom only (editor's notes).
 */
import { exportBody, inlineText, type Block } from './blocks';
import { bylineLine, headlineOf, wireDateline } from './storyText';
import type { ExportInput } from './types';

export const WIRE_END_MARK = 'ENDS';

export function storyWireText({ story }: ExportInput): string {
  const { blocks } = exportBody(story.body, { withReadNext: false });
  const slugLine = [story.slug || 'no-slug', story.urgency !== null ? `urgency ${story.urgency}` : '', story.section.trim()].filter(Boolean).join(' | ');
  const top = [slugLine];
  if (story.embargo) top.push(`EMBARGOED UNTIL ${story.embargo}`);
  top.push(headlineOf(story));
  const byline = bylineLine(story);
  if (byline) top.push(byline);

  const paragraphs = blocks.map(blockText).filter((text) => text.trim().length > 0);
  const dateline = wireDateline(story);
  if (dateline) {
    const first = blocks[0]?.type === 'paragraph' && paragraphs.length > 0;
    if (first) paragraphs[0] = `${dateline} — ${paragraphs[0]}`;
    else paragraphs.unshift(`${dateline} —`);
  }
  return `${[top.join('\n'), ...paragraphs, WIRE_END_MARK].join('\n\n')}\n`;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return clean(inlineText(block.content));
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${block.start + index}.` : '*'} ${item.map(blockText).join(' ')}`).join('\n');
    case 'takeaways':
      return block.items.map((item) => `✔ ${clean(inlineText(item))}`).join('\n');
    case 'pullQuote': {
      const attribution = clean(inlineText(block.attribution));
      return `“${clean(inlineText(block.quote)).replace(/^["“]|["”]$/g, '')}”${attribution ? ` — ${attribution}` : ''}`;
    }
    case 'rule':
      return '* * *';
    case 'readNext':
      return '';
  }
}

/** One line per paragraph: collapse runs of spaces and line breaks. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
