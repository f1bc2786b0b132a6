import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../electron/api/contract';
import { docFromPlainText } from '../../../story/document';
import { openTestCore } from '../../helpers/testCore';
import { failed, ok } from '../../helpers/dispatchOk';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const create = (input: object = {}) => ok<MethodResult<'createStory'>>(core.dispatch('createStory', input));
const workflow = (id: string) => ok<MethodResult<'getStoryWorkflow'>>(core.dispatch('getStoryWorkflow', { id }));

describe('status workflow', () => {
  it('records every transition with its time, note and versions, and snapshots the story', async () => {
    const story = await create({ headline: 'Night ferries' });
    await ok(core.dispatch('setStoryStatus', { id: story.id, status: 'editing' }));
    const after = await ok<MethodResult<'setStoryStatus'>>(core.dispatch('setStoryStatus', { id: story.id, status: 'fact-check', note: 'Figures need a second source' }));
    expect(after.status).toBe('fact-check');
    expect(after.history.filter((e) => e.kind === 'status').map((e) => [e.data.from, e.data.to, e.note])).toEqual([
      ['draft', 'editing', ''],
      ['editing', 'fact-check', 'Figures need a second source'],
    ]);
    const revisions = await ok<MethodResult<'listRevisions'>>(core.dispatch('listRevisions', { id: story.id }));
    expect(revisions.filter((r) => r.kind === 'status').map((r) => r.note)).toEqual(['Editing → Fact-check: Figures need a second source', 'Draft → Editing']);
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread).toMatchObject({ status: 'fact-check', version: 1 });
  });

  it('does nothing for the status the story already has', async () => {
    const story = await create();
    const result = await ok<MethodResult<'setStoryStatus'>>(core.dispatch('setStoryStatus', { id: story.id, status: 'draft' }));
    expect(result.history.map((e) => e.kind)).toEqual(['created']);
  });

  it('records a status change sent with a save too', async () => {
    const story = await create();
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { status: 'ready', headline: 'Done' } }));
    expect((await workflow(story.id)).history.at(-1)).toMatchObject({ kind: 'status', data: { from: 'draft', to: 'ready' } });
  });

  it('asks for a correction once a published story’s text changes, and stops asking once one is noted', async () => {
    const story = await create({ headline: 'Ferry fares unchanged' });
    await ok(core.dispatch('setStoryStatus', { id: story.id, status: 'published' }));
    expect((await workflow(story.id)).correctionDue).toBe(false);
    await ok(core.dispatch('updateStoryDetails', { id: story.id, changes: { keywords: ['ferry'] } }));
    expect((await workflow(story.id)).correctionDue).toBe(false);
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { body: docFromPlainText('Fares rise by 5%.') } }));
    expect((await workflow(story.id)).correctionDue).toBe(true);
    expect((await failed(core.dispatch('recordCorrection', { id: story.id, note: '  ' }))).message).toMatch(/note/);
    const corrected = await ok<MethodResult<'recordCorrection'>>(core.dispatch('recordCorrection', { id: story.id, note: 'Fares rise; an earlier version said they were unchanged.' }));
    expect(corrected.correctionDue).toBe(false);
    expect(corrected.history.at(-1)).toMatchObject({ kind: 'correction', note: 'Fares rise; an earlier version said they were unchanged.', data: { version: 2 } });
  });

  it('takes corrections only on published stories', async () => {
    const story = await create();
    expect((await failed(core.dispatch('recordCorrection', { id: story.id, note: 'x' }))).message).toMatch(/not published/);
  });
});

