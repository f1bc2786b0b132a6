import type { Db } from './handle';

/** SQLite's own ceiling of pages: "no limit" for our purposes. */
export const NO_PAGE_LIMIT = 1_073_741_823;

/**
 * Cap the library's size in pages on this connection (tests simulate a full disk
 * with it: a write that needs a new page fails with SQLITE_FULL). Not persistent:
 * it ends with the connection. Returns the limit SQLite took.
 */
export function setMaxPageCount(db: Db, pages: number): number {
  return db.pragma(`max_page_count = ${Math.max(1, Math.floor(pages))}`, { simple: true }) as number;
}

export function pageCount(db: Db): number {
  return db.pragma('page_count', { simple: true }) as number;
}
