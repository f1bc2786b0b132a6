import { z } from 'zod';
import type { DocJSON } from '../../../story/document';
import { STORY_STATUSES, type Story, type StorySummary } from '../../../story/model';
import type { StoryEvent } from '../../../story/history';
import { returns } from '../methodDef';

export const storyId = z.uuid({ error: 'must be a story id' });
export const shortText = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `may hold at most ${max} entries` });

/** The shape only; the story schema checks the document itself in the service. */
export const docJson = z.custom<DocJSON>(
  (value) => typeof value === 'object' && value !== null && (value as DocJSON).type === 'doc' && Array.isArray((value as DocJSON).content),
  { error: 'must be a document ({"type": "doc", "content": [...]})' },
);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const relatedItem = z.strictObject({
  storyId: storyId.optional(),
  headline: shortText(500),
  time: shortText(40).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
});

/** Every editable field of a story, each optional: a save sends what changed. */
export const storyChanges = z.strictObject({
  slug: z
    .string()
    .max(80, { error: 'must be at most 80 characters' })
    .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), { error: 'may hold only lower-case letters, digits and single hyphens (e.g. "harbour-ferry")' })
    .optional(),
  headline: shortText(500).optional(),
  headlineVariants: z.strictObject({ seo: shortText(500), social: shortText(500) }).optional(),
  dek: shortText(2000).optional(),
  authors: list(shortText(200), 30).optional(),
  dateline: z
    .strictObject({
      place: shortText(200),
      date: z.union([z.literal(''), z.iso.date({ error: 'must be a date (YYYY-MM-DD)' })]),
    })
    .optional(),
  section: shortText(120).optional(),
  keywords: list(shortText(100), 100).optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en" or "en-GB"' })
    .optional(),
  urgency: z.int({ error: 'must be a whole number from 1 to 9' }).min(1, { error: 'must be from 1 to 9' }).max(9, { error: 'must be from 1 to 9' }).nullable().optional(),
  genre: shortText(120).optional(),
  embargo: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).nullable().optional(),
  editorsNote: shortText(20_000).optional(),
  copyright: shortText(1000).optional(),
  usageTerms: shortText(4000).optional(),
  status: z.enum(STORY_STATUSES).optional(),
  body: docJson.optional(),
  related: list(relatedItem, 50).optional(),
});

export interface SaveResult {
  id: string;
  version: number;
  updatedAt: string;
  wordCount: number;
}

const STORY_MAX_BYTES = 16 * 1024 * 1024;

export const storyMethods = {
  listStories: returns<StorySummary[]>()({
    kind: 'read',
    input: z.strictObject({
      limit: z.int().min(1).max(1000).default(200),
      offset: z.int().min(0).default(0),
    }),
  }),
  getStory: returns<Story>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
  /** The story's history, oldest first. */
  listStoryEvents: returns<StoryEvent[]>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
  createStory: returns<Story>()({
    kind: 'write',
    input: storyChanges.omit({ status: true }),
    maxBytes: STORY_MAX_BYTES,
  }),
  saveStory: returns<SaveResult>()({
    kind: 'write',
    input: z.strictObject({
      id: storyId,
      /** The version the edit was made on; a different stored version is a conflict. */
      baseVersion: z.int().min(1),
      changes: storyChanges,
    }),
    maxBytes: STORY_MAX_BYTES,
  }),
};