describe('story details', () => {
  it('saves metadata without bumping the version, so the editor’s next save does not conflict', async () => {
    const story = await create({ headline: 'Ferries' });
    await ok(
      core.dispatch('updateStoryDetails', {
        id: story.id,
        changes: { section: 'Metro', keywords: ['ferry', 'harbour'], urgency: 3, genre: 'news', editorsNote: 'Fare to confirm', usageTerms: 'No syndication' },
      }),
    );
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'Night ferries' } }));
    const reread = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }));
    expect(reread).toMatchObject({ headline: 'Night ferries', section: 'Metro', keywords: ['ferry', 'harbour'], urgency: 3, editorsNote: 'Fare to confirm', version: 2 });
    const found = await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { text: 'notes:fare' }));
    expect(found.rows.map((row) => row.id)).toEqual([story.id]);
  });

  it('refuses an embargo in the past, naming it, and keeps one already set when other fields change', async () => {
    const story = await create();
    const error = await failed(core.dispatch('updateStoryDetails', { id: story.id, changes: { embargo: '2001-01-01T00:00:00Z' } }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/embargo must be in the future: 2001-01-01 00:00 UTC/) });
    await ok(core.dispatch('updateStoryDetails', { id: story.id, changes: { embargo: '2099-01-01T08:00:00+02:00' } }));
    expect((await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }))).embargo).toBe('2099-01-01T06:00:00.000Z');
    await ok(core.dispatch('updateStoryDetails', { id: story.id, changes: { embargo: '2099-01-01T06:00:00.000Z', section: 'World' } }));
    expect((await failed(core.dispatch('createStory', { embargo: '2001-01-01T00:00:00Z' }))).message).toMatch(/future/);
    await ok(core.dispatch('updateStoryDetails', { id: story.id, changes: { embargo: null } }));
  });

  it('refuses changes to a story in the trash', async () => {
    const story = await create();
    await ok(core.dispatch('trashStories', { ids: [story.id] }));
    expect((await failed(core.dispatch('updateStoryDetails', { id: story.id, changes: { section: 'x' } }))).message).toMatch(/in the trash/);
    expect((await failed(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { headline: 'x' } }))).message).toMatch(/in the trash/);
    expect((await failed(core.dispatch('setStoryStatus', { id: story.id, status: 'ready' }))).code).toBe('not_found');
  });
});

describe('the fact gate before "ready"', () => {
  const tkBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The fare will be ' }, { type: 'tk', attrs: { note: 'fare' } }, { type: 'text', text: ' euros.' }] }] };

  it('refuses "ready" while a TK or an unverified fact is open, naming them, and changes nothing', async () => {
    const story = await create({ headline: 'Ferry fares', body: tkBody });
    const refused = await failed(core.dispatch('setStoryStatus', { id: story.id, status: 'ready' }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/not ready: 1 TK/);
    const bySave = await failed(core.dispatch('saveStory', { id: story.id, baseVersion: 1, changes: { status: 'ready', headline: 'Ferry fares rise' } }));
    expect(bySave.code).toBe('conflict');
    // The refused save wrote nothing: neither the status nor the headline sent with it.
    expect(await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: story.id }))).toMatchObject({ status: 'draft', headline: 'Ferry fares', version: 1 });
    expect((await workflow(story.id)).history.map((e) => e.kind)).toEqual(['created']);
  });

  it('lets an override with a reason through, until something new opens', async () => {
    const story = await create({ headline: 'Ferry fares', body: tkBody });
    await ok(core.dispatch('overrideExportGate', { storyId: story.id, action: 'ready', note: 'Fare confirmed by phone' }));
    await ok(core.dispatch('setStoryStatus', { id: story.id, status: 'ready' }));
    await ok(core.dispatch('setStoryStatus', { id: story.id, status: 'editing' }));
    // A fact tagged after the override is not covered by it.
    await ok(core.dispatch('createFact', { storyId: story.id, kind: 'figure', text: '40 euros' }));
    const refused = await failed(core.dispatch('setStoryStatus', { id: story.id, status: 'ready' }));
    expect(refused.message).toMatch(/1 unverified fact/);
  });

  it('moves a story with nothing open straight to "ready"', async () => {
    const story = await create({ headline: 'Clear', body: docFromPlainText('All checked.') });
    expect((await ok<MethodResult<'setStoryStatus'>>(core.dispatch('setStoryStatus', { id: story.id, status: 'ready' }))).status).toBe('ready');
  });
});
