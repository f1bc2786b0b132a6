import { prepared, type Db } from './handle';
import { whereClause, type SqlClause } from './libraryFilters';
import { ORDER_BY, pageHints, ROW_COLUMNS, toLibraryRow, type Count, type RowRecord } from './libraryList';
import type { LibraryFilters, LibraryRow, LibraryScope, LibrarySort } from '../story/library';
import type { SearchTerm } from '../story/search/queryTranslator';
import { makeSnippet } from '../story/search/snippet';

export interface SearchRequest {
  /** An FTS5 query; build it with story/search/queryTranslator, never from raw input. */
  match: string;
  /** The words the results contain (from the translator), which the snippets mark. */
  terms: SearchTerm[];
  scope: LibraryScope;
  filters: LibraryFilters;
  sort: LibrarySort;
  offset: number;
  limit: number;
  now: string;
}

export interface SearchPage extends Count {
  rows: LibraryRow[];
}

/**
 * Ranking costs SQLite a few microseconds per matching story (bm25 reads each one's
 * positions and length). Up to this many matches, all are ranked (and counted exactly).
 */
export const RANK_ALL_UP_TO = 1_000;
/**
 * Beyond that (a very common word), the best of the newest this many matches come first,
 * then the older matches, newest first: a search stays instant in a library of any size.
 */
export const RANK_WINDOW = 200;

const FTS = `stories_fts JOIN library_rows AS s ON s.seq = stories_fts.rowid WHERE stories_fts MATCH ?`;

type Seqs = number[];

function seqsOf(db: Db, sql: string, ...params: unknown[]): Seqs {
  return (prepared(db, sql).all(...params) as Array<{ seq: number }>).map((row) => row.seq);
}

/** Which of `seqs` pass the scope and filters. */
function passing(db: Db, seqs: Seqs, where: SqlClause): Set<number> {
  if (seqs.length === 0) return new Set();
  return new Set(seqsOf(db, `SELECT s.seq FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?)) AND ${where.sql}`, JSON.stringify(seqs), ...where.params));
}

/**
 * One page of search results with snippets, and how many match. FTS5 sets a query up
 * again for every statement (costly for a prefix that covers many words), so a search
 * asks it at most twice: the newest matches (which say how many there are, where the
 * ranked window starts, and with the filters, how many pass), and their ranks (none for
 * other orders). Snippets are made from the page's text (story/search/snippet.ts).
 */
export function searchLibrary(db: Db, request: SearchRequest): SearchPage {
  const where = whereClause(request.scope, request.filters, request.now, pageHints(db, request.filters));
  const newest = seqsOf(db, `SELECT rowid AS seq FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ?`, request.match, RANK_ALL_UP_TO + 1);
  const many = newest.length > RANK_ALL_UP_TO;
  const known = many ? newest.slice(0, RANK_ALL_UP_TO) : newest;
  const live = passing(db, known, where);
  const { offset, limit } = request;
  let page: Seqs;

  if (request.sort !== 'relevance') {
    const order = ORDER_BY[request.sort];
    page = many
      ? // Many matches: walk the sort's index and keep the matches.
        seqsOf(
          db,
          `SELECT s.seq FROM library_rows AS s WHERE ${where.sql} AND +s.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?) ORDER BY ${order} LIMIT ? OFFSET ?`,
          ...where.params,
          request.match,
          limit,
          offset,
        )
      : seqsOf(db, `SELECT s.seq FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?)) ORDER BY ${order} LIMIT ? OFFSET ?`, JSON.stringify([...live]), limit, offset);
  } else if (!many) {
    // Ranked by the index's stored bm25 weights (the search migration, 0009); FTS5 sorts by rank itself.
    page = seqsOf(db, `SELECT rowid AS seq FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rank`, request.match)
      .filter((seq) => live.has(seq))
      .slice(offset, offset + limit);
  } else {
    const floor = newest[RANK_WINDOW - 1]!;
    // Sorted here, not by FTS5: with ORDER BY rank it ranks every match, ignoring a bound rowid floor.
    const ranked = (prepared(db, `SELECT rowid AS seq, rank FROM stories_fts WHERE stories_fts MATCH ? AND rowid >= ?`).all(request.match, floor) as Array<{ seq: number; rank: number }>)
      .filter((row) => live.has(row.seq))
      .toSorted((a, b) => a.rank - b.rank || b.seq - a.seq)
      .map((row) => row.seq);
    // Then the older matches, newest first: those already known, then on from the oldest known.
    const olderKnown = known.filter((seq) => seq < floor && live.has(seq));
    page = [...ranked, ...olderKnown].slice(offset, offset + limit);
    if (page.length < limit) {
      page.push(
        ...seqsOf(
          db,
          `SELECT s.seq FROM ${FTS} AND stories_fts.rowid < ? AND ${where.sql} ORDER BY stories_fts.rowid DESC LIMIT ? OFFSET ?`,
          request.match,
          known.at(-1)!,
          ...where.params,
          limit - page.length,
          Math.max(0, offset - ranked.length - olderKnown.length),
        ),
      );
    }
  }

  // Exact when every match is known; otherwise at least those seen so far.
  const total = many ? { total: Math.max(live.size, offset + page.length + (page.length === limit ? 1 : 0)), exact: false } : { total: live.size, exact: true };
  return { ...total, rows: rowsWithSnippets(db, request.terms, page) };
}

/** The rows of a page, in its order, each with a snippet of its best matching column. */
function rowsWithSnippets(db: Db, terms: SearchTerm[], page: Seqs): LibraryRow[] {
  if (page.length === 0) return [];
  const list = JSON.stringify(page);
  const texts = new Map(
    (
      prepared(db, `SELECT seq, headline, dek, body_text, notes_text FROM stories WHERE seq IN (SELECT value FROM json_each(?))`).all(list) as Array<{
        seq: number;
        headline: string;
        dek: string;
        body_text: string;
        notes_text: string;
      }>
    ).map((row) => [row.seq, row]),
  );
  const rows = new Map(
    (prepared(db, `SELECT ${ROW_COLUMNS} FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?))`).all(list) as RowRecord[]).map((row) => [row.seq, row]),
  );
  return page.flatMap((seq) => {
    const row = rows.get(seq);
    const text = texts.get(seq);
    if (!row) return [];
    const snippet = text
      ? makeSnippet(
          [
            { column: 'body_text', text: text.body_text },
            { column: 'dek', text: text.dek },
            { column: 'notes_text', text: text.notes_text },
            { column: 'headline', text: text.headline },
          ],
          terms,
        )
      : '';
    return [toLibraryRow({ ...row, snippet })];
  });
}
