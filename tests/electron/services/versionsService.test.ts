import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../electron/api/contract';
import { createRevisionService } from '../../../electron/services/revisionService';
import { createStoryService } from '../../../electron/services/storyService';
import { EventBus } from '../../../electron/core/eventBus';
import { listRevisions } from '../../../db/revisions';
import { docFromPlainText } from '../../../story/document';
import { openTestCore } from '../../helpers/testCore';
import { failed, ok } from '../../helpers/dispatchOk';
import { memoryDb } from '../../helpers/memoryLibrary';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

describe('versions', () => {
  it('saves a version by hand with a note, reads it whole with its text, and restores it', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Fares unchanged', body: docFromPlainText('The fare stays at four euros.') }));
    const manual = await ok<MethodResult<'saveVersion'>>(core.dispatch('saveVersion', { id: story.id, note: 'Sent to the desk' }));
    expect(manual).toMatchObject({ kind: 'manual', note: 'Sent to the desk', headline: 'Fares unchanged', storyVersion: 1 });
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'Fares rise', body: docFromPlainText('The fare rises to five euros.') } }));

    const revision = await ok<MethodResult<'getRevision'>>(core.dispatch('getRevision', { revisionId: manual.id }));
    expect(revision).toMatchObject({ bodyText: 'The fare stays at four euros.', fields: { headline: 'Fares unchanged' } });

    await ok(core.dispatch('setStoryStatus', { id: story.id, status: 'editing' }));
    const restored = await ok<MethodResult<'restoreRevision'>>(core.dispatch('restoreRevision', { revisionId: manual.id }));
    expect(restored).toEqual({ storyId: story.id, version: 3 });
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread).toMatchObject({ headline: 'Fares unchanged', bodyText: 'The fare stays at four euros.', status: 'editing', version: 3 });

    // Nothing is lost: the text before the restore is a revision of its own.
    const list = await ok<MethodResult<'listRevisions'>>(core.dispatch('listRevisions', { id: story.id }));
    const before = list.find((r) => r.kind === 'restore')!;
    expect((await ok<MethodResult<'getRevision'>>(core.dispatch('getRevision', { revisionId: before.id }))).bodyText).toBe('The fare rises to five euros.');
    const history = await ok<MethodResult<'listStoryEvents'>>(core.dispatch('listStoryEvents', { id: story.id }));
    expect(history.at(-1)).toMatchObject({ kind: 'restore', data: { revisionId: manual.id, fromVersion: 2, version: 3 } });

    // An editor still holding version 2 conflicts instead of overwriting the restored text.
    expect((await failed(core.dispatch('saveStory', { id: story.id, baseVersion: 2, changes: { headline: 'Stale' } }))).code).toBe('conflict');
  });

  it('names a revision that does not exist', async () => {
    expect(await failed(core.dispatch('getRevision', { revisionId: 4242 }))).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no revision 4242/) });
  });

  it('keeps an automatic revision at most every five minutes of editing, and none when nothing changed', () => {
    const db = memoryDb();
    let now = new Date('2026-03-01T10:00:00Z');
    const clock = () => now;
    const revisions = createRevisionService({ db, now: clock });
    const stories = createStoryService({ db, events: new EventBus(), revisions, now: clock });
    const story = stories.create({});
    let version = 1;
    const type = (text: string, minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
      version = stories.save({ id: story.id, baseVersion: version, changes: { body: docFromPlainText(text) } }).version;
    };
    type('One', 0.5);
    type('One two', 1);
    type('One two three', 4);
    type('One two three four', 1);
    const kinds = () => listRevisions(db, story.id).map((r) => [r.kind, r.wordCount]);
    // The first save leaves one; the next only once five minutes have passed since it.
    expect(kinds()).toEqual([
      ['auto', 3],
      ['auto', 1],
    ]);
    type('One two three four', 10);
    expect(kinds()[0]).toEqual(['auto', 4]);
    type('One two three four', 10);
    expect(kinds()).toHaveLength(3);
  });
});
