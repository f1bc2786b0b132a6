import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../electron/api/contract';
import { docFromPlainText } from '../../../story/document';
import { openTestCore } from '../../helpers/testCore';
import type { EventPayload } from '../../../electron/api/contract';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const response = await promise;
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.value as T;
}

describe('stories through the dispatch', () => {
  it('creates a draft with derived text and word count, and lists it newest first', async () => {
    const first = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'First' }));
    const second = await ok<MethodResult<'createStory'>>(
      core.dispatch('createStory', { headline: 'Second', body: docFromPlainText('Ferries will run at night.\nFares stay the same.') }),
    );
    expect(second).toMatchObject({ status: 'draft', version: 1, wordCount: 9, bodyText: 'Ferries will run at night.\nFares stay the same.' });
    const list = await ok<MethodResult<'listStories'>>(core.dispatch('listStories', {}));
    expect(list.map((story) => story.id)).toEqual([second.id, first.id]);
  });

  it('saves changes on the current version and bumps it; the stored story has them', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', {}));
    const saved = await ok<MethodResult<'saveStory'>>(
      core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'Night ferries approved', body: docFromPlainText('Two crossings a night.') } }),
    );
    expect(saved).toMatchObject({ id: story.id, version: 2, wordCount: 4 });
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread).toMatchObject({ headline: 'Night ferries approved', bodyText: 'Two crossings a night.', version: 2, dek: '' });
  });

  it('keeps every metadata field through a save and a reread', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Night ferries' }));
    const metadata = {
      slug: 'harbour-ferry',
      headlineVariants: { seo: 'Valmere night ferry trial approved', social: 'Night ferries are coming' },
      authors: ['Ana Reyes', 'Tomasz Wiśniewski'],
      dateline: { place: 'VALMERE', date: '2026-11-26' },
      section: 'Metro',
      keywords: ['ferry', 'harbour'],
      language: 'en-GB',
      urgency: 4,
      genre: 'news',
      embargo: '2030-01-01T06:00:00Z',
      editorsNote: 'Hold for the harbour master’s reply',
      copyright: '© Valmere Courier',
      usageTerms: 'No syndication',
      related: [{ headline: 'Rare earths: the new oil', time: '06:00' }],
    };
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: metadata }));
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    // The embargo is stored normalised to UTC, so embargoes compare as text.
    expect(reread).toMatchObject({ ...metadata, embargo: '2030-01-01T06:00:00.000Z', headline: 'Night ferries', status: 'draft', version: 2 });
  });

  it('refuses a save made on an old version as a conflict carrying the current story, and writes nothing', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Original' }));
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'From window A' } }));
    const conflict = await core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'From window B' } });
    expect(conflict.ok).toBe(false);
    if (conflict.ok) return;
    expect(conflict.error.code).toBe('conflict');
    expect((conflict.error.details as { current: { headline: string } }).current.headline).toBe('From window A');
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread.headline).toBe('From window A');
  });

  it('starts a story’s history with its creation', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', {}));
    const history = await ok<MethodResult<'listStoryEvents'>>(core.dispatch('listStoryEvents', { id: story.id }));
    expect(history.map((event) => event.kind)).toEqual(['created']);
  });

  it('reports a missing story as not_found', async () => {
    const response = await core.dispatch('getStory', { id: '6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f' });
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('emits libraryChanged for creates and saves', async () => {
    const seen: Array<EventPayload<'libraryChanged'>> = [];
    core.events.subscribe((name, payload) => {
      if (name === 'libraryChanged') seen.push(payload as EventPayload<'libraryChanged'>);
    });
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', {}));
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { dek: 'x' } }));
    expect(seen).toEqual([
      { reason: 'created', storyIds: [story.id] },
      { reason: 'saved', storyIds: [story.id] },
    ]);
  });

  it('reports a full library as disk_full and keeps the last saved text', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Kept' }));
    const pages = core.library.db.pragma('page_count', { simple: true }) as number;
    core.library.db.pragma(`max_page_count = ${pages}`);
    const big = docFromPlainText('word '.repeat(200_000));
    const response = await core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'Lost?', body: big } });
    expect(response).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    core.library.db.pragma('max_page_count = 1073741823');
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread).toMatchObject({ headline: 'Kept', version: 1 });
    const retry = await core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'Saved after space came back', body: big } });
    expect(retry.ok).toBe(true);
  });
});
