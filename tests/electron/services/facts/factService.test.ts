import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../../../../electron/api/contract';
import type { DocJSON, NodeJSON } from '../../../../story/document';
import { openTestCore } from '../../../helpers/testCore';
import { callCore } from '../../../helpers/callCore';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const call = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => callCore(core, method, input);

async function refused(method: MethodName, input: unknown): Promise<{ code: string; message: string }> {
  const response = await core.dispatch(method, input);
  if (response.ok) throw new Error(`${method} should have been refused`);
  return response.error;
}

const text = (value: string, factIds: string[] = []): NodeJSON => ({ type: 'text', text: value, ...(factIds.length ? { marks: factIds.map((factId) => ({ type: 'fact', attrs: { factId } })) } : {}) });
const para = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });
const doc = (...content: NodeJSON[]): DocJSON => ({ type: 'doc', content });

async function storyWith(body: DocJSON) {
  return call('createStory', { headline: 'Harbour authority approves night ferry trial', body, dateline: { place: 'VALMERE', date: '2026-11-26' } });
}

describe('facts through the dispatch', () => {
  it('creates a fact for a story, returns its id for the mark, and lists facts in document order after a save', async () => {
    const story = await storyWith(doc(para(text('The port voted on Thursday to allow a six-month trial.'))));
    const figure = await call('createFact', { storyId: story.id, kind: 'figure', text: 'six-month trial', context: 'The port voted on Thursday to allow a six-month trial.' });
    const date = await call('createFact', { storyId: story.id, kind: 'date', text: 'Thursday', meta: { resolvedDate: '2026-11-26' } });
    expect(figure).toMatchObject({ storyId: story.id, kind: 'figure', status: 'unverified', detached: false, needsRecheck: false, sourceIds: [] });
    // The editor marks the words and saves: the facts follow the body's order.
    await call('saveStory', {
      id: story.id,
      baseVersion: 1,
      changes: { body: doc(para(text('The port voted on '), text('Thursday', [date.id]), text(' to allow a '), text('six-month trial', [figure.id]), text('.'))) },
    });
    const facts = await call('listFacts', { storyId: story.id });
    expect(facts.map((f) => [f.text, f.order, f.detached])).toEqual([
      ['Thursday', 0, false],
      ['six-month trial', 1, false],
    ]);
    expect(facts[0]!.meta).toEqual({ resolvedDate: '2026-11-26' });
  });

  it('detaches a fact whose words were deleted, keeps it, re-attaches it when the mark returns, and discards it only on purpose', async () => {
    const story = await storyWith(doc(para(text('A two-year dispute ended.'))));
    const fact = await call('createFact', { storyId: story.id, kind: 'figure', text: 'two-year dispute' });
    const marked = doc(para(text('A '), text('two-year dispute', [fact.id]), text(' ended.')));
    await call('saveStory', { id: story.id, baseVersion: 1, changes: { body: marked } });
    expect(await refused('discardFact', { factId: fact.id })).toMatchObject({ code: 'conflict', message: expect.stringContaining('still in the draft') });

    await call('saveStory', { id: story.id, baseVersion: 2, changes: { body: doc(para(text('The dispute ended.'))) } });
    const detached = await call('getFact', { factId: fact.id });
    expect(detached).toMatchObject({ detached: true, order: null, text: 'two-year dispute' });
    expect(await call('checkExportGate', { storyId: story.id })).toMatchObject({ clear: false, blockers: [{ type: 'fact', reason: 'detached', text: 'two-year dispute' }] });

    // Undo in the editor restores the mark: the fact is attached again.
    await call('saveStory', { id: story.id, baseVersion: 3, changes: { body: marked } });
    expect(await call('getFact', { factId: fact.id })).toMatchObject({ detached: false, order: 0 });

    await call('saveStory', { id: story.id, baseVersion: 4, changes: { body: doc(para(text('Gone.'))) } });
    expect(await call('discardFact', { factId: fact.id })).toEqual({ discarded: fact.id });
    expect(await call('listFacts', { storyId: story.id })).toEqual([]);
  });

  it('records the checker and time on a verdict; a verified fact whose words change needs a re-check until verified again', async () => {
    await call('updateSettings', { checkerName: 'Ana Reyes' });
    const story = await storyWith(doc(para(text('At least 15 people died.'))));
    const fact = await call('createFact', { storyId: story.id, kind: 'figure', text: 'At least 15 people' });
    await call('saveStory', { id: story.id, baseVersion: 1, changes: { body: doc(para(text('At least 15 people', [fact.id]), text(' died.'))) } });
    const verified = await call('updateFact', { factId: fact.id, status: 'verified', note: 'Fire service figures, 09:00' });
    expect(verified).toMatchObject({ status: 'verified', checkedBy: 'Ana Reyes', note: 'Fire service figures, 09:00', needsRecheck: false });
    expect(Date.parse(verified.checkedAt!)).not.toBeNaN();

    await call('saveStory', { id: story.id, baseVersion: 2, changes: { body: doc(para(text('At least 18 people', [fact.id]), text(' died.'))) } });
    expect(await call('getFact', { factId: fact.id })).toMatchObject({ status: 'verified', needsRecheck: true, text: 'At least 15 people', currentText: 'At least 18 people' });
    expect((await call('checkExportGate', { storyId: story.id })).blockers).toEqual([expect.objectContaining({ reason: 'needs-recheck' })]);

    const rechecked = await call('updateFact', { factId: fact.id, status: 'verified' });
    expect(rechecked).toMatchObject({ needsRecheck: false, text: 'At least 18 people' });
    expect(await call('checkExportGate', { storyId: story.id })).toMatchObject({ clear: true, blockers: [] });
  });

  it('remembers dismissed suggestions per story', async () => {
    const one = await storyWith(doc(para(text('x'))));
    const two = await storyWith(doc(para(text('y'))));
    await call('dismissSuggestion', { storyId: one.id, key: 'person:trump' });
    expect(await call('listDismissedSuggestions', { storyId: one.id })).toEqual(['person:trump']);
    expect(await call('listDismissedSuggestions', { storyId: two.id })).toEqual([]);
    expect(await call('restoreSuggestion', { storyId: one.id, key: 'person:trump' })).toEqual([]);
  });

  it('lists the stories with facts still to check, for the library filter', async () => {
    const checked = await storyWith(doc(para(text('x'))));
    const open = await storyWith(doc(para(text('y'))));
    const a = await call('createFact', { storyId: checked.id, kind: 'claim', text: 'x' });
    await call('updateFact', { factId: a.id, status: 'verified' });
    await call('createFact', { storyId: open.id, kind: 'claim', text: 'y' });
    await call('createFact', { storyId: open.id, kind: 'quote', text: 'z' });
    expect(await call('listStoriesWithOpenFacts', {})).toEqual([{ storyId: open.id, total: 2, unverified: 2, open: 2 }]);
  });

  it('refuses facts for a story that does not exist, naming it', async () => {
    const error = await refused('createFact', { storyId: '6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f', kind: 'claim', text: 'x' });
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringContaining('6f1c2a4e') });
  });
});

