import type { LibraryFilters, LibraryScope } from '../story/library';
import { STORY_STATUSES, type StoryStatus } from '../story/model';

/** The workflow position library_rows.status_rank holds (draft 1 … killed 6). */
export const statusRank = (status: StoryStatus) => STORY_STATUSES.indexOf(status) + 1;

export interface SqlClause {
  sql: string;
  params: unknown[];
}

/**
 * How a filter on the byline or keywords is written. `probe` checks each row met while
 * walking a sort index (fast when many stories match); `set` starts from the matching
 * stories (fast when few do, and for counting). The list decides from how often the value
 * occurs (see valueIsCommon in libraryList.ts).
 */
export interface ClauseHints {
  authorCommon?: boolean;
  keywordCommon?: boolean;
}

type FilterClause = (filters: LibraryFilters, now: string, hints: ClauseHints) => SqlClause | undefined;

const sideFilter = (table: 'story_authors' | 'story_keywords', column: 'name' | 'keyword', value: string, common: boolean | undefined): SqlClause =>
  common
    ? { sql: `EXISTS (SELECT 1 FROM ${table} AS side WHERE side.story_seq = s.seq AND side.${column} = ?)`, params: [value] }
    : { sql: `s.seq IN (SELECT story_seq FROM ${table} WHERE ${column} = ?)`, params: [value] };

/**
 * One clause per filter of the library list, on `library_rows AS s` (the library-list migration, 0008). A
 * capability that adds a filter (e.g. the facts pane's "has unverified facts") adds its
 * key to LibraryFilters and one entry here; the list, the search and the saved-search
 * counts all use it.
 */
export const FILTER_CLAUSES: readonly FilterClause[] = [
  ({ statuses }) =>
    statuses && statuses.length > 0 ? { sql: `s.status_rank IN (${statuses.map(() => '?').join(', ')})`, params: statuses.map(statusRank) } : undefined,
  ({ section }) => (section ? { sql: `s.section = ? COLLATE NOCASE`, params: [section] } : undefined),
  ({ author }, _now, hints) => (author ? sideFilter('story_authors', 'name', author, hints.authorCommon) : undefined),
  ({ keyword }, _now, hints) => (keyword ? sideFilter('story_keywords', 'keyword', keyword, hints.keywordCommon) : undefined),
  ({ from, dateField }) => (from ? { sql: `s.${dateField === 'created' ? 'created_at' : 'updated_at'} >= ?`, params: [from] } : undefined),
  ({ to, dateField }) => (to ? { sql: `s.${dateField === 'created' ? 'created_at' : 'updated_at'} < ?`, params: [to] } : undefined),
  ({ embargoed }, now) => (embargoed ? { sql: `s.embargo IS NOT NULL AND s.embargo > ?`, params: [now] } : undefined),
];

/** The WHERE clause (without the keyword) for a scope and its filters; `now` is an ISO instant. */
export function whereClause(scope: LibraryScope, filters: LibraryFilters, now: string, hints: ClauseHints = {}): SqlClause {
  const parts: SqlClause[] = [{ sql: scope === 'trash' ? 's.trashed_at IS NOT NULL' : 's.trashed_at IS NULL', params: [] }];
  for (const clause of FILTER_CLAUSES) {
    const part = clause(filters, now, hints);
    if (part) parts.push(part);
  }
  return { sql: parts.map((part) => part.sql).join(' AND '), params: parts.flatMap((part) => part.params) };
}

/** True when no filter narrows the scope. */
export function unfiltered(filters: LibraryFilters, now: string): boolean {
  return FILTER_CLAUSES.every((clause) => clause(filters, now, {}) === undefined);
}
