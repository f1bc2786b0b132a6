import { describe, expect, it } from 'vitest';
import { relatedCandidates } from '../../db/relatedStories';
import { trashStories } from '../../db/trash';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

describe('related story candidates', () => {
  it('offers live stories sharing keywords (most shared first) or the slug’s first word, never the story itself', () => {
    const db = memoryDb();
    const me = addStory(db, { headline: 'Ferry trial', slug: 'harbour-ferry', keywords: ['ferry', 'harbour', 'valmere'] });
    addStory(db, { headline: 'One keyword', keywords: ['ferry'] });
    addStory(db, { headline: 'Two keywords', keywords: ['harbour', 'Valmere'] });
    addStory(db, { headline: 'Same slug family', slug: 'harbour-fees' });
    addStory(db, { headline: 'Unrelated', slug: 'budget', keywords: ['budget'] });
    const gone = addStory(db, { headline: 'Trashed', keywords: ['ferry', 'harbour', 'valmere'] });
    trashStories(db, [gone.id], '2026-05-01T00:00:00.000Z');
    const candidates = relatedCandidates(db, me.id, 10);
    expect(candidates.map((c) => c.headline)).toEqual(['Two keywords', 'Same slug family', 'One keyword']);
    expect(candidates[0]).toMatchObject({ shared_keywords: expect.stringMatching(/harbour/), same_slug: 0 });
    expect(candidates[1]).toMatchObject({ same_slug: 1 });
  });
});
