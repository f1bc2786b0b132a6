import { prepared, type Db } from './handle';
import type { StoryEvent, StoryEventKind } from '../story/history';

export function recordStoryEvent(db: Db, event: { storyId: string; at: string; kind: StoryEventKind; note?: string; data?: Record<string, unknown> }): StoryEvent {
  const data = event.data ?? {};
  const note = event.note ?? '';
  const { lastInsertRowid } = prepared(db, `INSERT INTO story_events (story_id, at, kind, note, data_json) VALUES (?, ?, ?, ?, ?)`).run(
    event.storyId,
    event.at,
    event.kind,
    note,
    JSON.stringify(data),
  );
  return { id: Number(lastInsertRowid), storyId: event.storyId, at: event.at, kind: event.kind, note, data };
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
