import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../../../../electron/api/contract';
import { docFromPlainText } from '../../../../story/document';
import { openTestCore } from '../../../helpers/testCore';
import { callCore } from '../../../helpers/callCore';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const call = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => callCore(core, method, input);

const story = (headline: string, text = 'Body.') => call('createStory', { headline, body: docFromPlainText(text), dateline: { place: 'VALMERE', date: '2026-11-26' } });

describe('the source ledger', () => {
  it('copies a document into the library folder with its SHA-256; the same file twice is one source', async () => {
    const bytes = Buffer.from('%PDF-1.4 minutes of the harbour board, 12 November');
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const source = await call('addDocumentSource', { fileName: '../../board minutes?.pdf', dataBase64: bytes.toString('base64'), notes: 'From the clerk' });
    expect(source).toMatchObject({ kind: 'document', title: '../../board minutes?.pdf', fileName: '../../board minutes?.pdf', sha256, fileSize: bytes.length, notes: 'From the clerk' });
    expect(source).not.toHaveProperty('filePath');
    const folder = `${core.libraryPath}.files`;
    const kept = fs.readdirSync(path.join(folder, 'sources', sha256.slice(0, 2)));
    expect(kept).toEqual([`${sha256}-board minutes_.pdf`]);
    expect(fs.readFileSync(path.join(folder, 'sources', sha256.slice(0, 2), kept[0]!))).toEqual(bytes);
    const again = await call('addDocumentSource', { fileName: 'copy.pdf', dataBase64: bytes.toString('base64') });
    expect(again.id).toBe(source.id);
  });

  it('keeps interviews with their person, contact, time and record status; finds and reuses sources across stories; lists every citing fact and story', async () => {
    const interview = await call('createSource', {
      kind: 'interview',
      title: 'Phone interview with the harbour master',
      person: 'Ines Okafor',
      personTitle: 'Harbour master',
      contact: '+44 20 7946 0000',
      interviewedAt: '2026-11-25T14:30:00Z',
      onRecord: false,
      notes: 'Background only on the fares',
    });
    expect(interview).toMatchObject({ kind: 'interview', person: 'Ines Okafor', onRecord: false, interviewedAt: '2026-11-25T14:30:00Z' });
    const web = await call('createSource', { kind: 'web', title: 'Ferry timetable', url: 'https://example.org/timetable', accessedAt: '2026-11-24' });

    const one = await story('Night ferries approved');
    const two = await story('Ferry fares frozen');
    const a = await call('createFact', { storyId: one.id, kind: 'quote', text: 'We listened to the residents', sourceIds: [interview.id] });
    expect(a.status).toBe('sourced');
    const b = await call('createFact', { storyId: two.id, kind: 'claim', text: 'fares stay the same' });
    const attached = await call('attachSource', { factId: b.id, sourceId: interview.id });
    expect(attached).toMatchObject({ status: 'sourced', sourceIds: [interview.id] });

    expect((await call('searchSources', { query: 'okafor' })).map((s) => s.id)).toEqual([interview.id]);
    expect((await call('searchSources', { query: 'timetab' })).map((s) => s.id)).toEqual([web.id]);
    expect((await call('searchSources', {})).map((s) => s.id)[0]).toBe(interview.id);

    const page = await call('getSourcePage', { id: interview.id });
    expect(page.citations.map((c) => [c.storyHeadline, c.factText]).toSorted()).toEqual([
      ['Ferry fares frozen', 'fares stay the same'],
      ['Night ferries approved', 'We listened to the residents'],
    ]);
    const refusal = await core.dispatch('deleteSource', { id: interview.id });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cited by 2 facts') } });

    const detached = await call('detachSource', { factId: b.id, sourceId: interview.id });
    expect(detached).toMatchObject({ status: 'unverified', sourceIds: [] });
  });

  it('joins facts and sources to full-text search, naming their stories', async () => {
    const { searchFactsAndSources, storyIdsMatchingFactsOrSources } = await import('../../../../db/factSearch');
    const one = await story('Night ferries approved');
    const source = await call('createSource', { kind: 'wire', title: 'Agency copy on the ferry vote', publisher: 'Nordwire' });
    await call('createFact', { storyId: one.id, kind: 'claim', text: 'the vote was unanimous', note: 'check with the clerk', sourceIds: [source.id] });
    const hits = searchFactsAndSources(core.library.db, 'unanimous');
    expect(hits).toEqual([expect.objectContaining({ type: 'fact', storyIds: [one.id], snippet: expect.stringContaining('[unanimous]') })]);
    expect(searchFactsAndSources(core.library.db, 'nordwire')).toEqual([expect.objectContaining({ type: 'source', id: source.id, storyIds: [one.id] })]);
    expect(storyIdsMatchingFactsOrSources(core.library.db, 'clerk')).toEqual([one.id]);
    expect(searchFactsAndSources(core.library.db, '"unbalanced AND (')).toEqual([]);
  });
});