describe('the export gate', () => {
  it('lists unverified, disputed and detached facts and every TK; an override needs a note and lands in the story history', async () => {
    const story = await storyWith(doc(para(text('Fares rise by '), { type: 'tk', attrs: { note: 'fare from operator' } }, text(' percent, the mayor said.'))));
    const claim = await call('createFact', { storyId: story.id, kind: 'claim', text: 'Fares rise', attribution: 'the mayor' });
    const disputed = await call('createFact', { storyId: story.id, kind: 'claim', text: 'the mayor said' });
    await call('updateFact', { factId: disputed.id, status: 'disputed' });
    await call('saveStory', {
      id: story.id,
      baseVersion: 1,
      changes: { body: doc(para(text('Fares rise', [claim.id]), text(' by '), { type: 'tk', attrs: { note: 'fare from operator' } }, text(' percent, '), text('the mayor said', [disputed.id]), text('.'))) },
    });
    const gate = await call('checkExportGate', { storyId: story.id });
    expect(gate.clear).toBe(false);
    expect(gate.summary).toBe('1 unverified fact, 1 disputed fact, 1 TK');
    expect(gate.blockers).toEqual([
      expect.objectContaining({ type: 'fact', factId: claim.id, reason: 'unverified' }),
      expect.objectContaining({ type: 'fact', factId: disputed.id, reason: 'disputed' }),
      expect.objectContaining({ type: 'tk', note: 'fare from operator', context: expect.stringContaining('by TK percent') }),
    ]);

    expect(await refused('overrideExportGate', { storyId: story.id, action: 'export', note: '  ' })).toMatchObject({ code: 'invalid_input' });
    const { event } = await call('overrideExportGate', { storyId: story.id, action: 'export', note: 'Desk chief approved: fare confirmed by phone', formats: ['html'] });
    expect(event).toMatchObject({ kind: 'override', note: 'Desk chief approved: fare confirmed by phone', data: { action: 'export', formats: ['html'], summary: '1 unverified fact, 1 disputed fact, 1 TK' } });
    const history = await call('listStoryEvents', { id: story.id });
    expect(history.map((e) => e.kind)).toEqual(['created', 'override']);
  });
});

