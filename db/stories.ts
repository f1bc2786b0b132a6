import type { Db } from './handle';
import { prepared } from './handle';
import type { Story, StoryFields, StorySummary, StoryStatus } from '../story/model';
import type { DocJSON } from '../story/document';

interface StoryRow {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  byline: string;
  dateline_place: string;
  dateline_date: string;
  section: string;
  status: StoryStatus;
  body_json: string;
  body_text: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  version: number;
}

type SummaryRow = Pick<StoryRow, 'id' | 'slug' | 'headline' | 'byline' | 'section' | 'status' | 'word_count' | 'created_at' | 'updated_at' | 'version'>;

/** A story as stored: its fields plus what is derived from the body. */
export interface StoryRecord extends StoryFields {
  id: string;
  bodyText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
}

function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    byline: row.byline,
    dateline: { place: row.dateline_place, date: row.dateline_date },
    section: row.section,
    status: row.status,
    body: JSON.parse(row.body_json) as DocJSON,
    bodyText: row.body_text,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toSummary(row: SummaryRow): StorySummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    byline: row.byline,
    section: row.section,
    status: row.status,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toParams(record: StoryRecord) {
  return {
    id: record.id,
    slug: record.slug,
    headline: record.headline,
    dek: record.dek,
    byline: record.byline,
    dateline_place: record.dateline.place,
    dateline_date: record.dateline.date,
    section: record.section,
    status: record.status,
    body_json: JSON.stringify(record.body),
    body_text: record.bodyText,
    word_count: record.wordCount,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

export function insertStory(db: Db, record: StoryRecord): Story {
  prepared(
    db,
    `INSERT INTO stories (id, slug, headline, dek, byline, dateline_place, dateline_date, section, status,
                          body_json, body_text, word_count, created_at, updated_at, version)
     VALUES (@id, @slug, @headline, @dek, @byline, @dateline_place, @dateline_date, @section, @status,
             @body_json, @body_text, @word_count, @created_at, @updated_at, 1)`,
  ).run(toParams(record));
  return { ...record, version: 1 };
}

export function getStory(db: Db, id: string): Story | undefined {
  const row = prepared(db, `SELECT * FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
  return row && toStory(row);
}

/** Writes the record if the stored version is still `baseVersion`; returns the new version, or undefined on a conflict. */
export function updateStoryIfVersion(db: Db, record: StoryRecord, baseVersion: number): number | undefined {
  const result = prepared(
    db,
    `UPDATE stories SET slug = @slug, headline = @headline, dek = @dek, byline = @byline,
            dateline_place = @dateline_place, dateline_date = @dateline_date, section = @section,
            status = @status, body_json = @body_json, body_text = @body_text, word_count = @word_count,
            updated_at = @updated_at, version = version + 1
      WHERE id = @id AND version = @base_version`,
  ).run({ ...toParams(record), base_version: baseVersion });
  return result.changes === 1 ? baseVersion + 1 : undefined;
}

export function listStories(db: Db, page: { limit: number; offset: number }): StorySummary[] {
  const rows = prepared(
    db,
    `SELECT id, slug, headline, byline, section, status, word_count, created_at, updated_at, version
       FROM stories ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`,
  ).all(page.limit, page.offset) as SummaryRow[];
  return rows.map(toSummary);
}

export function countStories(db: Db): number {
  return (prepared(db, `SELECT count(*) AS n FROM stories`).get() as { n: number }).n;
}
