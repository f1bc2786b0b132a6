import { z } from 'zod';
import type { ImportedStory } from '../../../story/import/types';
import { returns } from '../methodDef';

/** Pasted HTML is limited to this many characters (a long article with its markup is well under 1 MB). */
export const MAX_PASTED_HTML = 8 * 1024 * 1024;

export const importingMethods = {
  /**
   * HTML pasted into an empty story, read like a saved web page: the article (sanitized,
   * in the news schema) when it is a whole page, null for a snippet, which the editor
   * pastes itself. Changes nothing in the library.
   */
  importPastedHtml: returns<ImportedStory | null>()({
    kind: 'read',
    input: z.strictObject({
      html: z.string().min(1, { error: 'must not be empty' }).max(MAX_PASTED_HTML, { error: `must be at most ${MAX_PASTED_HTML} characters` }),
    }),
    maxBytes: MAX_PASTED_HTML * 2,
  }),
};
