/**
 * Untrusted content never runs, loads or navigates (issue 8, "Untrusted content"): DOMPurify's
 * attack vectors (read in place from ../shared/testdata/xss) and Copydesk's own editor vectors
 * go through every path (paste, HTML, Word and Markdown import, the preview, every export
 * reopened in Chromium) under the probe of ./untrusted/probe.ts, and everything kept or
 * written is held to the parser-based checker of tests/helpers/untrusted/activeContent.ts.
 * `npm test` batches many vectors per page load; COPYDESK_SOAK=1 (`npm run soak`) gives each
 * vector its own story, page and export.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, waitForSaved } from './fixtures';
import type { BrowserModeApp } from './browserModeApp';
import { callApi } from './exportHelpers';
import { openProbedApp } from './untrusted/appPage';
import { DocumentViewer } from './untrusted/documentViewer';
import type { ProbeCounts } from './untrusted/probe';
import { exportedFiles, reopenExport, reopenHtmlPage } from './untrusted/reopenExport';
import { reportPath } from './untrusted/report';
import { activeContentInHtml, activeContentInJson, describeFindings, type Finding } from '../helpers/untrusted/activeContent';
import { docxFiles } from '../helpers/untrusted/docxVectors';
import { EDITOR_VECTORS, hostilePage, PLAIN_TEXT_VECTORS, xssVectors, XSS_SKIP_MESSAGE, type Vector } from '../helpers/untrusted/editorVectors';
import { hostileFacts, hostileSources, hostileStoryFields } from '../helpers/untrusted/hostileFields';
import { markdownFiles, type FileVector } from '../helpers/untrusted/markdownVectors';
import { renderedHtml } from '../helpers/importedHtml';
import { isSoak } from '../helpers/soak';
import type { DocJSON } from '../../story/document';
import type { Story } from '../../story/model';

test.describe.configure({ timeout: isSoak() ? 30 * 60_000 : 120_000 });

async function allVectors(): Promise<Vector[]> {
  const dompurify = await xssVectors();
  if (!dompurify) {
    console.log(`[untrusted content] ${XSS_SKIP_MESSAGE}`);
    test.info().annotations.push({ type: 'skipped', description: XSS_SKIP_MESSAGE });
  }
  return [...(dompurify ?? []), ...EDITOR_VECTORS];
}

interface PasteOutcome {
  name: string;
  html: string;
  json: DocJSON;
  error: string;
}

/**
 * Paste each clipboard into the story body through the editor's own paste (a real paste
 * event: transformPastedHTML, ProseMirror's clipboard parser, the schema), after `lead`;
 * with `keep` the pastes pile up in one story, else each starts from the lead alone.
 */
async function pasteEach(page: Page, clipboards: ReadonlyArray<{ name: string; html?: string; plain?: string }>, keep: boolean): Promise<PasteOutcome[]> {
  return page.evaluate(
    ({ clipboards, keep }) => {
      type TiptapDom = HTMLElement & { editor: { commands: Record<string, (...args: unknown[]) => boolean>; getJSON(): unknown } };
      const dom = document.querySelector('.story-body') as TiptapDom;
      const { editor } = dom;
      editor.commands.setContent!('<p>Lead paragraph of the story.</p>');
      return clipboards.map(({ name, html, plain }) => {
        if (!keep) editor.commands.setContent!('<p>Lead paragraph of the story.</p>');
        editor.commands.focus!('end');
        const data = new DataTransfer();
        if (html !== undefined) data.setData('text/html', html);
        data.setData('text/plain', plain ?? 'plain text');
        let error = '';
        try {
          dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        } catch (thrown) {
          error = String(thrown);
        }
        return { name, html: keep ? '' : dom.innerHTML, json: (keep ? null : editor.getJSON()) as never, error };
      });
    },
    { clipboards, keep },
  );
}

function storedFindings(body: DocJSON): Finding[] {
  return [...activeContentInJson(body), ...activeContentInHtml(renderedHtml(body))];
}

test('paste: no vector on the clipboard runs, loads or navigates, and what the editor keeps is inert', async ({ app, page, request }) => {
  const vectors = await allVectors();
  const probe = await openProbedApp(page, app);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Pasted material');
  await page.getByRole('textbox', { name: 'Story body' }).click();

  // Each clipboard alone: the editor's DOM and its document after that one paste.
  const clipboards = [...vectors.map(({ name, html }) => ({ name, html })), ...PLAIN_TEXT_VECTORS.map((plain, index) => ({ name: `plain text #${index + 1}`, plain }))];
  const outcomes = await pasteEach(page, clipboards, false);
  const findings = outcomes.flatMap((outcome) => [...activeContentInHtml(outcome.html), ...activeContentInJson(outcome.json)].map((f) => ({ ...f, detail: `${outcome.name}: ${f.detail}` })));
  expect(outcomes.filter((outcome) => outcome.error).map((outcome) => `${outcome.name}: ${outcome.error}`)).toEqual([]);

  // All of them in one story, saved: the stored body, and the preview of it on every surface.
  await pasteEach(page, clipboards, true);
  await waitForSaved(page);
  const [summary] = await callApi(request, app, 'listStories', {});
  const stored = await callApi(request, app, 'getStory', { id: summary!.id });
  findings.push(...storedFindings(stored.body));
  await probe.sweep();

  const counts = probe.counts();
  reportPath({ path: 'paste', vectors: clipboards.length, findings: findings.length, ...counts });
  expect(describeFindings(findings)).toBe('none');
  expect(probe.describe()).toBe('nothing');
});

