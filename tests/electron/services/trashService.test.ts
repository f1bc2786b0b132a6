import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, MethodResult } from '../../../electron/api/contract';
import { EventBus } from '../../../electron/core/eventBus';
import { createTrashService } from '../../../electron/services/trashService';
import { getStory } from '../../../db/stories';
import { trashStories } from '../../../db/trash';
import { openTestCore } from '../../helpers/testCore';
import { failed, ok } from '../../helpers/dispatchOk';
import { addStory, memoryDb } from '../../helpers/memoryLibrary';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const headlines = async (scope: 'library' | 'trash') =>
  (await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { scope }))).rows.map((row) => row.headline);

describe('trash', () => {
  it('moves stories out of the list and search into the trash, and back, recording both', async () => {
    const seen: string[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'libraryChanged') seen.push((payload as EventPayload<'libraryChanged'>).reason);
    });
    const a = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Ferry fares' }));
    await ok(core.dispatch('createStory', { headline: 'Budget vote' }));
    expect(await ok(core.dispatch('trashStories', { ids: [a.id] }))).toEqual([a.id]);
    expect(await headlines('library')).toEqual(['Budget vote']);
    expect(await headlines('trash')).toEqual(['Ferry fares']);
    expect((await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { text: 'fares' }))).total).toBe(0);
    expect((await ok<MethodResult<'getLibraryInfo'>>(core.dispatch('getLibraryInfo', {}))).storyCount).toBe(1);
    expect(await ok(core.dispatch('restoreStories', { ids: [a.id] }))).toEqual([a.id]);
    expect((await headlines('library')).toSorted()).toEqual(['Budget vote', 'Ferry fares']);
    const history = await ok<MethodResult<'listStoryEvents'>>(core.dispatch('listStoryEvents', { id: a.id }));
    expect(history.filter((e) => e.kind === 'trash').map((e) => e.data.action)).toEqual(['trashed', 'restored']);
    expect(seen).toEqual(['created', 'created', 'trashed', 'restored']);
  });

  it('empties the trash only when confirmed, deleting only what is in it', async () => {
    const a = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Gone' }));
    await ok(core.dispatch('createStory', { headline: 'Kept' }));
    await ok(core.dispatch('trashStories', { ids: [a.id] }));
    expect((await failed(core.dispatch('emptyTrash', {}))).code).toBe('invalid_input');
    expect(await ok(core.dispatch('emptyTrash', { confirm: true }))).toBe(1);
    expect(await headlines('trash')).toEqual([]);
    expect(await headlines('library')).toEqual(['Kept']);
    expect((await failed(core.dispatch('getStory', { id: a.id }))).code).toBe('not_found');
  });

  it('says when nothing could be moved', async () => {
    expect((await failed(core.dispatch('trashStories', { ids: ['6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f'] }))).message).toMatch(/Nothing was moved/);
  });

  it('purges stories trashed longer ago than the retention period', async () => {
    const db = memoryDb();
    const now = new Date('2026-06-30T00:00:00Z');
    const old = addStory(db, { headline: 'Old' });
    const recent = addStory(db, { headline: 'Recent' });
    const live = addStory(db, { headline: 'Live' });
    trashStories(db, [old.id], '2026-05-01T00:00:00.000Z');
    trashStories(db, [recent.id], '2026-06-20T00:00:00.000Z');
    const trash = createTrashService({ db, events: new EventBus(), now: () => now });
    expect(await trash.purgeExpired(30)).toBe(1);
    expect(getStory(db, old.id)).toBeUndefined();
    expect(getStory(db, recent.id)).toBeDefined();
    expect(getStory(db, live.id)).toBeDefined();
  });
});
