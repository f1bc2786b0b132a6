import { describe, expect, it } from 'vitest';
import { libraryFacets } from '../../db/libraryFacets';
import { trashStories } from '../../db/trash';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

describe('library facets', () => {
  it('counts live stories per status, section, author and keyword, most used first', () => {
    const db = memoryDb();
    addStory(db, { status: 'ready', section: 'Metro', authors: ['Ana Reyes'], keywords: ['ferry', 'harbour'] });
    addStory(db, { status: 'ready', section: 'metro', authors: ['ana reyes', 'Tomasz W'], keywords: ['ferry'] });
    const trashed = addStory(db, { status: 'draft', section: 'Politics', authors: ['Tomasz W'], keywords: ['budget'] });
    trashStories(db, [trashed.id], '2026-05-01T00:00:00.000Z');
    const facets = libraryFacets(db);
    expect(facets.statuses.find((s) => s.value === 'ready')).toEqual({ value: 'ready', count: 2 });
    expect(facets.statuses.find((s) => s.value === 'draft')).toEqual({ value: 'draft', count: 0 });
    expect(facets.sections).toEqual([{ value: 'Metro', count: 2 }]);
    expect(facets.authors).toEqual([
      { value: 'Ana Reyes', count: 2 },
      { value: 'Tomasz W', count: 1 },
    ]);
    expect(facets.keywords).toEqual([
      { value: 'ferry', count: 2 },
      { value: 'harbour', count: 1 },
    ]);
    expect(facets).toMatchObject({ trashCount: 1, liveCount: 2 });
  });
});
