import type { Migration } from './types';

/**
 * Facts pinned to stories, the source ledger shared by all stories, the links between them, and
 * their full-text indexes. Self-contained: it relies only on `stories (id)`.
 */
export const factsAndSourcesMigration: Migration = {
  version: 5,
  name: 'facts and sources',
  up(db) {
    db.exec(`
      CREATE TABLE facts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'quote', 'figure', 'date', 'person', 'organisation', 'place')),
        -- The words as tagged (or as last verified), and as the draft has them now.
        text TEXT NOT NULL,
        current_text TEXT NOT NULL,
        -- The sentence around the words when they were tagged: the consistency check compares claims by it.
        context TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'unverified'
          CHECK (status IN ('unverified', 'sourced', 'verified', 'disputed', 'false', 'removed')),
        attribution TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        -- What the suggester knew (name, title, speaker, unit, resolved date), kept for the registry and the checks.
        meta_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta_json) AND json_type(meta_json) = 'object'),
        detached INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
        needs_recheck INTEGER NOT NULL DEFAULT 0 CHECK (needs_recheck IN (0, 1)),
        -- Place in the body at the last save (document order); NULL while detached.
        doc_order INTEGER,
        checked_by TEXT NOT NULL DEFAULT '',
        checked_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX facts_by_story ON facts (story_id, doc_order);
      CREATE INDEX facts_open ON facts (story_id) WHERE status IN ('unverified', 'disputed', 'false') OR detached = 1 OR needs_recheck = 1;

      CREATE TABLE sources (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('web', 'document', 'interview', 'wire', 'email', 'other')),
        title TEXT NOT NULL,
        url TEXT,
        -- web: when read; wire, email: when received.
        accessed_at TEXT,
        publisher TEXT,
        -- document: the copy in the library's files folder (relative path), its digest and its original name.
        file_path TEXT,
        file_name TEXT,
        file_size INTEGER,
        sha256 TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        -- interview
        person TEXT,
        person_title TEXT,
        contact TEXT,
        interviewed_at TEXT,
        on_record INTEGER CHECK (on_record IS NULL OR on_record IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (kind <> 'document' OR (file_path IS NOT NULL AND sha256 IS NOT NULL))
      ) STRICT;
      CREATE INDEX sources_by_digest ON sources (sha256) WHERE sha256 IS NOT NULL;

      CREATE TABLE fact_sources (
        fact_id TEXT NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
        added_at TEXT NOT NULL,
        PRIMARY KEY (fact_id, source_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX fact_sources_by_source ON fact_sources (source_id);

      CREATE VIRTUAL TABLE facts_fts USING fts5 (
        text, current_text, attribution, note,
        content = 'facts', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts BEGIN
        INSERT INTO facts_fts (rowid, text, current_text, attribution, note) VALUES (new.seq, new.text, new.current_text, new.attribution, new.note);
      END;
      CREATE TRIGGER facts_fts_delete AFTER DELETE ON facts BEGIN
        INSERT INTO facts_fts (facts_fts, rowid, text, current_text, attribution, note) VALUES ('delete', old.seq, old.text, old.current_text, old.attribution, old.note);
      END;
      CREATE TRIGGER facts_fts_update AFTER UPDATE OF text, current_text, attribution, note ON facts BEGIN
        INSERT INTO facts_fts (facts_fts, rowid, text, current_text, attribution, note) VALUES ('delete', old.seq, old.text, old.current_text, old.attribution, old.note);
        INSERT INTO facts_fts (rowid, text, current_text, attribution, note) VALUES (new.seq, new.text, new.current_text, new.attribution, new.note);
      END;

      CREATE VIRTUAL TABLE sources_fts USING fts5 (
        title, notes, person, publisher, url,
        content = 'sources', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts (rowid, title, notes, person, publisher, url) VALUES (new.seq, new.title, new.notes, new.person, new.publisher, new.url);
      END;
      CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, notes, person, publisher, url) VALUES ('delete', old.seq, old.title, old.notes, old.person, old.publisher, old.url);
      END;
      CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, notes, person, publisher, url ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, notes, person, publisher, url) VALUES ('delete', old.seq, old.title, old.notes, old.person, old.publisher, old.url);
        INSERT INTO sources_fts (rowid, title, notes, person, publisher, url) VALUES (new.seq, new.title, new.notes, new.person, new.publisher, new.url);
      END;
    `);
  },
};
