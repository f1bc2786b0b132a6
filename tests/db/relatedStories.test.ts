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

  it('offers stories naming the same people, organisations and places tagged as facts', () => {
    const db = memoryDb();
    const me = addStory(db, { headline: 'Harbour vote' });
    const other = addStory(db, { headline: 'Mayor on the budget' });
    addStory(db, { headline: 'Nothing shared' });
    const fact = db.prepare(
      `INSERT INTO facts (id, story_id, kind, text, current_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
    );
    fact.run('f1', me.id, 'person', 'Ines Okafor', 'Ines Okafor');
    fact.run('f2', other.id, 'person', 'ines okafor', 'ines okafor');
    fact.run('f3', other.id, 'claim', 'Harbour vote', 'Harbour vote');
    const [candidate, ...rest] = relatedCandidates(db, me.id, 10);
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({ headline: 'Mayor on the budget', shared_entities: 'ines okafor' });
  });
});
