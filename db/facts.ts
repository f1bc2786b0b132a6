import { prepared, type Db } from './handle';
import type { Fact, FactKind, FactMeta, FactStatus } from '../story/facts/model';

interface FactRow {
  id: string;
  story_id: string;
  kind: FactKind;
  text: string;
  current_text: string;
  context: string;
  status: FactStatus;
  attribution: string;
  note: string;
  meta_json: string;
  detached: number;
  needs_recheck: number;
  doc_order: number | null;
  checked_by: string;
  checked_at: string | null;
  created_at: string;
  updated_at: string;
  source_ids: string | null;
}

const SELECT = `SELECT f.*, (SELECT group_concat(source_id, char(31)) FROM (SELECT source_id FROM fact_sources WHERE fact_id = f.id ORDER BY added_at, source_id)) AS source_ids FROM facts f`;

function toFact(row: FactRow): Fact {
  return {
    id: row.id,
    storyId: row.story_id,
    kind: row.kind,
    text: row.text,
    currentText: row.current_text,
    context: row.context,
    status: row.status,
    attribution: row.attribution,
    note: row.note,
    meta: JSON.parse(row.meta_json) as FactMeta,
    sourceIds: row.source_ids ? row.source_ids.split('\u001f') : [],
    detached: row.detached === 1,
    needsRecheck: row.needs_recheck === 1,
    order: row.doc_order,
    checkedBy: row.checked_by,
    checkedAt: row.checked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewFact {
  id: string;
  storyId: string;
  kind: FactKind;
  text: string;
  context: string;
  status: FactStatus;
  attribution: string;
  note: string;
  meta: FactMeta;
  at: string;
}

export function insertFact(db: Db, fact: NewFact): void {
  prepared(
    db,
    `INSERT INTO facts (id, story_id, kind, text, current_text, context, status, attribution, note, meta_json, created_at, updated_at)
     VALUES (@id, @story_id, @kind, @text, @text, @context, @status, @attribution, @note, @meta_json, @at, @at)`,
  ).run({ id: fact.id, story_id: fact.storyId, kind: fact.kind, text: fact.text, context: fact.context, status: fact.status, attribution: fact.attribution, note: fact.note, meta_json: JSON.stringify(fact.meta), at: fact.at });
}

export function getFact(db: Db, id: string): Fact | undefined {
  const row = prepared(db, `${SELECT} WHERE f.id = ?`).get(id) as FactRow | undefined;
  return row && toFact(row);
}

/** A story's facts in document order; detached ones last, oldest first. */
export function listFacts(db: Db, storyId: string): Fact[] {
  const rows = prepared(db, `${SELECT} WHERE f.story_id = ? ORDER BY f.detached, f.doc_order IS NULL, f.doc_order, f.created_at, f.seq`).all(storyId) as FactRow[];
  return rows.map(toFact);
}

/** Facts of these kinds in every story but one: what the consistency check compares with. */
export function listFactsOfKindsOutside(db: Db, storyId: string, kinds: readonly FactKind[]): Fact[] {
  const rows = prepared(db, `${SELECT} WHERE f.story_id <> ? AND f.kind IN (SELECT value FROM json_each(?)) AND f.status <> 'removed' ORDER BY f.story_id, f.doc_order`).all(
    storyId,
    JSON.stringify(kinds),
  ) as FactRow[];
  return rows.map(toFact);
}

export interface FactChanges {
  status?: FactStatus;
  attribution?: string;
  note?: string;
  text?: string;
  currentText?: string;
  detached?: boolean;
  needsRecheck?: boolean;
  order?: number | null;
  checkedBy?: string;
  checkedAt?: string | null;
}

const COLUMN: Record<keyof FactChanges, string> = {
  status: 'status',
  attribution: 'attribution',
  note: 'note',
  text: 'text',
  currentText: 'current_text',
  detached: 'detached',
  needsRecheck: 'needs_recheck',
  order: 'doc_order',
  checkedBy: 'checked_by',
  checkedAt: 'checked_at',
};

export function updateFact(db: Db, id: string, changes: FactChanges, at: string): void {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as Array<[keyof FactChanges, unknown]>;
  if (entries.length === 0) return;
  const sql = `UPDATE facts SET ${entries.map(([key]) => `${COLUMN[key]} = @${key}`).join(', ')}, updated_at = @at WHERE id = @id`;
  const params = Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'boolean' ? (value ? 1 : 0) : value]));
  prepared(db, sql).run({ ...params, at, id });
}

export function deleteFact(db: Db, id: string): void {
  prepared(db, `DELETE FROM facts WHERE id = ?`).run(id);
}

export function linkSource(db: Db, factId: string, sourceId: string, at: string): boolean {
  return prepared(db, `INSERT INTO fact_sources (fact_id, source_id, added_at) VALUES (?, ?, ?) ON CONFLICT (fact_id, source_id) DO NOTHING`).run(factId, sourceId, at).changes === 1;
}

export function unlinkSource(db: Db, factId: string, sourceId: string): boolean {
  return prepared(db, `DELETE FROM fact_sources WHERE fact_id = ? AND source_id = ?`).run(factId, sourceId).changes === 1;
}

export interface FactCounts {
  storyId: string;
  total: number;
  unverified: number;
  open: number;
}

/**
 * Stories with facts still to check (unverified, disputed, false, detached or needing a re-check),
 * with their counts: the library's "has unverified facts" filter and badges.
 */
export function storiesWithOpenFacts(db: Db): FactCounts[] {
  return prepared(
    db,
    `SELECT story_id AS storyId, count(*) AS total,
            sum(status = 'unverified' AND detached = 0) AS unverified,
            sum(status IN ('unverified', 'disputed', 'false') OR detached = 1 OR needs_recheck = 1) AS open
       FROM facts WHERE status <> 'removed' GROUP BY story_id HAVING open > 0`,
  ).all() as FactCounts[];
}

/** An SQL condition on `stories.id` for the library's list query: `WHERE ${HAS_UNVERIFIED_FACTS_SQL('s.id')}`. */
export const HAS_UNVERIFIED_FACTS_SQL = (storyIdColumn: string) =>
  `EXISTS (SELECT 1 FROM facts f WHERE f.story_id = ${storyIdColumn} AND f.status <> 'removed' AND (f.status IN ('unverified', 'disputed', 'false') OR f.detached = 1 OR f.needs_recheck = 1))`;

export function dismissSuggestion(db: Db, storyId: string, key: string, at: string): void {
  prepared(db, `INSERT INTO dismissed_suggestions (story_id, key, dismissed_at) VALUES (?, ?, ?) ON CONFLICT (story_id, key) DO NOTHING`).run(storyId, key, at);
}

export function restoreSuggestion(db: Db, storyId: string, key: string): boolean {
  return prepared(db, `DELETE FROM dismissed_suggestions WHERE story_id = ? AND key = ?`).run(storyId, key).changes === 1;
}

export function listDismissedSuggestions(db: Db, storyId: string): string[] {
  return (prepared(db, `SELECT key FROM dismissed_suggestions WHERE story_id = ? ORDER BY dismissed_at, key`).all(storyId) as Array<{ key: string }>).map((row) => row.key);
}
