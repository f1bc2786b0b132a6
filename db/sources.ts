import { prepared, type Db } from './handle';
import type { Source, SourceCitation, SourceKind } from '../story/facts/model';

interface SourceRow {
  id: string;
  kind: SourceKind;
  title: string;
  url: string | null;
  accessed_at: string | null;
  publisher: string | null;
  file_path: string | null;
  file_name: string | null;
  file_size: number | null;
  sha256: string | null;
  person: string | null;
  person_title: string | null;
  contact: string | null;
  interviewed_at: string | null;
  on_record: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** A source as stored, with where its document copy lives (relative to the library's files folder). */
export interface SourceRecord extends Source {
  filePath?: string;
}

function toSource(row: SourceRow): SourceRecord {
  const source: SourceRecord = { id: row.id, kind: row.kind, title: row.title, notes: row.notes, createdAt: row.created_at, updatedAt: row.updated_at };
  if (row.url !== null) source.url = row.url;
  if (row.accessed_at !== null) source.accessedAt = row.accessed_at;
  if (row.publisher !== null) source.publisher = row.publisher;
  if (row.file_path !== null) source.filePath = row.file_path;
  if (row.file_name !== null) source.fileName = row.file_name;
  if (row.file_size !== null) source.fileSize = row.file_size;
  if (row.sha256 !== null) source.sha256 = row.sha256;
  if (row.person !== null) source.person = row.person;
  if (row.person_title !== null) source.personTitle = row.person_title;
  if (row.contact !== null) source.contact = row.contact;
  if (row.interviewed_at !== null) source.interviewedAt = row.interviewed_at;
  if (row.on_record !== null) source.onRecord = row.on_record === 1;
  return source;
}

/** Every field a source may hold, as stored. */
export interface SourceFields {
  kind: SourceKind;
  title: string;
  url?: string | undefined;
  accessedAt?: string | undefined;
  publisher?: string | undefined;
  filePath?: string | undefined;
  fileName?: string | undefined;
  fileSize?: number | undefined;
  sha256?: string | undefined;
  person?: string | undefined;
  personTitle?: string | undefined;
  contact?: string | undefined;
  interviewedAt?: string | undefined;
  onRecord?: boolean | undefined;
  notes: string;
}

const params = (fields: SourceFields) => ({
  kind: fields.kind,
  title: fields.title,
  url: fields.url ?? null,
  accessed_at: fields.accessedAt ?? null,
  publisher: fields.publisher ?? null,
  file_path: fields.filePath ?? null,
  file_name: fields.fileName ?? null,
  file_size: fields.fileSize ?? null,
  sha256: fields.sha256 ?? null,
  person: fields.person ?? null,
  person_title: fields.personTitle ?? null,
  contact: fields.contact ?? null,
  interviewed_at: fields.interviewedAt ?? null,
  on_record: fields.onRecord === undefined ? null : fields.onRecord ? 1 : 0,
  notes: fields.notes,
});

const FIELDS = ['kind', 'title', 'url', 'accessed_at', 'publisher', 'file_path', 'file_name', 'file_size', 'sha256', 'person', 'person_title', 'contact', 'interviewed_at', 'on_record', 'notes'];

export function insertSource(db: Db, id: string, fields: SourceFields, at: string): void {
  prepared(db, `INSERT INTO sources (id, ${FIELDS.join(', ')}, created_at, updated_at) VALUES (@id, ${FIELDS.map((f) => `@${f}`).join(', ')}, @at, @at)`).run({ id, ...params(fields), at });
}

export function updateSource(db: Db, id: string, fields: SourceFields, at: string): void {
  prepared(db, `UPDATE sources SET ${FIELDS.map((f) => `${f} = @${f}`).join(', ')}, updated_at = @at WHERE id = @id`).run({ id, ...params(fields), at });
}

export function getSource(db: Db, id: string): SourceRecord | undefined {
  const row = prepared(db, `SELECT * FROM sources WHERE id = ?`).get(id) as SourceRow | undefined;
  return row && toSource(row);
}

export function getSources(db: Db, ids: readonly string[]): SourceRecord[] {
  if (ids.length === 0) return [];
  const rows = prepared(db, `SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as SourceRow[];
  return rows.map(toSource);
}

export function findDocumentByDigest(db: Db, sha256: string): SourceRecord | undefined {
  const row = prepared(db, `SELECT * FROM sources WHERE sha256 = ? AND kind = 'document' ORDER BY seq LIMIT 1`).get(sha256) as SourceRow | undefined;
  return row && toSource(row);
}

/** The most recently used sources first (for "reuse a source"), or those matching words in their title, notes, person, publisher or address. */
export function searchSources(db: Db, query: string, limit: number): SourceRecord[] {
  const match = toFtsQuery(query);
  const rows = match
    ? (prepared(db, `SELECT s.* FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid WHERE sources_fts MATCH ? ORDER BY bm25(sources_fts) LIMIT ?`).all(match, limit) as SourceRow[])
    : (prepared(
        db,
        `SELECT s.* FROM sources s LEFT JOIN (SELECT source_id, max(added_at) AS last FROM fact_sources GROUP BY source_id) u ON u.source_id = s.id
          ORDER BY coalesce(u.last, s.updated_at) DESC, s.seq DESC LIMIT ?`,
      ).all(limit) as SourceRow[]);
  return rows.map(toSource);
}

export function deleteSource(db: Db, id: string): void {
  prepared(db, `DELETE FROM sources WHERE id = ?`).run(id);
}

export type Citation = SourceCitation;

/** Every fact that cites the source, with its story. */
export function citationsOf(db: Db, sourceId: string): Citation[] {
  const rows = prepared(
    db,
    `SELECT f.id AS factId, f.kind AS factKind, f.current_text AS factText, f.status AS factStatus, f.detached AS detached,
            s.id AS storyId, s.headline AS storyHeadline, s.slug AS storySlug
       FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id JOIN stories s ON s.id = f.story_id
      WHERE fs.source_id = ? ORDER BY s.updated_at DESC, f.doc_order`,
  ).all(sourceId) as Array<Omit<Citation, 'detached'> & { detached: number }>;
  return rows.map((row) => ({ ...row, detached: row.detached === 1 }));
}

/**
 * Words → an FTS5 query: each word a quoted prefix term, all required. Quoting keeps user input
 * from being read as FTS syntax. Empty when there are no words.
 */
export function toFtsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}
