import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, MethodInput, MethodName, MethodResult } from '../../../../electron/api/contract';
import { openCore, type Core, type CoreOptions } from '../../../../electron/core/core';
import type { PdfPrinter } from '../../../../electron/services/export/pdfPrinter';
import { docFromPlainText } from '../../../../story/document';
import { makeTempDir } from '../../../helpers/tempDir';
import { RICH_BODY } from '../../../helpers/exportSamples';

let dir: string;
let home: string;
let cleanup: () => void;
let core: Core;

function open(options: Partial<CoreOptions> = {}): Core {
  return openCore({ libraryPath: path.join(dir, 'library.sqlite'), mode: 'browser', app: 'export tests', log: () => {}, exportFolders: { home }, ...options });
}

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  home = path.join(dir, 'home');
  fs.mkdirSync(path.join(home, 'exports'), { recursive: true });
  core = open();
});
afterEach(() => {
  core.close();
  cleanup();
});

async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const response = await core.dispatch(method, input);
  if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
  return response.value as MethodResult<M>;
}

async function newStory(fields: MethodInput<'createStory'> = {}): Promise<MethodResult<'createStory'>> {
  return call('createStory', { headline: 'Night ferries approved', slug: 'harbour-ferry', body: docFromPlainText('The port authority voted on Thursday.'), ...fields });
}

async function exportAndWait(input: MethodInput<'startExport'>): Promise<MethodResult<'getExportResult'>> {
  const { jobId } = await call('startExport', input);
  return call('getExportResult', { jobId });
}

const out = () => path.join(home, 'exports');
const folder = () => ({ kind: 'folder' as const, path: out() });

