import type { Db } from './handle';
import { prepared } from './handle';
import type { RelatedItem, Story, StoryFields, StorySummary, StoryStatus } from '../story/model';
import type { DocJSON } from '../story/document';

interface StoryRow {
  id: string;
  slug: string;
  headline: string;
  headline_seo: string;
  headline_social: string;
  dek: string;
  authors_json: string;
  dateline_place: string;
  dateline_date: string;
  section: string;
  keywords_json: string;
  language: string;
  urgency: number | null;
  genre: string;
  embargo: string | null;
  editors_note: string;
  copyright: string;
  usage_terms: string;
  status: StoryStatus;
  body_json: string;
  body_text: string;
  notes_text: string;
  word_count: number;
  related_json: string;
  created_at: string;
  updated_at: string;
  version: number;
  trashed_at: string | null;
}

export type SummaryRow = Pick<StoryRow, 'id' | 'slug' | 'headline' | 'authors_json' | 'section' | 'status' | 'word_count' | 'created_at' | 'updated_at' | 'version'>;

/** A story as stored: its fields plus what is derived from the body. */
export interface StoryRecord extends StoryFields {
  id: string;
  bodyText: string;
  /** The editor's note and the body's editor's-note blocks, for search. */
  notesText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
}

function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    headlineVariants: { seo: row.headline_seo, social: row.headline_social },
    dek: row.dek,
    authors: JSON.parse(row.authors_json) as string[],
    dateline: { place: row.dateline_place, date: row.dateline_date },
    section: row.section,
    keywords: JSON.parse(row.keywords_json) as string[],
    language: row.language,
    urgency: row.urgency,
    genre: row.genre,
    embargo: row.embargo,
    editorsNote: row.editors_note,
    copyright: row.copyright,
    usageTerms: row.usage_terms,
    status: row.status,
    body: JSON.parse(row.body_json) as DocJSON,
    related: JSON.parse(row.related_json) as RelatedItem[],
    bodyText: row.body_text,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function toSummary(row: SummaryRow): StorySummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    authors: JSON.parse(row.authors_json) as string[],
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
    headline_seo: record.headlineVariants.seo,
    headline_social: record.headlineVariants.social,
    dek: record.dek,
    authors_json: JSON.stringify(record.authors),
    dateline_place: record.dateline.place,
    dateline_date: record.dateline.date,
    section: record.section,
    keywords_json: JSON.stringify(record.keywords),
    language: record.language,
    urgency: record.urgency,
    genre: record.genre,
    embargo: record.embargo,
    editors_note: record.editorsNote,
    copyright: record.copyright,
    usage_terms: record.usageTerms,
    status: record.status,
    body_json: JSON.stringify(record.body),
    body_text: record.bodyText,
    notes_text: record.notesText,
    word_count: record.wordCount,
    related_json: JSON.stringify(record.related),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

const COLUMNS = [
  'id', 'slug', 'headline', 'headline_seo', 'headline_social', 'dek', 'authors_json', 'dateline_place', 'dateline_date',
  'section', 'keywords_json', 'language', 'urgency', 'genre', 'embargo', 'editors_note', 'copyright', 'usage_terms',
  'status', 'body_json', 'body_text', 'notes_text', 'word_count', 'related_json', 'created_at', 'updated_at',
] as const;
const UPDATABLE = COLUMNS.filter((column) => column !== 'id' && column !== 'created_at');

const INSERT_SQL = `INSERT INTO stories (${COLUMNS.join(', ')}, version) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, 1)`;
const UPDATE_SQL = `UPDATE stories SET ${UPDATABLE.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1
                     WHERE id = @id AND version = @base_version`;

/** A statement and its parameters, for a writer on another connection (db/batchWriter.ts). */
export interface SqlStatement {
  sql: string;
  params: Record<string, unknown>;
}

export function insertStoryStatement(record: StoryRecord): SqlStatement {
  return { sql: INSERT_SQL, params: toParams(record) };
}

