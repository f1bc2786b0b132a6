import { describe, expect, it } from 'vitest';
import { searchLibrary } from '../../db/librarySearch';
import { insertStory } from '../../db/stories';
import { startSearchIndexUpkeep } from '../../db/searchIndexUpkeep';
import { withDerived } from '../../electron/services/storyService';
import { blankStoryFields } from '../../story/model';
import { docFromPlainText } from '../../story/document';
import { translateQuery } from '../../story/search/queryTranslator';
import { useTempLibrary } from '../helpers/tempLibrary';

const temp = useTempLibrary();

const WORDS = ['harbour', 'lease', 'council', 'budget', 'ferry', 'strike', 'minister', 'tender', 'port', 'vote', 'audit', 'quay'];

/** Stories saved one by one, as a reporter's library grows: each commit adds a segment to the index. */
function addStories(count: number): void {
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 40 }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ');
    const fields = { ...blankStoryFields(docFromPlainText(`${words} story${i}`)), headline: `${WORDS[i % WORDS.length]} report ${i}` };
    insertStory(temp.library.db, withDerived(fields, `s${i}`, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'));
  }
}

/** Segments in the stories index: FTS5's structure record holds a cookie, then the level and segment counts (varints, here under 128). */
const segments = () => (temp.library.db.prepare(`SELECT block FROM stories_fts_data WHERE id = 10`).pluck().get() as Buffer)[5];

function search(text: string) {
  const translated = translateQuery(text);
  if (translated.kind !== 'match') throw new Error(text);
  return searchLibrary(temp.library.db, { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'relevance', offset: 0, limit: 500, now: new Date().toISOString() });
}

describe('search index upkeep', () => {
  it('merges the index into one segment on its own thread, and every search finds the same stories in the same order', async () => {
    addStories(600);
    expect(segments()).toBeGreaterThan(1);
    const queries = ['harbour', 'lease council', '"ferry strike"', 'minis*', 'headline:quay', 'port OR audit', 'vote -budget', 'story599'];
    const before = queries.map((q) => search(q).rows.map((row) => row.id));

    const outcome = await startSearchIndexUpkeep(temp.library.path).done;

    expect(outcome.steps).toBeGreaterThan(0);
    expect(outcome.stopped).toBe(false);
    expect(segments()).toBe(1);
    expect(queries.map((q) => search(q).rows.map((row) => row.id))).toEqual(before);
    expect(() => temp.library.db.exec(`INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')`)).not.toThrow();
    // Nothing left to merge: a second run changes nothing.
    expect((await startSearchIndexUpkeep(temp.library.path).done).steps).toBe(0);
  });

  it('lets saves through between its steps: every save lands and the merged index finds it', async () => {
    addStories(600);
    const upkeep = startSearchIndexUpkeep(temp.library.path, { pagesPerStep: 1 });
    const state = { finished: false };
    void upkeep.done.then(() => (state.finished = true));
    // A reporter keeps saving while the index is merged.
    let saves = 0;
    while (!state.finished) {
      temp.library.db.prepare(`UPDATE stories SET headline = ? WHERE id = ?`).run(`lighthouse ${saves}`, `s${saves % 600}`);
      saves++;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect((await upkeep.done).steps).toBeGreaterThan(0);
    expect(search('lighthouse').rows).toHaveLength(Math.min(saves, 600));
    expect(() => temp.library.db.exec(`INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('starts no step once stopped', async () => {
    addStories(600);
    const before = segments();
    const upkeep = startSearchIndexUpkeep(temp.library.path);
    await upkeep.stop();
    expect(await upkeep.done).toMatchObject({ steps: 0, stopped: true });
    expect(segments()).toBe(before);
  });
});
