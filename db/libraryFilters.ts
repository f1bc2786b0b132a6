import type { LibraryFilters, LibraryScope } from '../story/library';
import { STORY_STATUSES, type StoryStatus } from '../story/model';
import { HAS_UNVERIFIED_FACTS_SQL } from './facts';

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
  /**
   * Many stories match: walk the index of this sort and check each row, rather than start
   * from a filter's index and sort what it finds. Filters on other columns are written
   * with a unary + so SQLite does not pick their index.
   */
  walk?: 'updated' | 'created' | 'headline' | 'status';
}

/** `column`, or `+column` when a walk along another index must not use this column's index. */
const col = (column: string, hints: ClauseHints, keep?: ClauseHints['walk']) => (hints.walk && hints.walk !== keep ? `+${column}` : column);

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
  ({ statuses }, _now, hints) =>
    statuses && statuses.length > 0
      ? { sql: `${col('s.status_rank', hints, 'status')} IN (${statuses.map(() => '?').join(', ')})`, params: statuses.map(statusRank) }
      : undefined,
  ({ section }, _now, hints) => (section ? { sql: `${col('s.section', hints)} = ? COLLATE NOCASE`, params: [section] } : undefined),
  ({ author }, _now, hints) => (author ? sideFilter('story_authors', 'name', author, hints.authorCommon || hints.walk !== undefined) : undefined),
  ({ keyword }, _now, hints) => (keyword ? sideFilter('story_keywords', 'keyword', keyword, hints.keywordCommon || hints.walk !== undefined) : undefined),
  ({ from, dateField }, _now, hints) =>
    from ? { sql: `${dateField === 'created' ? col('s.created_at', hints, 'created') : col('s.updated_at', hints, 'updated')} >= ?`, params: [from] } : undefined,
  ({ to, dateField }, _now, hints) =>
    to ? { sql: `${dateField === 'created' ? col('s.created_at', hints, 'created') : col('s.updated_at', hints, 'updated')} < ?`, params: [to] } : undefined,
  ({ embargoed }, now, hints) => (embargoed ? { sql: `${col('s.embargo', hints)} IS NOT NULL AND ${col('s.embargo', hints)} > ?`, params: [now] } : undefined),
  ({ unverifiedFacts }) => (unverifiedFacts ? { sql: HAS_UNVERIFIED_FACTS_SQL('s.id'), params: [] } : undefined),
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
