import type { DocJSON } from '../../../../story/document';
import type { StoryDraft } from '../storyDraft';

/**
 * JSON text of drafts, made fast for long stories: the body's top-level blocks are
 * shared between snapshots (see docJson.ts), so each block's text is made once and
 * reused; a keystroke re-serialises one paragraph, not the story. The result is
 * what JSON.stringify gives for a body of { type, content }.
 */
const blockText = new WeakMap<object, string>();

export function bodyJson(body: DocJSON): string {
  const blocks = body.content.map((block) => {
    let text = blockText.get(block);
    if (text === undefined) {
      text = JSON.stringify(block);
      blockText.set(block, text);
    }
    return text;
  });
  return `{"type":"doc","content":[${blocks.join(',')}]}`;
}

/** The draft as JSON (what the journal stores). */
export function draftJson(draft: StoryDraft): string {
  const { body, ...fields } = draft;
  return `${JSON.stringify(fields).slice(0, -1)},"body":${bodyJson(body)}}`;
}

/** The draft's fields in a fixed order: what is compared between the journal and the library. */
export function canonicalDraft(draft: StoryDraft): string {
  const fields = JSON.stringify([draft.slug, draft.headline, draft.dek, draft.authors, draft.dateline.place, draft.dateline.date]);
  return `${fields.slice(0, -1)},${bodyJson(draft.body)}]`;
}