describe('the fact-check report', () => {
  it('writes CSV and JSON with status, attribution, sources, checker and times, and ClaimReview for claims with a verdict', async () => {
    await call('updateSettings', { checkerName: 'Ana Reyes' });
    const story = await storyWith(doc(para(text('The council said the bridge costs €40m.'))));
    await call('saveStory', { id: story.id, baseVersion: 1, changes: { slug: 'bridge-cost', authors: ['Ana Reyes'] } });
    const source = await call('createSource', { kind: 'web', title: 'Council budget 2026', url: 'https://example.org/budget', accessedAt: '2026-11-25' });
    const claim = await call('createFact', { storyId: story.id, kind: 'claim', text: 'the bridge costs €40m', attribution: 'Valmere city council', sourceIds: [source.id] });
    await call('updateFact', { factId: claim.id, status: 'false', note: '=SUM(A1) the budget says €46m' });
    await call('createFact', { storyId: story.id, kind: 'figure', text: '€40m' });

    const csv = await call('getFactReport', { storyId: story.id, format: 'csv' });
    expect(csv).toMatchObject({ fileName: 'bridge-cost-facts.csv', mimeType: 'text/csv' });
    const lines = csv.content.trim().split('\r\n');
    expect(lines[0]).toBe('id,kind,status,needs_recheck,text,text_as_tagged,attribution,sources,note,checked_by,checked_at,created_at,updated_at');
    expect(lines[1]).toContain(`${claim.id},claim,false,no,the bridge costs €40m,the bridge costs €40m,Valmere city council,Council budget 2026 <https://example.org/budget>,'=SUM(A1) the budget says €46m,Ana Reyes,`);
    expect(lines).toHaveLength(3);

    const json = JSON.parse((await call('getFactReport', { storyId: story.id, format: 'json' })).content);
    expect(json.story).toMatchObject({ slug: 'bridge-cost', headline: story.headline });
    expect(json.counts).toEqual({ total: 2, false: 1, unverified: 1 });
    expect(json.facts[0]).toMatchObject({ status: 'false', symbol: '✕', checkedBy: 'Ana Reyes', sources: [{ title: 'Council budget 2026', url: 'https://example.org/budget' }] });

    const reviews = JSON.parse((await call('getFactReport', { storyId: story.id, format: 'claimreview', url: 'https://news.example/bridge-cost' })).content);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://news.example/bridge-cost#fact-${claim.id}`,
      claimReviewed: 'the bridge costs €40m',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Valmere city council' }, datePublished: '2026-11-26' },
      author: { '@type': 'Person', name: 'Ana Reyes' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    });
    expect(reviews[0].datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