describe('exporting stories', () => {
  it('writes every text format of a story into the folder and marks it exported', async () => {
    const story = await newStory();
    const result = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html', 'md', 'txt', 'ninjs', 'newsml', 'docx'], destination: folder() });
    expect(result).toMatchObject({ state: 'done', total: 1, failed: [] });
    expect(fs.readdirSync(out()).toSorted()).toEqual(['harbour-ferry.docx', 'harbour-ferry.html', 'harbour-ferry.md', 'harbour-ferry.newsml.xml', 'harbour-ferry.ninjs.json', 'harbour-ferry.txt']);
    expect(fs.readFileSync(path.join(out(), 'harbour-ferry.html'), 'utf8')).toContain('<h1 class="headline">Night ferries approved</h1>');
    const history = await call('listStoryEvents', { id: story.id });
    expect(history.at(-1)).toMatchObject({ kind: 'export', data: { formats: ['html', 'md', 'txt', 'ninjs', 'newsml', 'docx'], final: false, destination: 'folder' } });
  });

  it('plans the files, says which exist, and never overwrites them without being told', async () => {
    const story = await newStory();
    fs.writeFileSync(path.join(out(), 'harbour-ferry.html'), 'an earlier export');
    const plan = await call('planExport', { scope: { storyIds: [story.id] }, formats: ['html', 'txt'], destination: folder() });
    expect(plan.existing).toBe(1);
    expect(plan.stories[0]!.files).toEqual([
      { format: 'html', name: 'harbour-ferry.html', exists: true },
      { format: 'txt', name: 'harbour-ferry.txt', exists: false },
    ]);

    const refused = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html', 'txt'], destination: folder() });
    expect(refused.failed[0]!.message).toMatch(/harbour-ferry\.html: already exists; left as it was/);
    expect(fs.readFileSync(path.join(out(), 'harbour-ferry.html'), 'utf8')).toBe('an earlier export');
    expect(fs.existsSync(path.join(out(), 'harbour-ferry.txt'))).toBe(true);

    await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html'], destination: folder(), onExisting: 'keep-both' });
    expect(fs.existsSync(path.join(out(), 'harbour-ferry (2).html'))).toBe(true);
    await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html'], destination: folder(), onExisting: 'replace' });
    expect(fs.readFileSync(path.join(out(), 'harbour-ferry.html'), 'utf8')).toContain('Night ferries approved');
  });

  it('names files with the house pattern, and keeps names apart within a batch', async () => {
    await call('updateSettings', { exportFileNamePattern: '{date}-{slug}' });
    const a = await newStory({ dateline: { place: 'Valmere', date: '2026-11-26' } });
    const b = await newStory({ dateline: { place: 'Valmere', date: '2026-11-26' } });
    await exportAndWait({ scope: { storyIds: [a.id, b.id] }, formats: ['md'], destination: folder() });
    expect(fs.readdirSync(out()).toSorted()).toEqual(['2026-11-26-harbour-ferry-2.md', '2026-11-26-harbour-ferry.md']);
  });

  it('holds back a final export with TKs until it is overridden with a reason, which the history keeps', async () => {
    const story = await newStory({ body: RICH_BODY });
    const plan = await call('planExport', { scope: { storyIds: [story.id] }, formats: ['html'], destination: folder(), final: true });
    expect(plan.blocked).toBe(1);
    expect(plan.stories[0]!.gate).toMatchObject({ clear: false, summary: '1 TK', blockers: [{ type: 'tk', note: 'fare from operator' }] });

    const blocked = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html'], destination: folder(), final: true });
    expect(blocked.failed[0]!.message).toMatch(/^Final export blocked: 1 TK/);
    expect(fs.readdirSync(out())).toEqual([]);

    const draftCopy = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['txt'], destination: folder() });
    expect(draftCopy.failed).toEqual([]);

    const overridden = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html'], destination: folder(), final: true, override: { reason: 'Fare confirmed by phone; TK left by mistake' } });
    expect(overridden.failed).toEqual([]);
    const history = await call('listStoryEvents', { id: story.id });
    const [override, exported] = history.slice(-2);
    expect(override).toMatchObject({ kind: 'override', note: 'Fare confirmed by phone; TK left by mistake', data: { action: 'export', formats: ['html'], summary: '1 TK', blockers: [{ type: 'tk' }] } });
    expect(exported).toMatchObject({ kind: 'export', data: { formats: ['html'], final: true } });
  });

  it('exports every story of a status, or those matching words, as one batch job with progress', async () => {
    const ready = await Promise.all([1, 2, 3].map((n) => newStory({ slug: `ready-${n}`, headline: `Ready story ${n}` })));
    await Promise.all(ready.map((story) => call('saveStory', { id: story.id, baseVersion: 1, changes: { status: 'ready' } })));
    await newStory({ slug: 'draft-one', headline: 'Still a draft', body: docFromPlainText('Ferry timetable leaked') });
    const progress: Array<EventPayload<'jobProgress'>> = [];
    core.events.subscribe((name, payload) => name === 'jobProgress' && progress.push(payload as EventPayload<'jobProgress'>));

    const byStatus = await exportAndWait({ scope: { status: 'ready' }, formats: ['txt'], destination: folder() });
    expect(byStatus.written).toHaveLength(3);
    expect(fs.readdirSync(out()).toSorted()).toEqual(['ready-1.txt', 'ready-2.txt', 'ready-3.txt']);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3, state: 'done' });

    const byQuery = await exportAndWait({ scope: { query: 'timetable' }, formats: ['txt'], destination: folder() });
    expect(byQuery.written.map((entry) => entry.headline)).toEqual(['Still a draft']);
    const none = await core.dispatch('startExport', { scope: { query: 'zeppelin' }, formats: ['txt'], destination: folder() });
    expect(none).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('stops a batch when cancelled; what was written stays whole', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, n) => newStory({ slug: `story-${n}` })));
    const { jobId } = await call('startExport', { scope: { all: true }, formats: ['docx', 'html'], destination: folder() });
    const cancelled = new Promise<void>((resolve) =>
      core.events.subscribe((name, payload) => {
        const event = payload as EventPayload<'jobProgress'>;
        if (name === 'jobProgress' && event.jobId === jobId && event.done >= 2 && event.state === 'running') void call('cancelJob', { jobId }).then(() => resolve());
      }),
    );
    const result = await call('getExportResult', { jobId });
    await cancelled;
    expect(result.state).toBe('cancelled');
    expect(result.written.length).toBeGreaterThan(0);
    expect(result.written.length).toBeLessThan(30);
    for (const file of fs.readdirSync(out())) expect(file).not.toMatch(/\.tmp$/);
  });

  it('offers a download: one file as it is, several as one zip', async () => {
    const story = await newStory();
    const single = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['md'], destination: { kind: 'download' } });
    expect(single.download).toMatchObject({ fileName: 'harbour-ferry.md', mime: 'text/markdown' });
    expect(Buffer.from(single.download!.base64, 'base64').toString('utf8')).toContain('headline: "Night ferries approved"');

    const several = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['md', 'ninjs'], destination: { kind: 'download' } });
    expect(several.download!.fileName).toMatch(/^copydesk-export-.*\.zip$/);
    const files = unzipSync(Buffer.from(several.download!.base64, 'base64'));
    expect(Object.keys(files).toSorted()).toEqual(['harbour-ferry.md', 'harbour-ferry.ninjs.json']);
    expect(JSON.parse(strFromU8(files['harbour-ferry.ninjs.json']!)).slugline).toBe('harbour-ferry');
    expect(fs.readdirSync(out())).toEqual([]);
  });

  it('refuses folders outside home; PDF says plainly it needs the desktop app', async () => {
    const story = await newStory();
    const outside = await core.dispatch('startExport', { scope: { storyIds: [story.id] }, formats: ['html'], destination: { kind: 'folder', path: dir } });
    expect(outside).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const capabilities = await call('getExportCapabilities', {});
    expect(capabilities).toEqual({ nativeFolderDialog: false, pdf: false, home: fs.realpathSync(home) });
    const result = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['pdf', 'html'], destination: folder() });
    expect(result.failed[0]!.message).toMatch(/harbour-ferry\.pdf: PDF needs the Copydesk desktop app/);
    expect(fs.readdirSync(out())).toEqual(['harbour-ferry.html']);
    const plan = await call('planExport', { scope: { storyIds: [story.id] }, formats: ['pdf'], destination: folder() });
    expect(plan.unavailable.pdf).toMatch(/desktop app/);
  });

  it('prints the print surface to PDF where the app has a printer', async () => {
    core.close();
    const printed: string[] = [];
    const printer: PdfPrinter = { print: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake')) };
    core = open({ platform: { pdfPrinter: printer } });
    const story = await newStory();
    await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['pdf'], destination: folder() });
    expect(fs.readFileSync(path.join(out(), 'harbour-ferry.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(printed[0]).toContain('class="surface-print"');
    const view = await call('renderPrintView', { id: story.id });
    expect(view.title).toBe('Night ferries approved');
    expect(view.html).toContain('@page { size: A4;');
  });

  it('resolves "Read next" teasers pointing at library stories to their current headline', async () => {
    const target = await newStory({ slug: 'dredging', headline: 'Dredging starts in spring' });
    const story = await newStory({ related: [{ storyId: target.id, headline: '' }, { headline: 'Ferry union backs trial', time: '06:00' }], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }, { type: 'readNext' }] } });
    await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html'], destination: folder() });
    const html = fs.readFileSync(path.join(out(), 'harbour-ferry.html'), 'utf8');
    expect(html).toContain('<span class="teaser-headline">Dredging starts in spring</span>');
    expect(html).toContain('<time class="teaser-time">06:00</time> <span class="teaser-headline">Ferry union backs trial</span>');
  });

  it('exports the story\'s facts: ClaimReview in the page, the fact-check report, and the gate for unchecked facts', async () => {
    const story = await newStory({ body: docFromPlainText('The ferry runs twice a night, the operator said.') });
    const claim = await call('createFact', { storyId: story.id, kind: 'claim', text: 'The ferry runs twice a night', attribution: 'the operator' });
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs twice a night', marks: [{ type: 'fact', attrs: { factId: claim.id } }] }, { type: 'text', text: ', the operator said.' }] }] };
    await call('saveStory', { id: story.id, baseVersion: 1, changes: { body } });

    const plan = await call('planExport', { scope: { storyIds: [story.id] }, formats: ['html', 'factcheck-csv'], destination: folder(), final: true });
    expect(plan.stories[0]!.gate).toMatchObject({ clear: false, summary: '1 unverified fact' });
    expect(plan.stories[0]!.files.map((file) => file.name)).toEqual(['harbour-ferry.html', 'harbour-ferry.factcheck.csv']);

    await call('updateFact', { factId: claim.id, status: 'verified' });
    const result = await exportAndWait({ scope: { storyIds: [story.id] }, formats: ['html', 'factcheck-csv', 'ninjs'], destination: folder(), final: true });
    expect(result.failed).toEqual([]);
    const html = fs.readFileSync(path.join(out(), 'harbour-ferry.html'), 'utf8');
    expect(html).toContain('"@type": "ClaimReview"');
    expect(html).toContain(`<span class="fact" data-fact-id="${claim.id}">The ferry runs twice a night</span>`);
    expect(fs.readFileSync(path.join(out(), 'harbour-ferry.factcheck.csv'), 'utf8')).toContain('The ferry runs twice a night');
    const ninjs = JSON.parse(fs.readFileSync(path.join(out(), 'harbour-ferry.ninjs.json'), 'utf8')) as { trustindicators: Array<{ title: string }> };
    expect(ninjs.trustindicators[0]!.title).toBe('Fact-check report: 1 fact, 1 verified');
  });
});
