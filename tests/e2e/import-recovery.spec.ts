import fs from 'node:fs';
import path from 'node:path';
import { expect, openApp, test } from './fixtures';
import { callApi } from './api';

test('importing files shows progress with a cancel button and ends with a report; the library holds the good files', async ({ app, page }) => {
  await openApp(page, app.url);
  const dir = path.join(app.dir, 'incoming');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'ferry.txt'), 'Night ferries approved\n\nThe port authority voted on Thursday.\n');
  // Several megabytes: sent in more than one chunk.
  fs.writeFileSync(path.join(dir, 'long.txt'), `A long wire file\n\n${'Another paragraph of agency copy about the harbour.\n'.repeat(110_000)}`);
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');

  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/importChunk', async (route) => {
    if (route.request().postDataJSON().path === 'long.txt') await held;
    await route.continue();
  });
  await page.locator('#import-files-input').setInputFiles([path.join(dir, 'ferry.txt'), path.join(dir, 'long.txt'), path.join(dir, 'empty.txt')]);
  const jobs = page.getByRole('region', { name: 'Running jobs' });
  await expect(jobs.getByRole('progressbar', { name: 'Importing 3 files' })).toBeVisible();
  await expect(jobs.getByRole('button', { name: 'Cancel' })).toBeVisible();
  release();

  const report = page.getByRole('dialog', { name: 'Import finished' });
  // The long file is 5.7 MB of text (110,000 paragraphs): on a busy machine reading and storing it takes more than the default 10 s.
  await expect(report.locator('[data-import-summary]')).toHaveText('Imported 2 files; 1 failed.', { timeout: 30_000 });
  await expect(report).toContainText('empty.txt — the file is empty.');
  await report.getByRole('button', { name: 'Close' }).click();
  const list = page.getByRole('listbox', { name: /Stories/ });
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option', { name: /A long wire file/ })).toBeVisible();
});

test('an import cut off by a server restart does not leave its progress bar behind', async ({ app, page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await app.stop();
  await app.launch(null); // the remembered port: the window keeps its origin across the restart
  await openApp(page, app.url);
  const dir = path.join(app.dir, 'incoming');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'ferry.txt'), 'Night ferries approved\n\nThe port authority voted on Thursday.\n');
  fs.writeFileSync(path.join(dir, 'harbour.txt'), 'Harbour vote delayed\n\nThe minister said the vote would wait.\n');
  // The second file's upload is held, so the import is still running when the server dies.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/importChunk', async (route) => {
    if (route.request().postDataJSON().path === 'harbour.txt') await held;
    await route.continue().catch(() => route.abort());
  });
  await page.locator('#import-files-input').setInputFiles([path.join(dir, 'ferry.txt'), path.join(dir, 'harbour.txt')]);
  const jobs = page.getByRole('region', { name: 'Running jobs' });
  await expect(jobs.getByRole('progressbar', { name: 'Importing 2 files' })).toBeVisible();

  await app.stop('SIGKILL');
  release();
  await app.launch(null);
  const fresh = await context.newPage();
  await openApp(fresh, app.url); // hands the new token to the old window
  await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeHidden();
  await expect(page.getByText(/The import (stopped|could not start)/)).toBeVisible();
  await expect(jobs.getByRole('progressbar')).toHaveCount(0);
});

test('dropped files and a picked folder of mixed files end in a report, and the library holds exactly the good ones', async ({ app, page }) => {
  await openApp(page, app.url);
  // A drop as the browser delivers it: a DataTransfer with the files.
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Ferries approved\n\nNight crossings start in May.\n'], 'ferries.txt', { type: 'text/plain' }));
    data.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1])], 'broken.txt', { type: 'text/plain' }));
    return data;
  });
  await page.dispatchEvent('main.workspace', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main.workspace', 'drop', { dataTransfer: transfer });
  let report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report.locator('[data-import-summary]')).toHaveText('Imported 1 file; 1 failed.');
  await expect(report).toContainText('broken.txt');
  await report.getByRole('button', { name: 'Close' }).click();

  const folder = path.join(app.dir, 'desk');
  fs.mkdirSync(path.join(folder, 'wire'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'wire', 'budget.md'), '# Budget passes\n\nCouncillors voted 12 to 3.\n');
  fs.writeFileSync(path.join(folder, 'empty.txt'), '');
  fs.writeFileSync(path.join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1]));
  await page.locator('#import-folder-input').setInputFiles(folder);
  report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report.locator('[data-import-summary]')).toHaveText('Imported 1 file; 1 failed; 1 skipped.');
  await expect(report).toContainText('JPEG image');
  await report.getByRole('button', { name: 'Close' }).click();
  const options = page.getByRole('listbox', { name: /Stories/ }).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: 'Budget passes' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Ferries approved' })).toHaveCount(1);
});

test('a damaged library is moved aside and the app offers the newest good backup', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'Worth keeping', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'word '.repeat(3000) }] }] } });
  await page.locator('button[aria-haspopup="menu"]', { hasText: 'Import…' }).click();
  await page.getByRole('menuitem', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem')).toHaveCount(1);

  await app.stop();
  // This test's library is a throwaway copy: overwrite pages in its middle, as a failing disk would.
  const bytes = fs.readFileSync(app.libraryPath);
  bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 5));
  fs.writeFileSync(app.libraryPath, bytes);
  await app.launch();

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Your library is damaged' })).toBeVisible();
  const moved = fs.readdirSync(path.dirname(app.libraryPath)).find((name) => name.includes('.damaged-'));
  expect(moved).toBeDefined();
  expect(fs.readFileSync(path.join(path.dirname(app.libraryPath), moved!)).equals(bytes)).toBe(true);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('listbox', { name: /Stories/ }).getByRole('option', { name: /Worth keeping/ })).toBeVisible();
});