/** Vectors per file, page or story in the short run; one each under COPYDESK_SOAK=1. */
const PER_BATCH = isSoak() ? 1 : 25;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

test('paste of a copied web page into an empty story: the article reader keeps nothing active', async ({ app, page, request }) => {
  const vectors = await allVectors();
  const probe = await openProbedApp(page, app);
  const pages = chunks(vectors, PER_BATCH).map((batch, index) => ({ title: `Copied page ${index + 1}`, html: hostilePage(batch.map((vector) => vector.html), `Copied page ${index + 1}`) }));
  const findings: Finding[] = [];
  for (const copied of pages) {
    await page.getByRole('button', { name: 'New story' }).first().click();
    const body = page.getByRole('textbox', { name: 'Story body' });
    // The new story is open (the last one had the pasted page's headline and text), so the paste lands in it.
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
    await expect(body).toHaveText('');
    await body.click();
    await body.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'plain');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, copied.html);
    // The import ran (the editor marks the body while it waits) and its article replaced the empty body.
    await expect(body).not.toHaveAttribute('data-paste-import');
    await expect(body, copied.title).toContainText('Paragraph 1: the council voted');
    findings.push(...activeContentInHtml(await body.innerHTML()).map((f) => ({ ...f, detail: `${copied.title}: ${f.detail}` })));
    await waitForSaved(page);
  }
  for (const summary of await callApi(request, app, 'listStories', {})) {
    const story = await callApi(request, app, 'getStory', { id: summary.id });
    findings.push(...storedFindings(story.body).map((f) => ({ ...f, detail: `${story.headline}: ${f.detail}` })));
  }
  await probe.sweep();
  reportPath({ path: 'paste of a web page', vectors: vectors.length, findings: findings.length, ...probe.counts() });
  expect(describeFindings(findings)).toBe('none');
  expect(probe.describe()).toBe('nothing');
});

interface ImportedPath {
  label: string;
  payloads: number;
  refused: number;
  stories: Story[];
  findings: Finding[];
}

/**
 * Import the files through the app's own import (beginImport, importChunk, finishImport: the
 * pipeline drag and drop uses), then read back every story it stored.
 */
async function importAndStore(request: APIRequestContext, app: BrowserModeApp, label: string, files: readonly FileVector[]): Promise<ImportedPath> {
  const result: ImportedPath = { label, payloads: files.reduce((sum, file) => sum + file.payloads, 0), refused: 0, stories: [], findings: [] };
  const { jobId } = await callApi(request, app, 'beginImport', { fileCount: files.length });
  for (const [fileIndex, file] of files.entries()) {
    await callApi(request, app, 'importChunk', { jobId, fileIndex, path: file.fileName, chunkIndex: 0, chunkCount: 1, dataBase64: Buffer.from(file.bytes).toString('base64') });
  }
  const report = await callApi(request, app, 'finishImport', { jobId });
  expect(report.entries.length + report.entriesOmitted, `${label}: one entry per file`).toBe(files.length);
  for (const entry of report.entries) {
    const name = files.find((file) => file.fileName === entry.path)?.name ?? entry.path;
    // A file refused with a reason (no text left, say) keeps nothing: that is a pass, counted.
    if (entry.status !== 'imported') {
      expect(entry.error, `${label}: ${name} refused without a reason`).toBeTruthy();
      result.refused += 1;
      continue;
    }
    const story = await callApi(request, app, 'getStory', { id: entry.storyId! });
    result.stories.push(story);
    result.findings.push(...storedFindings(story.body).map((f) => ({ ...f, detail: `${name}: ${f.detail}` })));
    result.findings.push(...activeContentInJson(story, 'story').filter((f) => !f.detail.startsWith('story.body')).map((f) => ({ ...f, detail: `${name}: ${f.detail}` })));
  }
  return result;
}

