import { prepared, type Db } from './handle';

/** Move live stories to the trash; returns the ids that moved. */
export function trashStories(db: Db, ids: readonly string[], at: string): string[] {
  const move = prepared(db, `UPDATE stories SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL`);
  return ids.filter((id) => move.run(at, id).changes === 1);
}

/** Bring trashed stories back to the library; returns the ids restored. */
export function untrashStories(db: Db, ids: readonly string[]): string[] {
  const restore = prepared(db, `UPDATE stories SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL`);
  return ids.filter((id) => restore.run(id).changes === 1);
}

/** Ids of stories in the trash since before `before` (every trashed story when omitted). */
export function trashedIds(db: Db, before?: string): string[] {
  const rows = (
    before === undefined
      ? prepared(db, `SELECT id FROM library_rows WHERE trashed_at IS NOT NULL`).all()
      : prepared(db, `SELECT id FROM library_rows WHERE trashed_at IS NOT NULL AND trashed_at < ?`).all(before)
  ) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** Delete trashed stories for good (their history and revisions go with them). Live stories are never deleted here. */
export function deleteTrashedStories(db: Db, ids: readonly string[]): number {
  const remove = prepared(db, `DELETE FROM stories WHERE id = ? AND trashed_at IS NOT NULL`);
  let deleted = 0;
  for (const id of ids) deleted += remove.run(id).changes;
  return deleted;
}
