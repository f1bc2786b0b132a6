import type { Migration } from './types';

/**
 * Snapshots of a story: saved by hand ("Save version"), at each status change, on
 * import, before a restore, and automatically while editing. The body is kept as
 * stored; the other fields as one JSON object.
 */
export const revisionsMigration: Migration = {
  version: 10,
  name: 'revisions',
  up(db) {
    db.exec(`
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto', 'status', 'import', 'restore')),
        note TEXT NOT NULL DEFAULT '',
        story_version INTEGER NOT NULL,
        headline TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        fields_json TEXT NOT NULL CHECK (json_valid(fields_json)),
        body_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_story ON revisions (story_id, at DESC, id DESC);
    `);
  },
};
