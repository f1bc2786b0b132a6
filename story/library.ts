import type { StoryStatus, StorySummary } from './model';

/** How the library list can be ordered; "relevance" applies to searches only. */
export const LIBRARY_SORTS = ['updated', 'created', 'headline', 'status', 'relevance'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/**
 * What narrows the library list. Every filter is optional; they combine with AND.
 * A capability adds its own key here and one clause in db/libraryFilters.ts.
 */
export interface LibraryFilters {
  statuses?: StoryStatus[];
  section?: string;
  /** One author of the byline, matched whole and case-insensitively. */
  author?: string;
  keyword?: string;
  /** Inclusive dates (YYYY-MM-DD) on the date named by `dateField`. */
  from?: string;
  to?: string;
  dateField?: 'updated' | 'created';
  /** Only stories whose embargo has not yet lifted. */
  embargoed?: boolean;
  /** Only stories with facts still to check: unverified, disputed, false, detached or changed since verified. */
  unverifiedFacts?: boolean;
}

/** The library (live stories) or the trash. */
export type LibraryScope = 'library' | 'trash';

/** One row of the library list. */
export interface LibraryRow extends StorySummary {
  embargo: string | null;
  /** When it went to the trash (trash scope only). */
  trashedAt: string | null;
  /**
   * A search hit's context: the matched words are wrapped in SNIPPET_MARK_START and
   * SNIPPET_MARK_END, which the view turns into highlights (never HTML).
   */
  snippet?: string;
}

export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';

export interface LibraryPage {
  /**
   * How many stories match, not only this page's. When `exact` is false it is a lower
   * bound ("5,000+"): counting every match of a broad filter or search would cost more
   * than the list is worth; windows further down count further.
   */
  total: number;
  exact: boolean;
  offset: number;
  rows: LibraryRow[];
  /** Said instead of an error when the search text cannot be searched ("type a word to search for"). */
  message?: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** What the filter menus offer, with how many live stories each holds. */
export interface LibraryFacets {
  statuses: Array<{ value: StoryStatus; count: number }>;
  sections: FacetValue[];
  authors: FacetValue[];
  keywords: FacetValue[];
  trashCount: number;
  liveCount: number;
}

export interface SavedSearch {
  id: number;
  name: string;
  text: string;
  filters: LibraryFilters;
  sort: LibrarySort;
  /** How many live stories it finds now (at least that many when `countExact` is false). */
  count: number;
  countExact: boolean;
}

/** A story proposed as "Read next", and why. */
export interface RelatedSuggestion {
  storyId: string;
  headline: string;
  slug: string;
  updatedAt: string;
  reasons: string[];
}
