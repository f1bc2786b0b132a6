import { z } from 'zod';
import { LIBRARY_SORTS, type LibraryFacets, type LibraryPage, type RelatedSuggestion, type SavedSearch } from '../../../story/library';
import { STORY_STATUSES } from '../../../story/model';
import { returns } from '../methodDef';
import { shortText, storyId } from './stories';

const instant = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' });

/** The list's filters; a capability adding one (e.g. "has unverified facts") adds its key here and in story/library.ts. */
export const libraryFilters = z.strictObject({
  statuses: z.array(z.enum(STORY_STATUSES)).max(STORY_STATUSES.length).optional(),
  section: shortText(120).optional(),
  author: shortText(200).optional(),
  keyword: shortText(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  dateField: z.enum(['updated', 'created']).optional(),
  embargoed: z.boolean().optional(),
  unverifiedFacts: z.boolean().optional(),
});

const searchText = z.string().max(500, { error: 'must be at most 500 characters' });
const savedSearchId = z.int().min(1);

export const libraryQueryMethods = {
  /** One window of the library list or the trash: filtered, sorted or searched. */
  queryLibrary: returns<LibraryPage>()({
    kind: 'read',
    input: z.strictObject({
      scope: z.enum(['library', 'trash']).default('library'),
      text: searchText.default(''),
      filters: libraryFilters.default({}),
      sort: z.enum(LIBRARY_SORTS).default('updated'),
      offset: z.int().min(0).max(10_000_000).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
  }),
  /** What the filter menus offer, with counts. */
  getLibraryFacets: returns<LibraryFacets>()({ kind: 'read', input: z.strictObject({}) }),
  /** Stories to offer as "Read next" for a story. */
  suggestRelated: returns<RelatedSuggestion[]>()({
    kind: 'read',
    input: z.strictObject({ id: storyId, limit: z.int().min(1).max(50).default(8) }),
  }),
  listSavedSearches: returns<SavedSearch[]>()({ kind: 'read', input: z.strictObject({}) }),
  createSavedSearch: returns<SavedSearch[]>()({
    kind: 'write',
    input: z.strictObject({
      name: z.string().trim().min(1, { error: 'must not be empty' }).max(80, { error: 'must be at most 80 characters' }),
      text: searchText.default(''),
      filters: libraryFilters.default({}),
      sort: z.enum(LIBRARY_SORTS).default('updated'),
    }),
  }),
  renameSavedSearch: returns<SavedSearch[]>()({
    kind: 'write',
    input: z.strictObject({ id: savedSearchId, name: z.string().trim().min(1, { error: 'must not be empty' }).max(80) }),
  }),
  deleteSavedSearch: returns<SavedSearch[]>()({ kind: 'write', input: z.strictObject({ id: savedSearchId }) }),
};
