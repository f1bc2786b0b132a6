import { prepared, type Db } from './handle';
import type { StoryEvent, StoryEventKind } from '../story/history';

type NewEvent = { storyId: string; at: string; kind: StoryEventKind; note?: string; data?: Record<string, unknown> };

const INSERT_EVENT = `INSERT INTO story_events (story_id, at, kind, note, data_json) VALUES (@storyId, @at, @kind, @note, @dataJson)`;

/** The insert of an event, for a writer on another connection (db/batchWriter.ts). */
export function storyEventStatement(event: NewEvent): { sql: string; params: Record<string, unknown> } {
  return { sql: INSERT_EVENT, params: { storyId: event.storyId, at: event.at, kind: event.kind, note: event.note ?? '', dataJson: JSON.stringify(event.data ?? {}) } };
}

export function recordStoryEvent(db: Db, event: NewEvent): StoryEvent {
  const { sql, params } = storyEventStatement(event);
  const { lastInsertRowid } = prepared(db, sql).run(params);
  return { id: Number(lastInsertRowid), storyId: event.storyId, at: event.at, kind: event.kind, note: event.note ?? '', data: event.data ?? {} };
}

export function listStoryEvents(db: Db, storyId: string): StoryEvent[] {
  const rows = prepared(db, `SELECT id, story_id, at, kind, note, data_json FROM story_events WHERE story_id = ? ORDER BY at, id`).all(storyId) as Array<{
    id: number;
    story_id: string;
    at: string;
    kind: StoryEventKind;
    note: string;
    data_json: string;
  }>;
  return rows.map((row) => ({ id: row.id, storyId: row.story_id, at: row.at, kind: row.kind, note: row.note, data: JSON.parse(row.data_json) as Record<string, unknown> }));
}
