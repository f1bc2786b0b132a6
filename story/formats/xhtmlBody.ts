import { exportBody } from './blocks';
import { blocksMarkup } from './htmlBody';
import { datelinePlace } from './storyText';
import type { ExportInput } from './types';

/**
 * The body as an XHTML fragment for news exchange formats (ninjs, NewsML-G2): the
 * reader's text with its structure, no fact spans (internal ids stay home) and no
 * "Read next" block (those travel as associations or links).
 */
export function storyXhtmlBody({ story, options }: ExportInput): string {
  const { blocks } = exportBody(story.body, { withReadNext: false });
  const inner = blocksMarkup(blocks, { factSpans: false, teasers: [], options, dateline: datelinePlace(story) || undefined });
  return `<div class="story-body">${inner.replace(/\n/g, '')}</div>`;
}
