import type { Migration } from './types';

/**
 * The library at newsroom scale: a trash (trashed_at), the byline's authors and the
 * keywords as rows kept in step by triggers (filters and facet counts without
 * scanning JSON), and the indexes each sort and filter of the list needs. Indexes
 * cover live stories only, so the trash costs the list nothing.
 */
export const libraryListMigration: Migration = {
  version: 5,
  name: 'library list: trash, authors, keywords, list indexes',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN trashed_at TEXT;
      -- Workflow order of the status, for sorting by status.
      ALTER TABLE stories ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (
        CASE status WHEN 'draft' THEN 1 WHEN 'editing' THEN 2 WHEN 'fact-check' THEN 3
                    WHEN 'ready' THEN 4 WHEN 'published' THEN 5 ELSE 6 END) VIRTUAL;

      DROP INDEX IF EXISTS stories_by_updated;
      CREATE INDEX stories_live_updated ON stories (updated_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX stories_live_created ON stories (created_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX stories_live_headline ON stories (trim(headline) = '', headline COLLATE NOCASE, seq) WHERE trashed_at IS NULL;
      CREATE INDEX stories_live_status ON stories (status_rank, updated_at DESC, seq DESC) WHERE trashed_at IS NULL;
      CREATE INDEX stories_live_section ON stories (section COLLATE NOCASE, updated_at DESC) WHERE trashed_at IS NULL;
      CREATE INDEX stories_live_embargo ON stories (embargo) WHERE trashed_at IS NULL AND embargo IS NOT NULL;
      CREATE INDEX stories_trashed ON stories (trashed_at DESC) WHERE trashed_at IS NOT NULL;

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

      CREATE TRIGGER stories_lists_insert AFTER INSERT ON stories BEGIN
        INSERT OR IGNORE INTO story_authors (story_seq, name)
          SELECT new.seq, trim(value) FROM json_each(new.authors_json) WHERE trim(value) <> '';
        INSERT OR IGNORE INTO story_keywords (story_seq, keyword)
          SELECT new.seq, trim(value) FROM json_each(new.keywords_json) WHERE trim(value) <> '';
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
      CREATE TRIGGER stories_lists_delete AFTER DELETE ON stories BEGIN
        DELETE FROM story_authors WHERE story_seq = old.seq;
        DELETE FROM story_keywords WHERE story_seq = old.seq;
      END;

      INSERT OR IGNORE INTO story_authors (story_seq, name)
        SELECT stories.seq, trim(each.value) FROM stories, json_each(stories.authors_json) AS each WHERE trim(each.value) <> '';
      INSERT OR IGNORE INTO story_keywords (story_seq, keyword)
        SELECT stories.seq, trim(each.value) FROM stories, json_each(stories.keywords_json) AS each WHERE trim(each.value) <> '';
    `);
  },
};