export function insertStory(db: Db, record: StoryRecord): Story {
  const { sql, params } = insertStoryStatement(record);
  prepared(db, sql).run(params);
  return { ...record, version: 1 };
}

export function getStory(db: Db, id: string): Story | undefined {
  const row = prepared(db, `SELECT * FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
  return row && toStory(row);
}

/** When the story went to the trash; null when it is live, undefined when there is no such story. */
export function trashedAtOf(db: Db, id: string): string | null | undefined {
  const row = prepared(db, `SELECT trashed_at FROM library_rows WHERE id = ?`).get(id) as { trashed_at: string | null } | undefined;
  return row ? row.trashed_at : undefined;
}

/** Writes the record if the stored version is still `baseVersion`; returns the new version, or undefined on a conflict. */
export function updateStoryIfVersion(db: Db, record: StoryRecord, baseVersion: number): number | undefined {
  const { created_at: _created, ...params } = toParams(record);
  const result = prepared(db, UPDATE_SQL).run({ ...params, base_version: baseVersion });
  return result.changes === 1 ? baseVersion + 1 : undefined;
}

export function listStories(db: Db, page: { limit: number; offset: number }): StorySummary[] {
  const rows = prepared(
    db,
    `SELECT id, slug, headline, authors_json, section, status, word_count, created_at, updated_at, version
       FROM library_rows WHERE trashed_at IS NULL ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`,
  ).all(page.limit, page.offset) as SummaryRow[];
  return rows.map(toSummary);
}

/** Live stories (the trash not counted). */
export function countStories(db: Db): number {
  return (prepared(db, `SELECT count(*) AS n FROM library_rows WHERE trashed_at IS NULL`).get() as { n: number }).n;
}

/** The metadata a details panel edits, by column; none of them is guarded by the story's version. */
const DETAIL_COLUMNS = {
  headlineVariants: (value: StoryFields['headlineVariants']) => ({ headline_seo: value.seo, headline_social: value.social }),
  section: (value: string) => ({ section: value }),
  keywords: (value: string[]) => ({ keywords_json: JSON.stringify(value) }),
  language: (value: string) => ({ language: value }),
  urgency: (value: number | null) => ({ urgency: value }),
  genre: (value: string) => ({ genre: value }),
  embargo: (value: string | null) => ({ embargo: value }),
  editorsNote: (value: string) => ({ editors_note: value }),
  copyright: (value: string) => ({ copyright: value }),
  usageTerms: (value: string) => ({ usage_terms: value }),
  related: (value: RelatedItem[]) => ({ related_json: JSON.stringify(value) }),
} as const;

export type StoryDetails = Pick<StoryFields, keyof typeof DETAIL_COLUMNS>;
export const STORY_DETAIL_KEYS = Object.keys(DETAIL_COLUMNS) as Array<keyof StoryDetails>;

/**
 * Write metadata fields (and the notes text derived from them) without touching the
 * body or bumping the version, so an editor saving its text meanwhile does not conflict.
 */
export function updateStoryDetails(db: Db, id: string, details: Partial<StoryDetails>, notesText: string, updatedAt: string): boolean {
  const params: Record<string, unknown> = { id, notes_text: notesText, updated_at: updatedAt };
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    Object.assign(params, (DETAIL_COLUMNS[key as keyof StoryDetails] as (v: unknown) => Record<string, unknown>)(value));
  }
  const columns = Object.keys(params).filter((column) => column !== 'id');
  const sql = `UPDATE stories SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`;
  return prepared(db, sql).run(params).changes === 1;
}

/** Change the workflow status; the version is not bumped (the editor's text is not touched). */
export function updateStoryStatus(db: Db, id: string, status: StoryStatus, updatedAt: string): boolean {
  return prepared(db, `UPDATE stories SET status = ?, updated_at = ? WHERE id = ?`).run(status, updatedAt, id).changes === 1;
}
