import type { Migration } from './types';

/** Suggestions the writer dismissed, remembered per story by their key (kind and words). */
export const dismissedSuggestionsMigration: Migration = {
  version: 6,
  name: 'dismissed suggestions',
  up(db) {
    db.exec(`
      CREATE TABLE dismissed_suggestions (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 2000),
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (story_id, key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
