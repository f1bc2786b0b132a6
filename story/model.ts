import type { DocJSON } from './document';

/** The workflow a story moves through, in newsroom order. */
export const STORY_STATUSES = ['draft', 'editing', 'fact-check', 'ready', 'published', 'killed'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export interface Dateline {
  place: string;
  /** ISO date (YYYY-MM-DD) the story is datelined, or empty. */
  date: string;
}

/** The editable fields of a story, without identity or bookkeeping. */
export interface StoryFields {
  slug: string;
  headline: string;
  dek: string;
  byline: string;
  dateline: Dateline;
  section: string;
  status: StoryStatus;
  body: DocJSON;
}

export interface Story extends StoryFields {
  id: string;
  /** Derived from the body on every save. */
  bodyText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every save; a save based on an older version is a conflict. */
  version: number;
}

/** What the library list shows for a story. */
export type StorySummary = Pick<
  Story,
  'id' | 'slug' | 'headline' | 'byline' | 'section' | 'status' | 'wordCount' | 'createdAt' | 'updatedAt' | 'version'
>;
