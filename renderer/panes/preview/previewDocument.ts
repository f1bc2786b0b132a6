import type { StoryHtmlParts } from '../../../story/formats/html';
import { sanitizeStoryDocument, sanitizeStoryFragment } from './sanitize';

/** The preview's page, sanitized, in the parts the frame patches separately. */
export interface PreviewDocument {
  /** The whole page with its story body (`.story-body`) empty. */
  shell: string;
  /** The markup of each block of the story body, in order. */
  blocks: readonly string[];
}

/**
 * Sanitizes the HTML export's page for the preview, each part once: a block whose markup did not
 * change since the last page keeps its clean markup, so a keystroke in a 20,000-word story
 * sanitizes one paragraph (DOMPurify over the whole page took ~25 ms a time).
 */
export class PreviewSanitizer {
  private shell = { raw: '', clean: '' };
  private blocks = new Map<string, string>();

  document({ before, blocks, after }: StoryHtmlParts): PreviewDocument {
    const shell = before + after;
    if (shell !== this.shell.raw) this.shell = { raw: shell, clean: sanitizeStoryDocument(shell) };
    const kept = new Map<string, string>();
    const clean = blocks.map((raw) => {
      const done = kept.get(raw) ?? this.blocks.get(raw) ?? sanitizeStoryFragment(raw);
      kept.set(raw, done);
      return done;
    });
    this.blocks = kept;
    return { shell: this.shell.clean, blocks: clean };
  }
}

/** The page as one document (the frame's first `srcdoc`): the shell with its blocks in the story body. */
export function previewHtml({ shell, blocks }: PreviewDocument): string {
  const page = new DOMParser().parseFromString(shell, 'text/html');
  const body = page.querySelector('.story-body');
  if (body) body.innerHTML = `\n${blocks.join('\n')}\n`;
  return `<!DOCTYPE html>\n${page.documentElement.outerHTML}`;
}
