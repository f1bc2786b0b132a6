import type { Migration } from './types';

/** A story's history: status changes, corrections, exports, imports, overrides, restores. */
export const storyEventsMigration: Migration = {
  version: 4,
  name: 'story history',
  up(db) {
    db.exec(`
      CREATE TABLE story_events (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        data_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data_json))
      ) STRICT;
      CREATE INDEX story_events_by_story ON story_events (story_id, at);
    `);
  },
};
