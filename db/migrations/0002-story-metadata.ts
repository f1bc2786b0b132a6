import type { Migration } from './types';

/** The newsroom metadata of a story: variants, authors, keywords, language, urgency, embargo, rights, related. */
export const storyMetadataMigration: Migration = {
  version: 2,
  name: 'story metadata',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN headline_seo TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN headline_social TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN authors_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors_json) AND json_type(authors_json) = 'array');
      ALTER TABLE stories ADD COLUMN keywords_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords_json) AND json_type(keywords_json) = 'array');
      ALTER TABLE stories ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
      ALTER TABLE stories ADD COLUMN urgency INTEGER CHECK (urgency IS NULL OR urgency BETWEEN 1 AND 9);
      ALTER TABLE stories ADD COLUMN genre TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN embargo TEXT;
      ALTER TABLE stories ADD COLUMN editors_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN copyright TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN usage_terms TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN related_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related_json) AND json_type(related_json) = 'array');

      UPDATE stories SET authors_json = json_array(byline) WHERE trim(byline) <> '';
      ALTER TABLE stories DROP COLUMN byline;
    `);
  },
};
