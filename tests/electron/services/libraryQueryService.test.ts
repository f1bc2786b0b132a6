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

const create = (input: object) => ok<MethodResult<'createStory'>>(core.dispatch('createStory', input));
const query = (input: object) => ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', input));

describe('library queries', () => {
  it('answers any search text with results or a plain message, never an error', async () => {
    await create({ headline: 'Peace talks resume', body: docFromPlainText('Delegations met in Riyadh.') });
    for (const text of ['"peace', 'peace)', 'peace AND', '(peace OR war', 'talks -"trade deal']) {
      expect((await query({ text })).rows.map((r) => r.headline), text).toEqual(['Peace talks resume']);
    }
    for (const text of ['AND OR NOT', '***', '-talks', '((((', '"', ')(']) {
      expect((await query({ text })).message, text).toMatch(/Nothing to search for|cannot only exclude/);
    }
    expect(await query({ text: 'headline: NEAR(' })).toMatchObject({ total: 0, rows: [] });
    expect((await query({ text: 'headline:peace' })).rows.map((r) => r.headline)).toEqual(['Peace talks resume']);
    expect((await query({ text: 'riyad*' })).rows[0]!.snippet).toContain('\u0002Riyadh\u0003');
  });

  it('returns windows of the list with the total, and recounts after the library changes', async () => {
    for (let i = 0; i < 30; i++) await create({ headline: `Story ${String(i).padStart(2, '0')}`, section: i % 3 === 0 ? 'Metro' : 'World' });
    const page = await query({ sort: 'headline', offset: 10, limit: 5 });
    expect(page).toMatchObject({ total: 30, offset: 10 });
    expect(page.rows.map((r) => r.headline)).toEqual(['Story 10', 'Story 11', 'Story 12', 'Story 13', 'Story 14']);
    expect((await query({ filters: { section: 'Metro' } })).total).toBe(10);
    await create({ headline: 'One more', section: 'Metro' });
    expect((await query({ filters: { section: 'Metro' } })).total).toBe(11);
    expect((await query({})).total).toBe(31);
  });

  it('filters by a local date range given as instants', async () => {
    await create({ headline: 'Today' });
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    expect((await query({ filters: { from, to } })).total).toBe(1);
    expect((await query({ filters: { to: from } })).total).toBe(0);
  });

  it('keeps saved searches with live counts, renames and deletes them', async () => {
    await create({ headline: 'Ferry fares', section: 'Metro' });
    await create({ headline: 'Ferry timetable', section: 'Metro' });
    await create({ headline: 'Budget', section: 'Politics' });
    let saved = await ok<MethodResult<'createSavedSearch'>>(core.dispatch('createSavedSearch', { name: 'Ferries', text: 'ferry' }));
    saved = await ok(core.dispatch('createSavedSearch', { name: 'Metro desk', filters: { section: 'Metro' } }));
    expect(saved.map((s) => [s.name, s.count])).toEqual([
      ['Ferries', 2],
      ['Metro desk', 2],
    ]);
    await create({ headline: 'Ferry strike', section: 'Metro' });
    expect((await ok<MethodResult<'listSavedSearches'>>(core.dispatch('listSavedSearches', {}))).map((s) => s.count)).toEqual([3, 3]);
    saved = await ok(core.dispatch('renameSavedSearch', { id: saved[0]!.id, name: 'Harbour' }));
    saved = await ok(core.dispatch('deleteSavedSearch', { id: saved[1]!.id }));
    expect(saved.map((s) => s.name)).toEqual(['Harbour']);
    expect((await failed(core.dispatch('createSavedSearch', { name: 'Nothing', text: '-ferry' }))).message).toMatch(/cannot only exclude/);
    expect((await failed(core.dispatch('deleteSavedSearch', { id: 999 }))).code).toBe('not_found');
  });

  it('offers facets for the filter menus', async () => {
    await create({ headline: 'A', section: 'Metro', authors: ['Ana Reyes'], keywords: ['ferry'] });
    const facets = await ok<MethodResult<'getLibraryFacets'>>(core.dispatch('getLibraryFacets', {}));
    expect(facets).toMatchObject({ sections: [{ value: 'Metro', count: 1 }], authors: [{ value: 'Ana Reyes', count: 1 }], keywords: [{ value: 'ferry', count: 1 }], liveCount: 1, trashCount: 0 });
  });

  it('suggests related stories by keywords, slug and similar text', async () => {
    const me = await create({ headline: 'Harbour ferry trial approved', slug: 'harbour-ferry', keywords: ['ferry'] });
    await create({ headline: 'Fares for the ferry', keywords: ['ferry'] });
    await create({ headline: 'Harbour dues', slug: 'harbour-dues' });
    await create({ headline: 'Trial of the night bus approved' });
    await create({ headline: 'Budget' });
    const suggestions = await ok<MethodResult<'suggestRelated'>>(core.dispatch('suggestRelated', { id: me.id }));
    expect(suggestions.map((s) => [s.headline, s.reasons[0]])).toEqual([
      ['Harbour dues', 'slug'],
      ['Fares for the ferry', 'keywords: ferry'],
      ['Trial of the night bus approved', 'similar text'],
    ]);
  });
});

const call = <T>(method: string, input: object) => ok<T>(core.dispatch(method as never, input as never));

describe('facts in the library', () => {
  it('finds a story through its facts and sources, after the stories that say the words themselves', async () => {
    const cited = await create({ headline: 'Night ferries approved', body: docFromPlainText('The council voted on Tuesday.') });
    const saying = await create({ headline: 'Nordwire opens an office', body: docFromPlainText('The agency hired ten reporters.') });
    const source = await call<{ id: string }>('createSource', { kind: 'wire', title: 'Agency copy on the ferry vote', publisher: 'Nordwire' });
    await call('createFact', { storyId: cited.id, kind: 'claim', text: 'the vote was unanimous', sourceIds: [source.id] });

    const found = await query({ text: 'nordwire' });
    expect(found.total).toBe(2);
    expect(found.rows.map((row) => row.id)).toEqual([saying.id, cited.id]);
    expect(found.rows[1]!.snippet).toBe('Source: \u0002Nordwire\u0003');
    expect((await query({ text: 'unanim*' })).rows).toEqual([expect.objectContaining({ id: cited.id, snippet: expect.stringContaining('Fact: the vote was \u0002unanimous\u0003') })]);
    // Paging goes on into the fact hits; a field search and the filters still apply.
    expect((await query({ text: 'nordwire', offset: 1, limit: 1 })).rows.map((row) => row.id)).toEqual([cited.id]);
    expect((await query({ text: 'headline:nordwire' })).rows.map((row) => row.id)).toEqual([saying.id]);
    expect((await query({ text: 'unanimous', filters: { section: 'Metro' } })).total).toBe(0);
  });

  it('filters the stories with facts still to check, and follows them as they are checked', async () => {
    const open = await create({ headline: 'Fares rise' });
    await create({ headline: 'Nothing tagged' });
    const fact = await call<{ id: string }>('createFact', { storyId: open.id, kind: 'figure', text: '40 euros' });
    expect((await query({ filters: { unverifiedFacts: true } })).rows.map((row) => row.headline)).toEqual(['Fares rise']);
    await call('updateFact', { factId: fact.id, status: 'verified' });
    expect((await query({ filters: { unverifiedFacts: true } })).total).toBe(0);
    await call('updateFact', { factId: fact.id, status: 'disputed' });
    expect((await query({ filters: { unverifiedFacts: true } })).total).toBe(1);
  });
});
