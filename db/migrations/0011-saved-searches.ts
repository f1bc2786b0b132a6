import type { Migration } from './types';

/** Searches kept in the library's sidebar: the text, the filters and the sort. */
export const savedSearchesMigration: Migration = {
  version: 11,
  name: 'saved searches',
  up(db) {
    db.exec(`
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        text TEXT NOT NULL DEFAULT '',
        filters_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters_json) AND json_type(filters_json) = 'object'),
        sort TEXT NOT NULL DEFAULT 'updated',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