describe('consistency across the library', () => {
  it('warns of a person under a variant first name in another story, naming it, until the spelling is marked correct', async () => {
    const earlier = await story('Harbour board row');
    await call('createFact', { storyId: earlier.id, kind: 'person', text: 'Harbour Commissioner William Osei', meta: { name: 'William Osei', title: 'Harbour Commissioner' } });
    const now = await story('Osei defends night ferry');
    const warnings = await call('checkConsistency', {
      storyId: now.id,
      mentions: { names: [{ kind: 'person', name: 'Bill Osei', title: 'Harbor Commissioner' }], quotes: [], figures: [] },
    });
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'name-variant', here: 'Bill Osei', there: 'William Osei', otherStoryId: earlier.id, otherStoryHeadline: 'Harbour board row' }),
        expect.objectContaining({ kind: 'title-variant', here: 'Harbor Commissioner', there: 'Harbour Commissioner', otherStoryId: earlier.id }),
      ]),
    );
    const marked = await call('markSpellingCorrect', { kind: 'person', spelling: 'Bill Osei' });
    expect(marked.aliases).toEqual(expect.arrayContaining([{ alias: 'Bill Osei', correct: true }]));
    const after = await call('checkConsistency', { storyId: now.id, mentions: { names: [{ kind: 'person', name: 'Bill Osei' }], quotes: [], figures: [] } });
    expect(after.filter((w) => w.kind === 'name-variant')).toEqual([]);
  });

  it('warns of a figure stated differently for the same claim, and of a quote whose words differ', async () => {
    const earlier = await story('Ferry lease signed');
    await call('createFact', { storyId: earlier.id, kind: 'figure', text: '12-year lease', context: 'The operator signed a 12-year lease for the north pier.', meta: { unit: 'year lease' } });
    await call('createFact', { storyId: earlier.id, kind: 'quote', text: '“Cutting the night ferry would only strand the shift workers,”', attribution: 'Ana Reyes' });
    const now = await story('North pier handed over');
    await call('createFact', { storyId: now.id, kind: 'figure', text: '15-year lease', context: 'The operator holds a 15-year lease for the north pier.', meta: { unit: 'year lease' } });
    const warnings = await call('checkConsistency', {
      storyId: now.id,
      mentions: { names: [], quotes: [{ words: '“Cutting the night ferry would only stretch the shift workers,”', speaker: 'Ana Reyes' }], figures: [] },
    });
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'figure-differs', here: '15-year lease', there: '12-year lease', otherStoryId: earlier.id }),
      expect.objectContaining({ kind: 'quote-differs', there: 'Cutting the night ferry would only strand the shift workers', otherStoryId: earlier.id }),
    ]);
  });

  it('builds the registry from accepted facts and lets the desk edit it', async () => {
    const one = await story('Osei at the port board');
    await call('createFact', { storyId: one.id, kind: 'person', text: 'Harbour Commissioner William Osei', meta: { name: 'William Osei', title: 'Harbour Commissioner' } });
    await call('createFact', { storyId: one.id, kind: 'place', text: 'Valmere' });
    const people = await call('listEntities', { kind: 'person' });
    expect(people).toEqual([expect.objectContaining({ name: 'William Osei', titles: [expect.objectContaining({ title: 'Harbour Commissioner', from: '2026-11-26', to: null })] })]);
    const updated = await call('updateEntity', { id: people[0]!.id, addAliases: ['Will Osei'], addTitles: [{ title: 'Port Authority Chair', from: '2026-09-05' }] });
    expect(updated.aliases).toEqual([{ alias: 'Will Osei', correct: false }]);
    // Titles in the order they were held.
    expect(updated.titles.map((t) => [t.title, t.from])).toEqual([
      ['Port Authority Chair', '2026-09-05'],
      ['Harbour Commissioner', '2026-11-26'],
    ]);
    const duplicate = await core.dispatch('createEntity', { kind: 'person', name: 'will osei' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('William Osei') } });
    expect((await call('listEntities', { kind: 'place' })).map((e) => e.name)).toEqual(['Valmere']);
  });
});
