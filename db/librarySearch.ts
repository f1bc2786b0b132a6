import { prepared, type Db } from './handle';
import { whereClause } from './libraryFilters';
import { ORDER_BY, ROW_COLUMNS, toLibraryRow, type RowRecord } from './libraryList';
import type { LibraryFilters, LibraryRow, LibraryScope, LibrarySort } from '../story/library';

export interface SearchRequest {
  /** An FTS5 query; build it with story/search/queryTranslator, never from raw input. */
  match: string;
  scope: LibraryScope;
  filters: LibraryFilters;
  sort: LibrarySort;
  offset: number;
  limit: number;
  now: string;
}

/** Words around the best match, the matches wrapped in \u0002 … \u0003 (see story/library.ts). */
const SNIPPET = `snippet(stories_fts, -1, char(2), char(3), '…', 14)`;

/** The statements a search runs; the benchmark runs the same text raw. */
export function searchSql(request: Pick<SearchRequest, 'scope' | 'filters' | 'sort' | 'now'>): { rows: string; count: string; params: unknown[] } {
  const where = whereClause(request.scope, request.filters, request.now);
  // Ranked by the index's stored bm25 weights (migration 6): FTS5 sorts by rank itself,
  // so only the rows shown are joined and get a snippet.
  const order = request.sort === 'relevance' ? 'stories_fts.rank' : ORDER_BY[request.sort];
  const from = `stories_fts JOIN library_rows AS s ON s.seq = stories_fts.rowid WHERE stories_fts MATCH ? AND ${where.sql}`;
  return {
    rows: `SELECT ${ROW_COLUMNS}, ${SNIPPET} AS snippet FROM ${from} ORDER BY ${order} LIMIT ? OFFSET ?`,
    count: `SELECT count(*) AS n FROM ${from}`,
    params: where.params,
  };
}

export function searchLibraryRows(db: Db, request: SearchRequest): LibraryRow[] {
  const sql = searchSql(request);
  const rows = prepared(db, sql.rows).all(request.match, ...sql.params, request.limit, request.offset) as RowRecord[];
  return rows.map(toLibraryRow);
}

export function countSearchRows(db: Db, request: Omit<SearchRequest, 'offset' | 'limit' | 'sort'>): number {
  const sql = searchSql({ ...request, sort: 'relevance' });
  return (prepared(db, sql.count).get(request.match, ...sql.params) as { n: number }).n;
}
