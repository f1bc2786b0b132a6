import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { writeCleanMarker } from '../../db/cleanClose';
import { callApi, doc } from './api';
import { expect, openApp, test } from './fixtures';

async function openBackups(page: Page) {
  await page.locator('button[aria-haspopup="menu"]', { hasText: 'Import…' }).click();
  await page.getByRole('menuitem', { name: 'Backups…' }).click();
  return page.getByRole('dialog', { name: 'Backups' });
}

test('Library care: check the library now, change how many backups are kept, and be told what is wrong with 0', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'Harbour ferry fares rise' });
  let dialog = await openBackups(page);
  const care = dialog.getByRole('region', { name: 'Library care' });
  await expect(care).toContainText(/Last checked in full: .+\(every 7 days\)/);
  await expect(dialog.getByText('A backup is taken every 60 minutes')).toBeVisible();

  const check = care.getByRole('button', { name: 'Check the library now' });
  await check.click();
  await expect(care.getByText(/^No damage found \((\d+ ms|\d+\.\d s)\)\.$/)).toBeVisible();
  await expect(check).toBeEnabled();

  // Keyboard: the fields are labelled and Enter saves.
  const kept = dialog.getByLabel('Keep the newest');
  await kept.fill('7');
  await dialog.getByLabel('Back up every').fill('30');
  await dialog.getByLabel('Back up every').press('Enter');
  await expect(care.getByText('Saved.')).toBeVisible();
  await expect(dialog.getByText('A backup is taken every 30 minutes')).toBeVisible();
  await expect(dialog).toContainText('the newest 7 are kept');
  await page.screenshot({ path: test.info().outputPath('library-care.png') });

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openBackups(page);
  await expect(dialog.getByLabel('Keep the newest')).toHaveValue('7');
  await expect(dialog.getByLabel('Back up every')).toHaveValue('30');

  await dialog.getByLabel('Keep the newest').fill('0');
  await dialog.getByLabel('Purge the trash after').fill('14');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  const field = dialog.getByLabel('Keep the newest');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Must be at least 1 (the newest backup)');
  // Nothing was saved: neither the bad value nor the good one beside it.
  const settings = await callApi(page, 'getSettings', {});
  expect(settings).toMatchObject({ backupsKept: 7, trashRetentionDays: 30, backupIntervalMinutes: 30 });
  await page.screenshot({ path: test.info().outputPath('library-care-error.png') });
});

test('Library care: a check on demand that finds damage brings up the recovery screen', async ({ app, page }) => {
  await openApp(page, app.url);
  for (let i = 1; i <= 12; i++) await callApi(page, 'createStory', { headline: `Council story ${i}`, body: doc('The harbour council met again. '.repeat(140)) });
  await callApi(page, 'backupNow', {});
  await app.stop();

  // A failing disk zeroes a page of stories; the clean-close marker still vouches for the file,
  // last checked an hour ago, so nothing checks it until the user asks.
  const db = new Database(app.libraryPath, { readonly: true });
  const leaf = db.prepare(`SELECT min(pageno) FROM dbstat WHERE name = 'stories' AND pagetype = 'leaf'`).pluck().get() as number;
  db.close();
  const bytes = fs.readFileSync(app.libraryPath);
  bytes.fill(0, (leaf - 1) * 4096, leaf * 4096);
  fs.writeFileSync(app.libraryPath, bytes);
  expect(writeCleanMarker(app.libraryPath, new Date(Date.now() - 60 * 60 * 1000).toISOString())).toBe(true);
  await app.launch();
  await openApp(page, app.url);

  const dialog = await openBackups(page);
  await dialog.getByRole('region', { name: 'Library care' }).getByRole('button', { name: 'Check the library now' }).click();
  await expect(page.getByRole('heading', { name: 'Your library is damaged' })).toBeVisible();
  await expect(page.getByText(/while checking it, so it has stopped using it/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this backup' })).toBeVisible();
});
