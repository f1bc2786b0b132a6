import type { Migration } from './types';

/** The registry of people, organisations and places: canonical names, aliases (a spelling marked correct), titles with dates. */
export const entityRegistryMigration: Migration = {
  version: 7,
  name: 'entity registry',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX entities_by_name ON entities (kind, name COLLATE NOCASE);

      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
        -- 1: a spelling the desk has marked correct; no variant warning for it.
        correct INTEGER NOT NULL DEFAULT 0 CHECK (correct IN (0, 1)),
        PRIMARY KEY (entity_id, alias)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entity_aliases_by_alias ON entity_aliases (alias COLLATE NOCASE);

      CREATE TABLE entity_titles (
        id INTEGER PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        from_date TEXT,
        to_date TEXT,
        CHECK (from_date IS NULL OR to_date IS NULL OR from_date <= to_date)
      ) STRICT;
      CREATE INDEX entity_titles_by_entity ON entity_titles (entity_id);
    `);
  },
};
