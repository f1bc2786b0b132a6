import { prepared, type Db } from './handle';
import { unfiltered, whereClause, type ClauseHints } from './libraryFilters';
import type { LibraryFilters, LibraryRow, LibraryScope, LibrarySort } from '../story/library';
import { toSummary, type SummaryRow } from './stories';

/** The columns of a library row, on `library_rows AS s`. */
export const ROW_COLUMNS = `s.seq, s.id, s.slug, s.headline, s.authors_json, s.section, s.status, s.word_count,
  s.created_at, s.updated_at, s.version, s.embargo, s.trashed_at`;

export interface RowRecord extends SummaryRow {
  seq: number;
  embargo: string | null;
  trashed_at: string | null;
  snippet?: string;
}

export function toLibraryRow(row: RowRecord): LibraryRow {
  return {
    ...toSummary(row),
    embargo: row.embargo,
    trashedAt: row.trashed_at,
    ...(row.snippet === undefined ? {} : { snippet: row.snippet }),
  };
}

/** ORDER BY of each sort; each matches an index of the library-list migration (0008) for live stories. */
export const ORDER_BY: Readonly<Record<Exclude<LibrarySort, 'relevance'>, string>> = {
  updated: 's.updated_at DESC, s.seq DESC',
  created: 's.created_at DESC, s.seq DESC',
  headline: `trim(s.headline) = '', s.headline COLLATE NOCASE, s.seq`,
  status: 's.status_rank, s.updated_at DESC, s.seq DESC',
};

export interface ListRequest {
  scope: LibraryScope;
  filters: LibraryFilters;
  sort: Exclude<LibrarySort, 'relevance'>;
  offset: number;
  limit: number;
  /** ISO instant, for "embargo not yet lifted". */
  now: string;
  /** Many stories pass the filters (see countLibraryRows): walk the sort's index instead of the filters'. */
  manyMatch?: boolean;
}

/** A byline or keyword this common is checked row by row along the sort index; rarer ones are looked up first. */
const COMMON_VALUE = 1_000;

function isCommon(db: Db, table: 'story_authors' | 'story_keywords', column: 'name' | 'keyword', value: string | undefined): boolean {
  if (!value) return false;
  const n = (prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${column} = ? LIMIT ${COMMON_VALUE + 1})`).get(value) as { n: number }).n;
  return n > COMMON_VALUE;
}

/** How to write the byline and keyword filters for a page, from how common their values are. */
export function pageHints(db: Db, filters: LibraryFilters): ClauseHints {
  return {
    authorCommon: isCommon(db, 'story_authors', 'name', filters.author),
    keywordCommon: isCommon(db, 'story_keywords', 'keyword', filters.keyword),
  };
}

/** One window of the library list (or the trash), in the order asked for. */
export function listLibraryRows(db: Db, request: ListRequest): LibraryRow[] {
  const walk = request.manyMatch && request.scope === 'library' ? { walk: request.sort } : {};
  const where = whereClause(request.scope, request.filters, request.now, { ...pageHints(db, request.filters), ...walk });
  const order = request.scope === 'trash' ? 's.trashed_at DESC, s.seq DESC' : ORDER_BY[request.sort];
  const rows = prepared(db, `SELECT ${ROW_COLUMNS} FROM library_rows AS s WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    request.limit,
    request.offset,
  ) as RowRecord[];
  return rows.map(toLibraryRow);
}

export interface Count {
  total: number;
  /** False when `total` is a lower bound (more than `atMost` match). */
  exact: boolean;
}

/**
 * How many stories the list holds with these filters. Without filters the count is exact
 * (all rows less the trash, both from small indexes); with filters it stops at `atMost`.
 */
export function countLibraryRows(db: Db, request: Pick<ListRequest, 'scope' | 'filters' | 'now'>, atMost: number): Count {
  if (unfiltered(request.filters, request.now)) {
    const trashed = (prepared(db, `SELECT count(*) AS n FROM library_rows WHERE trashed_at IS NOT NULL`).get() as { n: number }).n;
    if (request.scope === 'trash') return { total: trashed, exact: true };
    const all = (prepared(db, `SELECT count(*) AS n FROM library_rows`).get() as { n: number }).n;
    return { total: all - trashed, exact: true };
  }
  // A byline or keyword filter drives the count from its own rows, stopping at the cap
  // (written as IN (subquery), SQLite would first gather every story carrying the value).
  const { keyword, author, ...rest } = request.filters;
  const side = keyword ? { table: 'story_keywords', column: 'keyword', value: keyword, rest: { ...rest, ...(author ? { author } : {}) } } : author ? { table: 'story_authors', column: 'name', value: author, rest } : undefined;
  const where = whereClause(request.scope, side ? side.rest : request.filters, request.now);
  const from = side
    ? `${side.table} AS side JOIN library_rows AS s ON s.seq = side.story_seq WHERE side.${side.column} = ? AND ${where.sql}`
    : `library_rows AS s WHERE ${where.sql}`;
  const params = side ? [side.value, ...where.params] : where.params;
  const n = (prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} LIMIT ?)`).get(...params, atMost + 1) as { n: number }).n;
  return n > atMost ? { total: atMost, exact: false } : { total: n, exact: true };
}
