import { prepared, type Db } from './handle';
import { whereClause } from './libraryFilters';
import type { LibraryFilters, LibraryRow, LibraryScope, LibrarySort } from '../story/library';
import type { StoryStatus } from '../story/model';

/** The columns of a library row, on `library_rows AS s`. */
export const ROW_COLUMNS = `s.id, s.slug, s.headline, s.authors_json, s.section, s.status, s.word_count,
  s.created_at, s.updated_at, s.version, s.embargo, s.trashed_at`;

export interface RowRecord {
  id: string;
  slug: string;
  headline: string;
  authors_json: string;
  section: string;
  status: StoryStatus;
  word_count: number;
  created_at: string;
  updated_at: string;
  version: number;
  embargo: string | null;
  trashed_at: string | null;
  snippet?: string;
}

export function toLibraryRow(row: RowRecord): LibraryRow {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    authors: JSON.parse(row.authors_json) as string[],
    section: row.section,
    status: row.status,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    embargo: row.embargo,
    trashedAt: row.trashed_at,
    ...(row.snippet === undefined ? {} : { snippet: row.snippet }),
  };
}

/** ORDER BY of each sort; each matches an index of migration 5 for live stories. */
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
}

/** One window of the library list (or the trash), in the order asked for. */
export function listLibraryRows(db: Db, request: ListRequest): LibraryRow[] {
  const where = whereClause(request.scope, request.filters, request.now);
  const order = request.scope === 'trash' ? 's.trashed_at DESC, s.seq DESC' : ORDER_BY[request.sort];
  const rows = prepared(db, `SELECT ${ROW_COLUMNS} FROM library_rows AS s WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    request.limit,
    request.offset,
  ) as RowRecord[];
  return rows.map(toLibraryRow);
}

/** How many stories the list holds with these filters. */
export function countLibraryRows(db: Db, request: Pick<ListRequest, 'scope' | 'filters' | 'now'>): number {
  const where = whereClause(request.scope, request.filters, request.now);
  return (prepared(db, `SELECT count(*) AS n FROM library_rows AS s WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}
