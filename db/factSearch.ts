import { prepared, type Db } from './handle';
import { toFtsQuery } from './sources';

/**
 * Full-text search over facts (tagged words, current words, attribution, note) and sources
 * (title, notes, person, publisher, address). The library's search joins these results with its
 * own story hits: every hit names the story (or, for a source, the stories citing it).
 */
export interface FactSearchHit {
  type: 'fact' | 'source';
  id: string;
  /** Stories the hit belongs to: the fact's story, or every story citing the source. */
  storyIds: string[];
  /** A short excerpt with the matched words between [ and ]. */
  snippet: string;
  /** bm25 rank: lower is better, comparable within one type. */
  rank: number;
}

export function searchFactsAndSources(db: Db, query: string, limit = 50): FactSearchHit[] {
  const match = toFtsQuery(query);
  return match ? matchFactsAndSources(db, match, limit) : [];
}

/**
 * The same search for an FTS5 query already built (by the library's translator, without fields: the
 * columns differ); the matched words between `marks`.
 */
export function matchFactsAndSources(db: Db, match: string, limit: number, marks: readonly [string, string] = ['[', ']']): FactSearchHit[] {
  const facts = prepared(
    db,
    `SELECT f.id, f.story_id, snippet(facts_fts, -1, ?, ?, '…', 12) AS snippet, bm25(facts_fts) AS rank
       FROM facts_fts JOIN facts f ON f.seq = facts_fts.rowid
      WHERE facts_fts MATCH ? ORDER BY rank LIMIT ?`,
  ).all(...marks, match, limit) as Array<{ id: string; story_id: string; snippet: string; rank: number }>;
  const sources = prepared(
    db,
    `SELECT s.id, (SELECT json_group_array(DISTINCT f.story_id) FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id WHERE fs.source_id = s.id) AS story_ids,
            snippet(sources_fts, -1, ?, ?, '…', 12) AS snippet, bm25(sources_fts) AS rank
       FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid
      WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?`,
  ).all(...marks, match, limit) as Array<{ id: string; story_ids: string; snippet: string; rank: number }>;
  return [
    ...facts.map((row) => ({ type: 'fact' as const, id: row.id, storyIds: [row.story_id], snippet: row.snippet, rank: row.rank })),
    ...sources.map((row) => ({ type: 'source' as const, id: row.id, storyIds: JSON.parse(row.story_ids) as string[], snippet: row.snippet, rank: row.rank })),
  ];
}

/** Ids of stories whose facts or cited sources match the words: for the library search to OR with its own story index. */
export function storyIdsMatchingFactsOrSources(db: Db, query: string, limit = 500): string[] {
  return [...new Set(searchFactsAndSources(db, query, limit).flatMap((hit) => hit.storyIds))];
}
