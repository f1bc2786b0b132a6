import type { Migration } from './types';

export const storiesMigration: Migration = {
  version: 1,
  name: 'stories with full-text index',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        dek TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        dateline_place TEXT NOT NULL DEFAULT '',
        dateline_date TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'editing', 'fact-check', 'ready', 'published', 'killed')),
        body_json TEXT NOT NULL,
        body_text TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE INDEX stories_by_updated ON stories (updated_at DESC);

      -- External-content index: the text lives once, in stories; seq is a stable rowid.
      CREATE VIRTUAL TABLE stories_fts USING fts5 (
        headline, dek, body_text,
        content = 'stories', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts (rowid, headline, dek, body_text)
        VALUES (new.seq, new.headline, new.dek, new.body_text);
      END;
      CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts (stories_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.seq, old.headline, old.dek, old.body_text);
      END;
      CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, dek, body_text ON stories BEGIN
        INSERT INTO stories_fts (stories_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.seq, old.headline, old.dek, old.body_text);
        INSERT INTO stories_fts (rowid, headline, dek, body_text)
        VALUES (new.seq, new.headline, new.dek, new.body_text);
      END;
    `);
  },
};