function htmlFiles(vectors: readonly Vector[]): FileVector[] {
  const alone = vectors.map((vector, index) => ({ name: vector.name, fileName: `vector-${index}.html`, bytes: new TextEncoder().encode(vector.html), payloads: 1 }));
  const pages = chunks(vectors, PER_BATCH).map((batch, index) => ({ name: `page of ${batch.length}`, fileName: `page-${index}.html`, bytes: new TextEncoder().encode(hostilePage(batch.map((v) => v.html))), payloads: 0 }));
  return [...alone, ...pages];
}

/**
 * The stories a path produced, their bodies one after another in a few stories to preview (60
 * each in the short run, 5 in the soak run); each headline carries a word of its own, so the
 * story can be found by searching the library when its row is scrolled out of the list.
 */
async function storiesToShow(request: APIRequestContext, app: BrowserModeApp, imported: ImportedPath): Promise<Story[]> {
  const combined: Story[] = [];
  for (const [index, batch] of chunks(imported.stories, isSoak() ? 5 : 60).entries()) {
    const body: DocJSON = { type: 'doc', content: batch.flatMap((story) => story.body.content) };
    const token = `${imported.label.replace(/\W/g, '').toLowerCase()}${index + 1}preview`;
    const created = await callApi(request, app, 'createStory', { headline: `${imported.label}, part ${index + 1} (${token})`, body });
    combined.push(created);
  }
  return combined;
}

/** Open each story in the editor and read the preview on every surface: the frame's document must be inert. */
async function previewStories(page: Page, stories: readonly Story[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const story of stories) {
    const row = page.locator(`[data-story-id="${story.id}"]`);
    const token = /\((\w+preview)\)$/.exec(story.headline)?.[1];
    // A long library is a virtual list: a row scrolled out of it is found by its own word.
    if (token && !(await row.isVisible())) await page.getByLabel('Search the library').fill(token);
    await row.click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(story.headline);
    for (const surface of ['Web', 'Phone', 'Print']) {
      await page.getByRole('tab', { name: surface }).click();
      await expect(page.frameLocator('.preview-frame').locator('h1.headline')).toHaveText(story.headline.trim() || 'Untitled story');
      const html = await page.locator('.preview-frame').evaluate((frame: HTMLIFrameElement) => frame.contentDocument!.documentElement.outerHTML);
      findings.push(...activeContentInHtml(html, { document: true }).map((f) => ({ ...f, detail: `preview ${surface} of ${story.headline.slice(0, 40)}: ${f.detail}` })));
    }
  }
  return findings;
}

test('HTML, Word and Markdown import: what is stored is inert, and the preview of it runs and loads nothing', async ({ app, page, request }) => {
  const vectors = await allVectors();
  const paths = [
    await importAndStore(request, app, 'HTML import', htmlFiles(vectors)),
    await importAndStore(request, app, 'DOCX import', docxFiles(vectors, PER_BATCH)),
    await importAndStore(request, app, 'Markdown import', markdownFiles(vectors, PER_BATCH)),
  ];
  paths[0]!.payloads = vectors.length;
  for (const imported of paths) {
    reportPath({ path: imported.label, vectors: imported.payloads, refused: imported.refused, findings: imported.findings.length, executions: 0, requests: 0, navigations: 0, inert: 0 });
  }
  const toShow = [];
  for (const imported of paths) toShow.push(...(await storiesToShow(request, app, imported)));

  const probe = await openProbedApp(page, app);
  const previewFindings = await previewStories(page, toShow);
  await probe.sweep();
  reportPath({ path: 'preview', vectors: paths.reduce((sum, imported) => sum + imported.payloads, 0), findings: previewFindings.length, ...probe.counts() });
  expect(describeFindings(paths.flatMap((imported) => imported.findings))).toBe('none');
  expect(describeFindings(previewFindings)).toBe('none');
  expect(probe.describe()).toBe('nothing');
});

/** Every format a story exports to in browser mode (PDF is printed below); the fact reports are written for stories with facts. */
const EXPORTED_FORMATS = ['html', 'md', 'txt', 'ninjs', 'newsml', 'docx', 'factcheck-csv', 'factcheck-json', 'claimreview'] as const;
const FACT_FORMATS = 3;
const EXTENSIONS: Record<(typeof EXPORTED_FORMATS)[number], string> = { html: '.html', md: '.md', txt: '.txt', ninjs: '.ninjs.json', newsml: '.newsml.xml', docx: '.docx', 'factcheck-csv': '.factcheck.csv', 'factcheck-json': '.factcheck.json', claimreview: '.claimreview.jsonld' };

