import { expect, openApp, test, waitForSaved } from './fixtures';
import { callApi, doc } from './api';

test('Ctrl+S saves a version; the diff shows what changed since; restoring brings it back and keeps the current text', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'Fares', body: doc('The fare stays at four euros.') });
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toHaveText('The fare stays at four euros.');
  await body.click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Version saved.' })).toBeVisible();

  await page.keyboard.press('Control+a');
  await page.keyboard.type('The fare rises to five euros.');
  await waitForSaved(page);

  await page.keyboard.press('Control+Shift+h');
  const versions = page.getByRole('list', { name: 'Versions, newest first' });
  await versions.getByRole('button', { name: /Saved version/ }).click();
  const diff = page.getByLabel('Differences from this version to the current text');
  await expect(diff.locator('del')).toHaveText('stays at four');
  await expect(diff.locator('ins')).toHaveText('rises to five');

  await page.getByRole('button', { name: 'Restore this version' }).click();
  await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('The fare stays at four euros.');
  await expect(versions.getByRole('button', { name: /Before a restore/ })).toBeVisible();
});

test('Delete sends a story to the trash, which restores it and is emptied only after asking', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'Kept story' });
  await callApi(page, 'createStory', { headline: 'Doomed story' });
  const list = page.getByRole('listbox', { name: /Stories/ });
  await expect(list.getByRole('option')).toHaveCount(2);
  await list.getByRole('option', { name: /Doomed story/ }).click();
  await waitForSaved(page);
  await list.focus();
  await page.keyboard.press('Delete');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.getByText('Moved to the trash.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Kept story');

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('listbox', { name: 'Stories in the trash' });
  await expect(trash.getByRole('option')).toHaveCount(1);
  await trash.getByRole('option', { name: /Doomed story/ }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(list.getByRole('option')).toHaveCount(2);

  await list.getByRole('option', { name: /Doomed story/ }).click();
  await list.focus();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect((await callApi(page, 'getLibraryFacets', {})).liveCount).toBe(1);
});
