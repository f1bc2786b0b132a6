import { callApi } from './api';
import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

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