test('every export of hostile stories, reopened in Chromium, runs, loads and navigates nothing', async ({ app, page, request }) => {
  test.setTimeout(isSoak() ? 60 * 60_000 : 240_000);
  const vectors = await allVectors();
  // Stories as users get them: imported web pages and Word and Markdown files carrying the
  // vectors, and stories whose every field holds a vector as words (what serializers must escape).
  const imported = [
    await importAndStore(request, app, 'HTML import', chunks(vectors, PER_BATCH).map((batch, index) => ({ name: `page ${index + 1}`, fileName: `page-${index}.html`, bytes: new TextEncoder().encode(hostilePage(batch.map((v) => v.html))), payloads: batch.length }))),
    // Word and Markdown files of their own cases; the vectors as Word and Markdown text are exported (as HTML-imported stories and as fields) already.
    await importAndStore(request, app, 'DOCX import', docxFiles([], PER_BATCH)),
    await importAndStore(request, app, 'Markdown import', markdownFiles([], PER_BATCH)),
  ];
  const stories: Story[] = [];
  for (const path of imported) stories.push(...(await storiesToShow(request, app, path)));
  // Stories with hostile fields also carry hostile facts and sources (the fact-check reports).
  let withFacts = 0;
  for (const batch of chunks(vectors.map((vector) => vector.html), isSoak() ? 5 : 150)) {
    const story = await callApi(request, app, 'createStory', hostileStoryFields(batch));
    stories.push(story);
    const sources = [];
    for (const source of hostileSources(batch)) sources.push(await callApi(request, app, 'createSource', source));
    // The short run gives the formulas and the first vectors a fact each (the body and fields carry them all).
    for (const [index, fact] of hostileFacts(batch).slice(0, isSoak() ? undefined : 60).entries()) {
      await callApi(request, app, 'createFact', { ...fact, storyId: story.id, sourceIds: [sources[index % sources.length]!.id] });
    }
    withFacts += 1;
  }
  expect(describeFindings(imported.flatMap((path) => path.findings))).toBe('none');

  const { jobId } = await callApi(request, app, 'startExport', { scope: { storyIds: stories.map((story) => story.id) }, formats: [...EXPORTED_FORMATS], destination: { kind: 'download' } });
  const result = await callApi(request, app, 'getExportResult', { jobId });
  expect(result.failed).toEqual([]);
  expect(result.state).toBe('done');
  const files = exportedFiles(result.download!);
  expect(files.length).toBe(stories.length * (EXPORTED_FORMATS.length - FACT_FORMATS) + withFacts * FACT_FORMATS);

  const viewer = await DocumentViewer.start(page);
  const perFormat = new Map<string, { files: number; findings: Finding[]; mark: number; counts?: ProbeCounts }>();
  for (const format of EXPORTED_FORMATS) {
    const entry = { files: 0, findings: [] as Finding[], mark: viewer.probe.mark() };
    perFormat.set(format, entry);
    for (const file of files.filter((f) => f.name.endsWith(EXTENSIONS[format]))) {
      entry.files += 1;
      entry.findings.push(...(await reopenExport(viewer, file.name, file.bytes)));
    }
    expect(entry.files, `${format} files`).toBeGreaterThan(0);
    Object.assign(entry, { counts: viewer.probe.counts(entry.mark) });
  }

  // The print surface (what "Save as PDF" and the desktop's PDF export print), and its PDF.
  const print = { files: 0, findings: [] as Finding[], mark: viewer.probe.mark(), pdfFindings: [] as string[] };
  for (const story of stories) {
    const view = await callApi(request, app, 'renderPrintView', { id: story.id });
    print.files += 1;
    print.findings.push(...(await reopenHtmlPage(viewer, `${story.id}.print.html`, view.html)));
    const pdf = (await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1');
    // Actions a PDF reader would run or follow: scripts, launches, imports, forms, and links that are not web or mail addresses.
    for (const match of pdf.matchAll(/\/(JavaScript|JS|Launch|ImportData|SubmitForm|GoToR|RichMedia|EmbeddedFile|OpenAction|AA)\b/g)) print.pdfFindings.push(`${story.id}.pdf: /${match[1]}`);
    for (const match of pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)) if (!/^(?:https?:\/\/|mailto:)/i.test(match[1]!)) print.pdfFindings.push(`${story.id}.pdf: /URI (${match[1]!.slice(0, 40)})`);
  }
  const printCounts = viewer.probe.counts(print.mark);

  for (const [format, entry] of perFormat) {
    reportPath({ path: `export ${format}`, vectors: vectors.length, findings: entry.findings.length, ...entry.counts! });
  }
  reportPath({ path: 'export print surface and PDF', vectors: vectors.length, findings: print.findings.length + print.pdfFindings.length, ...printCounts });
  console.log(`[untrusted content] exports: ${stories.length} stories, ${files.length} files and ${print.files} print views (and PDFs) opened in Chromium`);
  for (const [format, entry] of perFormat) expect(describeFindings(entry.findings), `export ${format}`).toBe('none');
  expect(describeFindings(print.findings)).toBe('none');
  expect(print.pdfFindings).toEqual([]);
  expect(viewer.probe.describe()).toBe('nothing');
});
