import { prepared, type Db } from './handle';
import { whereClause, type SqlClause } from './libraryFilters';
import { ORDER_BY, pageHints, ROW_COLUMNS, toLibraryRow, type Count, type RowRecord } from './libraryList';
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

/**
 * Ranking costs SQLite a few microseconds per matching story (bm25 reads each one's
 * positions and length). Up to this many matches, all are ranked.
 */
export const RANK_ALL_UP_TO = 2_000;
/**
 * Beyond that (a very common word), the best of the newest this many matches come first,
 * then the older matches, newest first: a search stays instant in a library of any size.
 */
export const RANK_WINDOW = 500;

const FTS = `stories_fts JOIN library_rows AS s ON s.seq = stories_fts.rowid WHERE stories_fts MATCH ?`;

/** The rowid of the n-th newest match (1-based), if there are that many. */
function nthNewestMatch(db: Db, match: string, n: number): number | undefined {
  const row = prepared(db, `SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`).get(match, n - 1) as { rowid: number } | undefined;
  return row?.rowid;
}

/** Which of `seqs` pass the scope and filters. */
function passing(db: Db, seqs: number[], where: SqlClause): Set<number> {
  const rows = prepared(db, `SELECT s.seq FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?)) AND ${where.sql}`).all(
    JSON.stringify(seqs),
    ...where.params,
  ) as Array<{ seq: number }>;
  return new Set(rows.map((row) => row.seq));
}

/** The seqs of one page of results, in order. */
function pageSeqs(db: Db, request: SearchRequest, many: boolean): number[] {
  const where = whereClause(request.scope, request.filters, request.now, pageHints(db, request.filters));
  const seqsOf = (sql: string, ...params: unknown[]) => (prepared(db, sql).all(...params) as Array<{ seq: number }>).map((row) => row.seq);

  if (request.sort !== 'relevance') {
    const order = ORDER_BY[request.sort];
    // Many matches: walk the sort's index and keep the matches; few: sort the matches.
    return many
      ? seqsOf(
          `SELECT s.seq FROM library_rows AS s WHERE ${where.sql} AND +s.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?) ORDER BY ${order} LIMIT ? OFFSET ?`,
          ...where.params,
          request.match,
          request.limit,
          request.offset,
        )
      : seqsOf(`SELECT s.seq FROM ${FTS} AND ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, request.match, ...where.params, request.limit, request.offset);
  }
  if (!many) {
    // Ranked by the index's stored bm25 weights (the search migration, 0009); FTS5 sorts by rank itself.
    return seqsOf(`SELECT s.seq FROM ${FTS} AND ${where.sql} ORDER BY stories_fts.rank LIMIT ? OFFSET ?`, request.match, ...where.params, request.limit, request.offset);
  }
  const floor = nthNewestMatch(db, request.match, RANK_WINDOW)!;
  // Sorted here, not by FTS5: with ORDER BY rank it ranks every match, ignoring a bound rowid floor.
  const window = (prepared(db, `SELECT rowid AS seq, rank FROM stories_fts WHERE stories_fts MATCH ? AND rowid >= ?`).all(request.match, floor) as Array<{ seq: number; rank: number }>)
    .toSorted((a, b) => a.rank - b.rank || b.seq - a.seq)
    .map((row) => row.seq);
  const kept = passing(db, window, where);
  const ranked = window.filter((seq) => kept.has(seq));
  const page = ranked.slice(request.offset, request.offset + request.limit);
  if (page.length < request.limit) {
    const older = seqsOf(
      `SELECT s.seq FROM ${FTS} AND stories_fts.rowid < ? AND ${where.sql} ORDER BY stories_fts.rowid DESC LIMIT ? OFFSET ?`,
      request.match,
      floor,
      ...where.params,
      request.limit - page.length,
      Math.max(0, request.offset - ranked.length),
    );
    page.push(...older);
  }
  return page;
}

/**
 * One page of search results with snippets. The snippets come from one scan of the
 * matches between the page's first and last rowid (asking FTS5 for one row at a time would
 * set the whole query up again for each).
 */
export function searchLibraryRows(db: Db, request: SearchRequest): LibraryRow[] {
  const many = nthNewestMatch(db, request.match, RANK_ALL_UP_TO + 1) !== undefined;
  const seqs = pageSeqs(db, request, many);
  if (seqs.length === 0) return [];
  const list = JSON.stringify(seqs);
  const snippets = new Map(
    (
      prepared(
        db,
        // Matches are wrapped in \u0002 … \u0003 (see story/library.ts); the + keeps the list a filter, not an FTS5 lookup per row.
        `SELECT rowid AS seq, snippet(stories_fts, -1, char(2), char(3), '…', 14) AS snippet FROM stories_fts
          WHERE stories_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
      ).all(request.match, Math.min(...seqs), Math.max(...seqs), list) as Array<{ seq: number; snippet: string }>
    ).map((row) => [row.seq, row.snippet]),
  );
  const rows = new Map(
    (prepared(db, `SELECT ${ROW_COLUMNS} FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?))`).all(list) as RowRecord[]).map((row) => [row.seq, row]),
  );
  return seqs.flatMap((seq) => {
    const row = rows.get(seq);
    return row ? [toLibraryRow({ ...row, snippet: snippets.get(seq) ?? '' })] : [];
  });
}

/** How many stories match, counting up to `atMost`. */
export function countSearchRows(db: Db, request: Omit<SearchRequest, 'offset' | 'limit' | 'sort'>, atMost: number): Count {
  const where = whereClause(request.scope, request.filters, request.now);
  const n = (prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${FTS} AND ${where.sql} LIMIT ?)`).get(request.match, ...where.params, atMost + 1) as { n: number }).n;
  return n > atMost ? { total: atMost, exact: false } : { total: n, exact: true };
}
