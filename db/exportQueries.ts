import { prepared, type Db } from './handle';
import type { StoryStatus } from '../story/model';
import { translateQuery } from '../story/search/queryTranslator';

export interface ExportSelection {
  ids?: readonly string[];
  status?: StoryStatus;
  /** Words to find, as the library's search box takes them (phrases, prefixes, fields, OR, -word). */
  query?: string;
}

/**
 * The ids of the stories a batch export covers, newest first; stories in the trash are
 * never exported. A query goes through the library's search translator, so FTS syntax in
 * what the user typed cannot fail; a query with nothing to search for selects nothing.
 */
export function storyIdsForExport(db: Db, selection: ExportSelection): string[] {
  const where: string[] = ['s.trashed_at IS NULL'];
  const params: unknown[] = [];
  if (selection.ids && selection.ids.length > 0) {
    where.push(`s.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(selection.ids));
  }
  if (selection.status) {
    where.push('s.status = ?');
    params.push(selection.status);
  }
  const translated = translateQuery(selection.query ?? '');
  if (translated.kind === 'message') return [];
  if (translated.kind === 'match') {
    where.push('s.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)');
    params.push(translated.fts);
  }
  const sql = `SELECT s.id FROM library_rows s WHERE ${where.join(' AND ')} ORDER BY s.updated_at DESC, s.seq DESC`;
  return (prepared(db, sql).all(...params) as Array<{ id: string }>).map((row) => row.id);
}
