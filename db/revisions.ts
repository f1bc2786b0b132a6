import { prepared, type Db } from './handle';
import type { RevisionKind, RevisionSummary } from '../story/revisions';

/** A revision to store: its summary but the id, with its content. */
export interface RevisionRecord extends Omit<RevisionSummary, 'id'> {
  /** Every field but the body, as JSON. */
  fieldsJson: string;
  bodyJson: string;
}

interface SummaryRow {
  id: number;
  story_id: string;
  at: string;
  kind: RevisionKind;
  note: string;
  story_version: number;
  headline: string;
  word_count: number;
}

const toSummary = (row: SummaryRow): RevisionSummary => ({
  id: row.id,
  storyId: row.story_id,
  at: row.at,
  kind: row.kind,
  note: row.note,
  storyVersion: row.story_version,
  headline: row.headline,
  wordCount: row.word_count,
});

const INSERT_REVISION = `INSERT INTO revisions (story_id, at, kind, note, story_version, headline, word_count, fields_json, body_json)
     VALUES (@storyId, @at, @kind, @note, @storyVersion, @headline, @wordCount, @fieldsJson, @bodyJson)`;

/** The insert of a revision, for a writer on another connection (db/batchWriter.ts). */
export function revisionStatement(revision: RevisionRecord): { sql: string; params: Record<string, unknown> } {
  return { sql: INSERT_REVISION, params: { ...revision } };
}

export function insertRevision(db: Db, revision: RevisionRecord): RevisionSummary {
  const { lastInsertRowid } = prepared(db, INSERT_REVISION).run(revision);
  const { fieldsJson: _f, bodyJson: _b, ...summary } = revision;
  return { id: Number(lastInsertRowid), ...summary };
}

/** A story's revisions, newest first, without their contents. */
export function listRevisions(db: Db, storyId: string): RevisionSummary[] {
  const rows = prepared(
    db,
    `SELECT id, story_id, at, kind, note, story_version, headline, word_count FROM revisions WHERE story_id = ? ORDER BY at DESC, id DESC`,
  ).all(storyId) as SummaryRow[];
  return rows.map(toSummary);
}

export function getRevision(db: Db, id: number): (RevisionSummary & { fieldsJson: string; bodyJson: string }) | undefined {
  const row = prepared(db, `SELECT id, story_id, at, kind, note, story_version, headline, word_count, fields_json, body_json FROM revisions WHERE id = ?`).get(
    id,
  ) as (SummaryRow & { fields_json: string; body_json: string }) | undefined;
  return row && { ...toSummary(row), fieldsJson: row.fields_json, bodyJson: row.body_json };
}

/** When the story's newest revision was taken, if it has any. */
export function latestRevisionAt(db: Db, storyId: string): string | undefined {
  const row = prepared(db, `SELECT at FROM revisions WHERE story_id = ? ORDER BY at DESC, id DESC LIMIT 1`).get(storyId) as { at: string } | undefined;
  return row?.at;
}

/** The stored body of the story's newest revision (to skip snapshots identical to it). */
export function latestRevisionBody(db: Db, storyId: string): { bodyJson: string; fieldsJson: string } | undefined {
  const row = prepared(db, `SELECT body_json, fields_json FROM revisions WHERE story_id = ? ORDER BY at DESC, id DESC LIMIT 1`).get(storyId) as
    | { body_json: string; fields_json: string }
    | undefined;
  return row && { bodyJson: row.body_json, fieldsJson: row.fields_json };
}

export function deleteRevisions(db: Db, ids: readonly number[]): number {
  const remove = prepared(db, `DELETE FROM revisions WHERE id = ?`);
  let deleted = 0;
  for (const id of ids) deleted += remove.run(id).changes;
  return deleted;
}
