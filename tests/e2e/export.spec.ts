import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { test as base, expect, type Page } from '@playwright/test';
import { BrowserModeApp } from './browserModeApp';
import { callApi } from './exportHelpers';
import { openApp } from './fixtures';
import { parseStrictXml } from '../helpers/strictXml';
import { ninjsSchemasAvailable, ninjsValidators } from '../helpers/ninjsSchemas';
import { parseWireStory, wireStory, wireStoryAvailable } from '../helpers/wireStoryFixture';
import { RICH_BODY } from '../helpers/exportSamples';
import type { MethodInput } from '../../electron/api/contract';

/** A fresh app whose home folder is a temp folder with an "Exports" folder in it (exports may go only inside home). */
const test = base.extend<{ home: string; app: BrowserModeApp }>({
  home: async ({}, use) => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-home-'));
    fs.mkdirSync(path.join(home, 'Exports'));
    await use(home);
    fs.rmSync(home, { recursive: true, force: true });
  },
  app: async ({ home }, use) => {
    const app = await BrowserModeApp.start(undefined, { HOME: home });
    await use(app);
    await app.dispose();
  },
});

function wireStoryFields(): MethodInput<'createStory'> {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, status: _s, commentPrompt: _p, ...fields } = wireStory();
  return fields;
}

async function chooseExportsFolder(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await page.getByRole('option', { name: /Exports/ }).dblclick();
  await page.getByRole('button', { name: 'Export to ~/Exports' }).click();
  await expect(page.locator('.folder-path')).toHaveText(/\/Exports$/);
}

async function setFormats(page: Page, labels: string[]): Promise<void> {
  for (const box of await page.locator('.format-option input').all()) await box.uncheck();
  for (const label of labels) await page.getByRole('checkbox', { name: label }).check();
}

test.describe('exporting', () => {
  test.skip(!wireStoryAvailable(), 'the shared wire-story fixture is not present');

  test('the wire story, exported in every format, lands on disk and validates', async ({ app, page, home, request }) => {
    await callApi(request, app, 'createStory', wireStoryFields());
    await openApp(page, app.url);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog).toBeVisible();
    await setFormats(page, ['Web page (HTML)', 'Markdown', 'Wire text', 'IPTC ninjs', 'NewsML-G2', 'Word (DOCX)', 'PDF']);
    await chooseExportsFolder(page);
    // In browser mode, PDF is the browser's own print of the print view.
    const printView = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const popup = await printView;
    await expect(popup.locator('html')).toHaveClass('surface-print');
    await expect(popup.locator('h1')).toHaveText(wireStoryFields().headline!);
    await expect(dialog.getByRole('status')).toHaveText(/Exported 1 of 1 story: 6 files in .*Exports/);

    const out = path.join(home, 'Exports');
    expect(fs.readdirSync(out).toSorted()).toEqual(['trump-peace-calls.docx', 'trump-peace-calls.html', 'trump-peace-calls.md', 'trump-peace-calls.newsml.xml', 'trump-peace-calls.ninjs.json', 'trump-peace-calls.txt']);
    const read = (name: string) => fs.readFileSync(path.join(out, `trump-peace-calls${name}`), 'utf8');
    const parts = parseWireStory();

    const html = read('.html');
    const page2 = parseStrictXml(html.replace('<!DOCTYPE html>', ''));
    expect(page2.getElementsByTagName('h1')[0]!.textContent).toBe(wireStoryFields().headline);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', dateline: 'Washington', inLanguage: 'en' });

    const ninjs = JSON.parse(read('.ninjs.json')) as Record<string, unknown>;
    if (ninjsSchemasAvailable()) for (const { validate } of ninjsValidators()) expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs.associations).toHaveLength(parts.related.length);

    const newsml = parseStrictXml(read('.newsml.xml'));
    expect(newsml.documentElement!.localName).toBe('newsItem');
    expect(newsml.getElementsByTagName('dateline')[0]!.textContent).toBe('WASHINGTON, Feb. 12');

    const md = read('.md');
    const front = loadYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ slug: 'trump-peace-calls', section: 'World', byline: 'Ana Reyes and Tomasz Wiśniewski' });
    for (const subhead of parts.subheads) expect(md).toContain(`\n## ${subhead}\n`);

    expect(read('.txt')).toMatch(/^trump-peace-calls \| urgency 3 \| World\n/);
    expect(read('.txt').trimEnd().endsWith('ENDS')).toBe(true);

    const docx = await mammoth.convertToHtml({ path: path.join(out, 'trump-peace-calls.docx') });
    for (const subhead of parts.subheads) expect(docx.value).toContain(`<h2>${subhead}</h2>`);

    const history = await callApi(request, app, 'listStoryEvents', { id: (await callApi(request, app, 'listStories', {}))[0]!.id });
    expect(history.at(-1)).toMatchObject({ kind: 'export', data: { formats: ['html', 'md', 'txt', 'ninjs', 'newsml', 'docx'] } });
  });

  test('several files are offered as one zip download; existing files are never overwritten without asking', async ({ app, page, home, request }) => {
    await callApi(request, app, 'createStory', wireStoryFields());
    await openApp(page, app.url);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await setFormats(page, ['Markdown', 'IPTC ninjs']);
    await dialog.getByRole('radio', { name: /Download/ }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^copydesk-export-.*\.zip$/);
    const zipped = unzipSync(fs.readFileSync((await download.path())!));
    expect(Object.keys(zipped).toSorted()).toEqual(['trump-peace-calls.md', 'trump-peace-calls.ninjs.json']);
    expect(JSON.parse(strFromU8(zipped['trump-peace-calls.ninjs.json']!)).slugline).toBe('trump-peace-calls');

    // Now to a folder that already has one of the files.
    await dialog.getByRole('button', { name: 'Export more…' }).click();
    fs.writeFileSync(path.join(home, 'Exports', 'trump-peace-calls.md'), 'earlier');
    await dialog.getByRole('radio', { name: 'No folder chosen' }).check();
    await chooseExportsFolder(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('heading', { name: /A file already exists/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/Exported 1 of 1 story: 2 files/);
    expect(fs.readFileSync(path.join(home, 'Exports', 'trump-peace-calls.md'), 'utf8')).toBe('earlier');
    expect(fs.readdirSync(path.join(home, 'Exports')).toSorted()).toEqual(['trump-peace-calls (2).md', 'trump-peace-calls.md', 'trump-peace-calls.ninjs.json']);
  });
});

