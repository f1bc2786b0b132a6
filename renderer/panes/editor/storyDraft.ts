import type { StoryFields } from '../../../story/model';

/** What the editor changes and autosave sends: the fields above the body, and the body. */
export type StoryDraft = Pick<StoryFields, 'slug' | 'headline' | 'dek' | 'authors' | 'dateline' | 'body'>;

export function draftOf(story: StoryFields): StoryDraft {
  const { slug, headline, dek, authors, dateline, body } = story;
  return { slug, headline, dek, authors, dateline, body };
}
