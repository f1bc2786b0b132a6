import { prepared, type Db } from './handle';

export interface RelatedCandidate {
  id: string;
  headline: string;
  slug: string;
  updated_at: string;
  /** Keywords it shares with the story. */
  shared_keywords: string | null;
  /** People, organisations and places tagged as facts in both. */
  shared_entities: string | null;
  /** 1 when its slug shares its first word with the story's slug. */
  same_slug: number;
}

/**
 * Live stories that share keywords, tagged people, organisations or places, or the slug's
 * first word with a story: most shared first, then the newest. Text similarity is added by
 * the caller through search.
 */
export function relatedCandidates(db: Db, storyId: string, limit: number): RelatedCandidate[] {
  return prepared(
    db,
    `WITH me AS (SELECT seq, slug, CASE WHEN instr(slug, '-') > 0 THEN substr(slug, 1, instr(slug, '-') - 1) ELSE slug END AS stem
                   FROM library_rows WHERE id = @id),
          shared AS (SELECT other.story_seq AS seq, group_concat(other.keyword, ', ') AS keywords, count(*) AS n
                       FROM story_keywords AS mine JOIN story_keywords AS other ON other.keyword = mine.keyword
                      WHERE mine.story_seq = (SELECT seq FROM me) AND other.story_seq <> (SELECT seq FROM me)
                      GROUP BY other.story_seq),
          my_entities AS (SELECT DISTINCT kind, lower(text) AS name FROM facts
                           WHERE story_id = @id AND kind IN ('person', 'organisation', 'place') AND status <> 'removed' LIMIT 40),
          entities AS (SELECT s.seq, group_concat(DISTINCT f.text) AS names, count(DISTINCT lower(f.text)) AS n
                         FROM facts AS f JOIN my_entities AS e ON e.kind = f.kind AND e.name = lower(f.text)
                         JOIN library_rows AS s ON s.id = f.story_id
                        WHERE f.story_id <> @id AND f.status <> 'removed'
                        GROUP BY s.seq),
          slugged AS (SELECT s.seq FROM library_rows AS s, me
                       WHERE me.stem <> '' AND s.seq <> me.seq AND (s.slug = me.stem OR s.slug LIKE me.stem || '-%'))
     SELECT s.id, s.headline, s.slug, s.updated_at, shared.keywords AS shared_keywords, entities.names AS shared_entities,
            (s.seq IN (SELECT seq FROM slugged)) AS same_slug
       FROM library_rows AS s LEFT JOIN shared ON shared.seq = s.seq LEFT JOIN entities ON entities.seq = s.seq
      WHERE s.trashed_at IS NULL AND (shared.seq IS NOT NULL OR entities.seq IS NOT NULL OR s.seq IN (SELECT seq FROM slugged))
      ORDER BY coalesce(shared.n, 0) + coalesce(entities.n, 0) + (s.seq IN (SELECT seq FROM slugged)) * 1.5 DESC, s.updated_at DESC
      LIMIT @limit`,
  ).all({ id: storyId, limit }) as RelatedCandidate[];
}
