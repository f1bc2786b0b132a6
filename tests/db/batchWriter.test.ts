import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { openBatchWriter } from '../../db/batchWriter';
import { storyEventStatement } from '../../db/storyEvents';
import { insertStoryStatement } from '../../db/stories';
import { withDerived } from '../../electron/services/storyService';
import { blankStoryFields } from '../../story/model';
import { docFromPlainText } from '../../story/document';
import { useTempLibrary } from '../helpers/tempLibrary';

const temp = useTempLibrary();

const story = (id: string, headline: string) => withDerived({ ...blankStoryFields(docFromPlainText('Body')), headline }, id, 'x', 'x');

describe('batch writer thread', () => {
  it('writes groups on its own connection, each group all or nothing, visible to the main connection', async () => {
    const writer = openBatchWriter(temp.library.path);
    const results = await writer.write([
      [insertStoryStatement(story('a', 'First')), storyEventStatement({ storyId: 'a', at: 'x', kind: 'import' })],
      // The event names a story that does not exist: the whole group is rolled back, the story too.
      [insertStoryStatement(story('b', 'Second')), storyEventStatement({ storyId: 'missing', at: 'x', kind: 'import' })],
      [insertStoryStatement(story('c', 'Third'))],
    ]);
    expect(results).toEqual([{ ok: true }, { ok: false, code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: expect.stringMatching(/FOREIGN KEY/) }, { ok: true }]);
    expect(temp.library.db.prepare(`SELECT id FROM stories ORDER BY id`).pluck().all()).toEqual(['a', 'c']);
    expect(temp.library.db.prepare(`SELECT headline FROM library_rows ORDER BY id`).pluck().all()).toEqual(['First', 'Third']);
    // The groups were first written together, then (one failing) again one savepoint each: the search index holds only what was kept.
    const found = (word: string) => temp.library.db.prepare(`SELECT count(*) FROM stories_fts WHERE stories_fts MATCH ?`).pluck().get(word) as number;
    expect([found('First'), found('Second'), found('Third')]).toEqual([1, 0, 1]);
    expect(() => temp.library.db.prepare(`INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')`).run()).not.toThrow();
    // Groups that all succeed are written together, every one reported.
    expect(await writer.write([[insertStoryStatement(story('e', 'Fourth'))], [insertStoryStatement(story('f', 'Fifth'))]])).toEqual([{ ok: true }, { ok: true }]);
    expect(found('Fourth') + found('Fifth')).toBe(2);
    await writer.close();
    await expect(writer.write([[insertStoryStatement(story('d', 'Late'))]])).rejects.toThrow(/writer thread stopped/);
  });

  it('writes every group of many writes sent at once, serialized or not, several to a transaction', async () => {
    const writer = openBatchWriter(temp.library.path);
    const writes = Array.from({ length: 12 }, (_, w) =>
      writer.write(
        Array.from({ length: 48 }, (_, g) => {
          const id = `s-${w}-${g}`;
          const group = [insertStoryStatement(story(id, `Story ${w} ${g}`)), storyEventStatement({ storyId: id, at: 'x', kind: 'import' })];
          return g % 2 === 0 ? group : serialize(group);
        }),
      ),
    );
    const results = await Promise.all(writes);
    expect(results.flat()).toHaveLength(12 * 48);
    expect(results.flat().every((result) => result.ok)).toBe(true);
    expect(temp.library.db.prepare(`SELECT count(*) FROM stories`).pluck().get()).toBe(12 * 48);
    expect(temp.library.db.prepare(`SELECT count(*) FROM story_events`).pluck().get()).toBe(12 * 48);
    await writer.close();
  });
});
