import fs from 'node:fs';
import Database from 'better-sqlite3';
import { writeCleanMarker } from '../../db/cleanClose';
import { callApi, doc } from './api';
import { expect, openApp, test, waitForSaved } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

/** The first leaf page of the stories table (the oldest stories' rows). */
function firstStoriesLeafPage(libraryPath: string): number {
  const db = new Database(libraryPath, { readonly: true });
  try {
    return db.prepare(`SELECT min(pageno) FROM dbstat WHERE name = 'stories' AND pagetype = 'leaf'`).pluck().get() as number;
  } finally {
    db.close();
  }
}

test('damage found while the app is in use: the app offers the newest good backup and keeps the open story’s text to copy', async ({ app, page }) => {
  await openApp(page, app.url);
  for (let i = 1; i <= 12; i++) {
    await callApi(page, 'createStory', { headline: `Council story ${i}`, body: doc(`Council story ${i}. ${'The harbour council met again. '.repeat(140)}`) });
  }
  await callApi(page, 'createStory', { headline: 'Night ferry trial approved', body: doc('The port authority voted on Thursday.') });
  await callApi(page, 'backupNow', {});
  await app.stop();

  // A failing disk: a page of old stories goes bad with no file time or size to show it, so the
  // clean-close marker still vouches for the file (its last whole check a day ago: none is due).
  const page0 = firstStoriesLeafPage(app.libraryPath);
  const bytes = fs.readFileSync(app.libraryPath);
  bytes.fill(0, (page0 - 1) * 4096, page0 * 4096);
  fs.writeFileSync(app.libraryPath, bytes);
  expect(writeCleanMarker(app.libraryPath, new Date(Date.now() - DAY).toISOString())).toBe(true);
  await app.launch();
  await openApp(page, app.url);

  await page.getByRole('listbox', { name: /Stories/ }).getByRole('option', { name: /Night ferry trial approved/ }).click();
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('The port authority voted on Thursday.');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Crossings start in May.');
  await waitForSaved(page);

  // Reading an old story meets the bad page: the app checks the whole library at once.
  const { rows } = await callApi(page, 'queryLibrary', { limit: 100, sort: 'created' });
  const failures = await page.evaluate(async (ids) => {
    const token = sessionStorage.getItem('copydesk.token');
    let failed = 0;
    for (const id of ids) {
      const answer = await fetch('/api/getStory', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) });
      if (!((await answer.json()) as { ok: boolean }).ok) failed++;
    }
    return failed;
  }, rows.filter((row) => row.headline.startsWith('Council')).map((row) => row.id));
  expect(failures).toBeGreaterThan(0);

  await expect(page.getByRole('heading', { name: 'Your library is damaged' })).toBeVisible();
  await expect(page.getByText(/while checking it, so it has stopped using it/)).toBeVisible();
  const openStory = page.getByRole('region', { name: 'The story you had open' });
  await expect(openStory.getByRole('textbox', { name: 'Text of the story you had open' })).toHaveValue(/Night ferry trial approved[\s\S]*The port authority voted on Thursday\. Crossings start in May\./);
  await page.screenshot({ path: test.info().outputPath('recovery-while-in-use.png'), fullPage: true });

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('listbox', { name: /Stories/ }).getByRole('option')).toHaveCount(13);
});