test('a batch of every "ready" story, and a final export held by a TK until overridden', async ({ app, page, home, request }) => {
  for (const slug of ['alpha', 'beta', 'gamma']) {
    const story = await callApi(request, app, 'createStory', { slug, headline: `Story ${slug}`, body: slug === 'gamma' ? RICH_BODY : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] } });
    // gamma's TK holds back "ready" too: the desk overrode it there, and the final export asks again.
    if (slug === 'gamma') await callApi(request, app, 'overrideExportGate', { storyId: story.id, action: 'ready', note: 'Fare to follow' });
    await callApi(request, app, 'saveStory', { id: story.id, baseVersion: 1, changes: { status: 'ready' } });
  }
  await openApp(page, app.url);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Every story that is/ }).check();
  await dialog.getByLabel('Status', { exact: true }).selectOption('ready');
  await setFormats(page, ['Wire text']);
  await chooseExportsFolder(page);
  await dialog.getByRole('checkbox', { name: /Final export/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  await expect(dialog.getByRole('heading', { name: /The fact gate holds back this story/ })).toBeVisible();
  await expect(dialog.getByText('Story gamma: 1 TK')).toBeVisible();
  await expect(dialog.getByText(/TK \(fare from operator\): “…The fare will be TK euros/)).toBeVisible();
  const anyway = dialog.getByRole('button', { name: 'Export anyway' });
  await expect(anyway).toBeDisabled();
  await dialog.getByLabel('Reason for the override').fill('Fare confirmed by phone');
  await anyway.click();
  await expect(dialog.getByRole('status')).toHaveText(/Exported 3 of 3 stories: 3 files/);
  expect(fs.readdirSync(path.join(home, 'Exports')).toSorted()).toEqual(['alpha.txt', 'beta.txt', 'gamma.txt']);
  const gamma = (await callApi(request, app, 'listStories', {})).find((story) => story.slug === 'gamma')!;
  const history = await callApi(request, app, 'listStoryEvents', { id: gamma.id });
  expect(history.map((event) => event.kind).slice(-2)).toEqual(['override', 'export']);
  expect(history.at(-2)!.note).toBe('Fare confirmed by phone');
});
