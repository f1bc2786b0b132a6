import { prepared, type Db } from './handle';
import type { LibraryFilters, LibrarySort } from '../story/library';

export interface SavedSearchRecord {
  id: number;
  name: string;
  text: string;
  filters: LibraryFilters;
  sort: LibrarySort;
}

interface Row {
  id: number;
  name: string;
  text: string;
  filters_json: string;
  sort: LibrarySort;
}

const toRecord = (row: Row): SavedSearchRecord => ({
  id: row.id,
  name: row.name,
  text: row.text,
  filters: JSON.parse(row.filters_json) as LibraryFilters,
  sort: row.sort,
});

export function listSavedSearches(db: Db): SavedSearchRecord[] {
  return (prepared(db, `SELECT id, name, text, filters_json, sort FROM saved_searches ORDER BY position, id`).all() as Row[]).map(toRecord);
}

export function getSavedSearch(db: Db, id: number): SavedSearchRecord | undefined {
  const row = prepared(db, `SELECT id, name, text, filters_json, sort FROM saved_searches WHERE id = ?`).get(id) as Row | undefined;
  return row && toRecord(row);
}

export function insertSavedSearch(db: Db, search: Omit<SavedSearchRecord, 'id'>, createdAt: string): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO saved_searches (name, text, filters_json, sort, position, created_at)
     VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_searches), ?)`,
  ).run(search.name, search.text, JSON.stringify(search.filters), search.sort, createdAt);
  return Number(lastInsertRowid);
}

export function renameSavedSearch(db: Db, id: number, name: string): boolean {
  return prepared(db, `UPDATE saved_searches SET name = ? WHERE id = ?`).run(name, id).changes === 1;
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return prepared(db, `DELETE FROM saved_searches WHERE id = ?`).run(id).changes === 1;
}
