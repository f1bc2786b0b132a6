import { prepared, type Db } from './handle';
import type { FacetValue, LibraryFacets } from '../story/library';
import { STORY_STATUSES, type StoryStatus } from '../story/model';

const FACET_LIMIT = 500;

/** What the filter menus offer: each value with the number of live stories holding it. */
export function libraryFacets(db: Db): LibraryFacets {
  const statusRows = prepared(db, `SELECT status AS value, count(*) AS count FROM library_rows WHERE trashed_at IS NULL GROUP BY status`).all() as Array<{
    value: StoryStatus;
    count: number;
  }>;
  const byStatus = new Map(statusRows.map((row) => [row.value, row.count]));
  const sections = prepared(
    db,
    `SELECT min(section) AS value, count(*) AS count FROM library_rows
      WHERE trashed_at IS NULL AND section <> '' GROUP BY section COLLATE NOCASE ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`,
  ).all() as FacetValue[];
  const authors = prepared(
    db,
    `SELECT min(a.name) AS value, count(*) AS count FROM story_authors AS a JOIN library_rows AS s ON s.seq = a.story_seq
      WHERE s.trashed_at IS NULL GROUP BY a.name ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`,
  ).all() as FacetValue[];
  const keywords = prepared(
    db,
    `SELECT min(k.keyword) AS value, count(*) AS count FROM story_keywords AS k JOIN library_rows AS s ON s.seq = k.story_seq
      WHERE s.trashed_at IS NULL GROUP BY k.keyword ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`,
  ).all() as FacetValue[];
  const trashCount = (prepared(db, `SELECT count(*) AS n FROM library_rows WHERE trashed_at IS NOT NULL`).get() as { n: number }).n;
  return {
    statuses: STORY_STATUSES.map((value) => ({ value, count: byStatus.get(value) ?? 0 })),
    sections,
    authors,
    keywords,
    trashCount,
    liveCount: statusRows.reduce((sum, row) => sum + row.count, 0),
  };
}
