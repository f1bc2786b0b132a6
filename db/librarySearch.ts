import { prepared, type Db } from './handle';
import { unfiltered, whereClause, type SqlClause } from './libraryFilters';
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
  /** Every story the index matched, when they were all seen (`exact`): what a wider search must not list twice. */
  matched?: ReadonlySet<number>;
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

/**
 * How many more rows the running statement may rank. `CASE WHEN rank_wanted() THEN rank END`
 * ranks only the first rows FTS5 hands back (CASE skips rank for the rest), so the newest
 * matches and the ranks of the newest few come from one FTS5 query. Statements run
 * synchronously, so one counter serves every connection.
 */
let rankBudget = 0;
const withRankWanted = new WeakSet<Db>();

function rankWanted(db: Db): void {
  if (withRankWanted.has(db)) return;
  db.function('rank_wanted', { deterministic: false, varargs: false }, () => (rankBudget-- > 0 ? 1 : 0));
  withRankWanted.add(db);
}

/** The newest `limit` matches, newest first, the first `ranked` of them with their rank. */
function newestMatches(db: Db, match: string, limit: number, ranked: number): Array<{ seq: number; rank: number | null }> {
  rankWanted(db);
  rankBudget = ranked;
  try {
    return prepared(db, `SELECT rowid AS seq, CASE WHEN rank_wanted() THEN rank END AS rank FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rowid DESC LIMIT ?`).all(
      match,
      limit,
    ) as Array<{ seq: number; rank: number | null }>;
  } finally {
    rankBudget = 0;
  }
}

/** Best rank first; equal ranks newest first. */
function byRank(rows: Array<{ seq: number; rank: number | null }>): Seqs {
  return rows.toSorted((a, b) => a.rank! - b.rank! || b.seq - a.seq).map((row) => row.seq);
}

function seqsOf(db: Db, sql: string, ...params: unknown[]): Seqs {
  return (prepared(db, sql).all(...params) as Array<{ seq: number }>).map((row) => row.seq);
}

/** Which of `seqs` pass the scope and filters. */
function passing(db: Db, seqs: Seqs, where: SqlClause, scopeOnly: { scope: LibraryScope } | undefined): Set<number> {
  if (seqs.length === 0) return new Set();
  if (scopeOnly) {
    // No filter: only the scope counts, and the trash is usually far smaller than the matches,
    // so its index is read instead of looking each match up (a third of a common word's search).
    const trashed = seqsOf(db, `SELECT seq FROM library_rows WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC LIMIT ?`, seqs.length + 1);
    if (trashed.length <= seqs.length) {
      const inTrash = new Set(trashed);
      return new Set(seqs.filter((seq) => inTrash.has(seq) === (scopeOnly.scope === 'trash')));
    }
  }
  return new Set(seqsOf(db, `SELECT s.seq FROM library_rows AS s WHERE s.seq IN (SELECT value FROM json_each(?)) AND ${where.sql}`, JSON.stringify(seqs), ...where.params));
}

/**
 * One page of search results with snippets, and how many match. FTS5 sets a query up
 * again for every statement (costly for a prefix that covers many words), so a search
 * asks it once: the newest matches, the newest RANK_WINDOW of them ranked (which say how
 * many there are, where the ranked window starts, and with the filters, how many pass).
 * Only a relevance search with more matches than that and up to RANK_ALL_UP_TO asks a
 * second time, for all their ranks. Snippets are made from the page's text
 * (story/search/snippet.ts).
 */
export function searchLibrary(db: Db, request: SearchRequest): SearchPage {
  const where = whereClause(request.scope, request.filters, request.now, pageHints(db, request.filters));
  const relevance = request.sort === 'relevance';
  const matches = newestMatches(db, request.match, RANK_ALL_UP_TO + 1, relevance ? RANK_WINDOW : 0);
  const newest = matches.map((row) => row.seq);
  const many = newest.length > RANK_ALL_UP_TO;
  const known = many ? newest.slice(0, RANK_ALL_UP_TO) : newest;
  const live = passing(db, known, where, unfiltered(request.filters, request.now) ? { scope: request.scope } : undefined);
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
  } else if (newest.length <= RANK_WINDOW) {
    // Few matches: every one was ranked with the newest (by the bm25 weights of the search migration, 0009).
    page = byRank(matches.filter((row) => live.has(row.seq))).slice(offset, offset + limit);
  } else if (!many) {
    // More: the older ones ranked too (sorted here with the newest, so that equal ranks come newest first here too).
    const older = prepared(db, `SELECT rowid AS seq, rank FROM stories_fts WHERE stories_fts MATCH ? AND rowid < ?`).all(request.match, newest[RANK_WINDOW - 1]) as Array<{
      seq: number;
      rank: number;
    }>;
    page = byRank([...matches.slice(0, RANK_WINDOW), ...older].filter((row) => live.has(row.seq))).slice(offset, offset + limit);
  } else {
    // Many matches: the best of the newest RANK_WINDOW (ranked with the newest) first,
    const floor = newest[RANK_WINDOW - 1]!;
    const ranked = byRank(matches.slice(0, RANK_WINDOW).filter((row) => live.has(row.seq)));
    // then the older matches, newest first: those already known, then on from the oldest known.
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
  return { ...total, rows: rowsWithSnippets(db, request.terms, page), ...(many ? {} : { matched: new Set(newest) }) };
}

/**
 * Stories found through their facts or sources (db/factSearch.ts) that the story index did not
 * find: the ones passing the scope and filters, in the order given, each with its hit's snippet.
 */
export function rowsFoundByFacts(
  db: Db,
  hits: ReadonlyArray<{ storyId: string; snippet: string }>,
  request: Pick<SearchRequest, 'scope' | 'filters' | 'now'>,
  matched: ReadonlySet<number>,
): LibraryRow[] {
  if (hits.length === 0) return [];
  const where = whereClause(request.scope, request.filters, request.now, pageHints(db, request.filters));
  const records = prepared(db, `SELECT ${ROW_COLUMNS} FROM library_rows AS s WHERE s.id IN (SELECT value FROM json_each(?)) AND ${where.sql}`).all(
    JSON.stringify(hits.map((hit) => hit.storyId)),
    ...where.params,
  ) as RowRecord[];
  const byId = new Map(records.filter((record) => !matched.has(record.seq)).map((record) => [record.id, record]));
  return hits.flatMap((hit) => {
    const record = byId.get(hit.storyId);
    return record ? [toLibraryRow({ ...record, snippet: hit.snippet })] : [];
  });
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
