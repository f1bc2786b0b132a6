import type { Migration } from './types';

/** Columns of library_rows, as copied from a stories row (`r` is new.* or stories.*). */
const rowValues = (r: string) => `${r}.seq, ${r}.id, ${r}.slug, ${r}.headline, ${r}.authors_json, ${r}.section, ${r}.status,
  CASE ${r}.status WHEN 'draft' THEN 1 WHEN 'editing' THEN 2 WHEN 'fact-check' THEN 3 WHEN 'ready' THEN 4 WHEN 'published' THEN 5 ELSE 6 END,
  ${r}.word_count, ${r}.created_at, ${r}.updated_at, ${r}.version, ${r}.embargo, ${r}.trashed_at`;

const listValues = (r: string) => `
  INSERT OR IGNORE INTO story_authors (story_seq, name)
    SELECT ${r}.seq, trim(value) FROM json_each(${r}.authors_json) WHERE trim(value) <> '';
  INSERT OR IGNORE INTO story_keywords (story_seq, keyword)
    SELECT ${r}.seq, trim(value) FROM json_each(${r}.keywords_json) WHERE trim(value) <> '';`;

/**
 * The library at newsroom scale. Stories get a trash (trashed_at). Everything the list
 * shows, sorts and filters on is copied into library_rows, a narrow table kept in step
 * by triggers: a stories row carries the whole body, so counting or filtering thousands
 * of them would read the bodies too. The byline's authors and the keywords become rows
 * (filters and facet counts without scanning JSON). Indexes cover live stories only.
 */
export const libraryListMigration: Migration = {
  version: 8,
  name: 'library list: trash, list rows, authors, keywords, indexes',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN trashed_at TEXT;
      DROP INDEX IF EXISTS stories_by_updated;

      CREATE TABLE library_rows (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL,
        headline TEXT NOT NULL,
        authors_json TEXT NOT NULL,
        section TEXT NOT NULL,
        status TEXT NOT NULL,
        -- The status in workflow order, for sorting by status.
        status_rank INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        embargo TEXT,
        trashed_at TEXT
      ) STRICT;
      CREATE INDEX library_live_updated ON library_rows (updated_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX library_live_created ON library_rows (created_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX library_live_headline ON library_rows (trim(headline) = '', headline COLLATE NOCASE, seq) WHERE trashed_at IS NULL;
      CREATE INDEX library_live_status ON library_rows (status_rank, updated_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX library_live_section ON library_rows (section COLLATE NOCASE, updated_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX library_live_embargo ON library_rows (embargo) WHERE trashed_at IS NULL AND embargo IS NOT NULL;
      CREATE INDEX library_trashed ON library_rows (trashed_at DESC, seq DESC) WHERE trashed_at IS NOT NULL;

      CREATE TABLE story_authors (
        story_seq INTEGER NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (story_seq, name)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_authors_by_name ON story_authors (name, story_seq);

      CREATE TABLE story_keywords (
        story_seq INTEGER NOT NULL,
        keyword TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (story_seq, keyword)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_keywords_by_keyword ON story_keywords (keyword, story_seq);

      CREATE TRIGGER stories_list_insert AFTER INSERT ON stories BEGIN
        INSERT INTO library_rows VALUES (${rowValues('new')});
        ${listValues('new')}
      END;
      CREATE TRIGGER stories_list_update AFTER UPDATE ON stories
        WHEN old.updated_at IS NOT new.updated_at OR old.trashed_at IS NOT new.trashed_at OR old.status IS NOT new.status
          OR old.headline IS NOT new.headline OR old.slug IS NOT new.slug OR old.authors_json IS NOT new.authors_json
          OR old.section IS NOT new.section OR old.word_count IS NOT new.word_count OR old.version IS NOT new.version
          OR old.embargo IS NOT new.embargo OR old.created_at IS NOT new.created_at BEGIN
        REPLACE INTO library_rows VALUES (${rowValues('new')});
      END;
      CREATE TRIGGER stories_authors_update AFTER UPDATE OF authors_json ON stories
        WHEN old.authors_json IS NOT new.authors_json BEGIN
        DELETE FROM story_authors WHERE story_seq = old.seq;
        INSERT OR IGNORE INTO story_authors (story_seq, name)
          SELECT new.seq, trim(value) FROM json_each(new.authors_json) WHERE trim(value) <> '';
      END;
      CREATE TRIGGER stories_keywords_update AFTER UPDATE OF keywords_json ON stories
        WHEN old.keywords_json IS NOT new.keywords_json BEGIN
        DELETE FROM story_keywords WHERE story_seq = old.seq;
        INSERT OR IGNORE INTO story_keywords (story_seq, keyword)
          SELECT new.seq, trim(value) FROM json_each(new.keywords_json) WHERE trim(value) <> '';
      END;
      CREATE TRIGGER stories_list_delete AFTER DELETE ON stories BEGIN
        DELETE FROM library_rows WHERE seq = old.seq;
        DELETE FROM story_authors WHERE story_seq = old.seq;
        DELETE FROM story_keywords WHERE story_seq = old.seq;
      END;

      INSERT INTO library_rows SELECT ${rowValues('stories')} FROM stories;
      INSERT OR IGNORE INTO story_authors (story_seq, name)
        SELECT stories.seq, trim(each.value) FROM stories, json_each(stories.authors_json) AS each WHERE trim(each.value) <> '';
      INSERT OR IGNORE INTO story_keywords (story_seq, keyword)
        SELECT stories.seq, trim(each.value) FROM stories, json_each(stories.keywords_json) AS each WHERE trim(each.value) <> '';
    `);
  },
};
