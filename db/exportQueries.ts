import { prepared, type Db } from './handle';
import type { StoryStatus } from '../story/model';

export interface ExportSelection {
  ids?: readonly string[];
  status?: StoryStatus;
  /** Words to find (all of them) in headline, dek and body, through the stories' full-text index. */
  query?: string;
}

/**
 * The ids of the stories a batch export covers, newest first. Until the library's own
 * search lands (issue 3), a query is read against the stories FTS table directly:
 * each word is quoted, so FTS syntax in what the user typed is taken literally.
 */
export function storyIdsForExport(db: Db, selection: ExportSelection): string[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (selection.ids && selection.ids.length > 0) {
    where.push(`s.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(selection.ids));
  }
  if (selection.status) {
    where.push('s.status = ?');
    params.push(selection.status);
  }
  const match = ftsQuery(selection.query ?? '');
  if (match) {
    where.push('s.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)');
    params.push(match);
  }
  const sql = `SELECT s.id FROM stories s ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.updated_at DESC, s.seq DESC`;
  return (prepared(db, sql).all(...params) as Array<{ id: string }>).map((row) => row.id);
}

/** "harbour ferry*" -> '"harbour" "ferry"*': every word must appear; a trailing * keeps prefix search. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*\*?/gu) ?? [];
  return words
    .slice(0, 32)
    .map((word) => {
      const prefix = word.endsWith('*');
      const bare = (prefix ? word.slice(0, -1) : word).replace(/"/g, '');
      return `"${bare}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}
