import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BrowserModeApp } from './browserModeApp';
import { expect, openApp, test, waitForSaved } from './fixtures';
import { docFromPlainText } from '../../story/document';
import { callApi, newStoryInBody, pasteHtml, storedBodyText } from './editorHelpers';

test('two windows edit the same story: the second gets the conflict view with both texts, and neither is lost', async ({ app, page, context }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('The shared lede.');
  await waitForSaved(page);

  const other = await context.newPage();
  await openApp(other, app.url);
  await expect(other.getByRole('textbox', { name: 'Story body' })).toHaveText('The shared lede.');

  await page.keyboard.type(' Mine from the first window.');
  await waitForSaved(page);
  await other.getByRole('textbox', { name: 'Story body' }).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Theirs from the second window.');

  const conflict = other.getByRole('dialog', { name: 'This story was changed in another window' });
  await expect(conflict).toBeVisible();
  await expect(other.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'conflict');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('The shared lede. Mine from the first window.');
  await expect(conflict.getByTestId('conflict-mine')).toContainText('The shared lede. Theirs from the second window.');
  await expect(conflict.locator('.conflict-differs')).toHaveCount(2);

  await conflict.getByRole('button', { name: 'Keep both (mine as a copy)' }).click();
  await expect(conflict).toBeHidden();
  await expect(other.getByRole('listbox', { name: /Stories/ }).getByRole('option')).toHaveCount(2);
  await expect(other.getByRole('textbox', { name: 'Story body' })).toHaveText('The shared lede. Theirs from the second window.');
  await expect(other.getByRole('textbox', { name: 'Headline' })).toHaveValue(/\(my version\)$/);
  await waitForSaved(other);

  // The first window's story kept the first window's text; it then wins over the second window with "Keep mine".
  await other.getByRole('listbox', { name: /Stories/ }).getByRole('option').filter({ hasNotText: 'my version' }).click();
  await expect(other.getByRole('textbox', { name: 'Story body' })).toHaveText('The shared lede. Mine from the first window.');
  await other.getByRole('textbox', { name: 'Story body' }).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Edited again.');
  await waitForSaved(other);
  await page.keyboard.type(' And the first window once more.');
  const firstConflict = page.getByRole('dialog', { name: 'This story was changed in another window' });
  await expect(firstConflict).toBeVisible();
  await expect(firstConflict.getByTestId('conflict-theirs')).toContainText('Edited again.');
  await firstConflict.getByRole('button', { name: 'Keep mine' }).click();
  await waitForSaved(page);
  expect(storedBodyText(app.libraryPath)).toBe('The shared lede. Mine from the first window. And the first window once more.');
});

test('a full disk says "Not saved" with the reason, keeps the text (across a reload too: the journal), and saves by itself once there is room', async ({ page }) => {
  const limit = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-limit-')), 'page-limit');
  fs.writeFileSync(limit, 'off');
  const app = await BrowserModeApp.start(undefined, { COPYDESK_TEST_HOOKS: '1', COPYDESK_TEST_PAGE_LIMIT_FILE: limit });
  page.on('dialog', (dialog) => void dialog.accept());
  try {
    await newStoryInBody(page, app.url);
    await page.keyboard.type('Before the disk filled up.');
    await waitForSaved(page);

    fs.writeFileSync(limit, 'full');
    const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of a long report that needs new pages in the library.`).join('</p><p>');
    await page.keyboard.press('Enter');
    await pasteHtml(page, `<p>${long}</p>`);
    const indicator = page.locator('[data-save-state]');
    await expect(indicator).toHaveAttribute('data-save-state', 'failed');
    await expect(indicator).toHaveText(/Not saved: The disk is full/);
    await page.keyboard.type(' Typed while the disk was full, and then some more words.');
    // Reloaded at once, while nothing can be saved: the window's journal brings back every keystroke.
    await page.reload();
    const body = page.getByRole('textbox', { name: 'Story body' });
    await openApp(page, app.url);
    await expect(body).toHaveAttribute('data-editor-ready', 'true');
    await expect(body).toContainText('Paragraph 399 of a long report that needs new pages in the library. Typed while the disk was full, and then some more words.');
    await expect(indicator).toHaveAttribute('data-save-state', 'failed');
    expect(storedBodyText(app.libraryPath)).toBe('Before the disk filled up.');

    fs.writeFileSync(limit, 'off');
    await expect(indicator).toHaveAttribute('data-save-state', 'saved', { timeout: 20_000 });
    expect(storedBodyText(app.libraryPath)).toContain('Paragraph 399 of a long report that needs new pages in the library. Typed while the disk was full, and then some more words.');
  } finally {
    await app.dispose();
    fs.rmSync(path.dirname(limit), { recursive: true, force: true });
  }
});

test('edits typed while the server is dead are kept in the journal and saved after it restarts', async ({ app, page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await app.stop();
  await app.launch(null); // as npm start does: the remembered port, or any
  await newStoryInBody(page, app.url);
  await page.keyboard.type('Acknowledged words.');
  await waitForSaved(page);
  const port = app.port;

  await app.stop('SIGKILL');
  await page.keyboard.type(' Typed while the server was dead.');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await expect(page.locator('[data-save-state]')).toHaveText(/Not saved/);

  await app.launch(null);
  expect(app.port).toBe(port);
  await openApp(page, app.url);
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('Acknowledged words. Typed while the server was dead.');
  await expect(page.getByRole('alert').filter({ hasText: 'Restored text typed here' })).toBeVisible();
  await waitForSaved(page);
  expect(storedBodyText(app.libraryPath)).toBe('Acknowledged words. Typed while the server was dead.');
});

test('a window left open across a server restart takes the new token from a window opened at the new address, and saves', async ({ app, page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await app.stop();
  await app.launch(null);
  await newStoryInBody(page, app.url);
  await page.keyboard.type('Before the restart.');
  await waitForSaved(page);

  await app.stop('SIGKILL');
  await app.launch(null); // same port, new token
  await page.keyboard.type(' Typed in the old window.');
  await expect(page.locator('[data-save-state]')).toHaveText(/Not saved/);
  await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeVisible();

  const fresh = await context.newPage();
  await openApp(fresh, app.url);
  await waitForSaved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeHidden();
  expect(storedBodyText(app.libraryPath)).toBe('Before the restart. Typed in the old window.');
});

test('a long story is saved from a worker, so typing never waits for its request; a dead server still says "Not saved"', async ({ app, page }) => {
  await openApp(page, app.url);
  // About 100 KB of JSON: over the size from which requests leave the main thread.
  const paragraphs = Array.from({ length: 700 }, (_, i) => `Paragraph ${i + 1} of the council's harbour report, which the ferry operator disputed at length.`);
  await callApi(page, 'createStory', { headline: 'The long harbour report', body: docFromPlainText(paragraphs.join('\n')) });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page, app.url);
  await page.getByRole('option', { name: /The long harbour report/ }).click();
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.getByText('Paragraph 700 of').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Added at the end.');
  await waitForSaved(page);
  expect(storedBodyText(app.libraryPath)).toContain('which the ferry operator disputed at length. Added at the end.');
  expect(workers.some((url) => /postWorker/.test(url))).toBe(true);

  await app.stop('SIGKILL');
  await page.keyboard.type(' Typed while the server was dead.');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await expect(page.locator('[data-save-state]')).toHaveText(/Not saved/);
  await expect(body).toContainText('Added at the end. Typed while the server was dead.');
});

/**
 * A new story: "First words." saved; then " Second words.", whose save the server commits and
 * whose answer is cut off (as a kill of the server right after the commit does), so the page says
 * "Not saved"; then " Third words.", typed after the failure (the journal is written again).
 * `thenAbort`: the saves after the first never reach the server either.
 */
async function saveCommittedWithoutAnswer(page: Page, url: string, thenAbort: boolean): Promise<void> {
  await newStoryInBody(page, url);
  await page.keyboard.type('First words.');
  await waitForSaved(page);
  let first = true;
  let markCommitted!: () => void;
  const committed = new Promise<void>((resolve) => (markCommitted = resolve));
  await page.route('**/api/saveStory', async (route) => {
    if (first) {
      first = false;
      const answer = await route.fetch();
      expect(answer.status()).toBe(200);
      await route.abort('connectionreset');
      markCommitted();
    } else if (thenAbort) await route.abort('connectionreset');
    else await route.continue();
  });
  await page.keyboard.type(' Second words.');
  await committed;
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await page.keyboard.type(' Third words.');
}

test('a save the library committed but never answered is recognised as this window’s own: the retry saves on top of it, no conflict', async ({ app, page }) => {
  await saveCommittedWithoutAnswer(page, app.url, false);
  await waitForSaved(page);
  await expect(page.getByRole('dialog', { name: 'This story was changed in another window' })).toHaveCount(0);
  expect(storedBodyText(app.libraryPath)).toBe('First words. Second words. Third words.');
});

test('a window reloaded after a save was committed without an answer opens its draft on its own save, with no conflict', async ({ app, page }) => {
  await saveCommittedWithoutAnswer(page, app.url, true);
  // The journal has the words typed after the failure (it is written within 150 ms of a change).
  await page.waitForTimeout(500);
  expect(storedBodyText(app.libraryPath)).toBe('First words. Second words.');

  await page.unroute('**/api/saveStory');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('First words. Second words. Third words.');
  await waitForSaved(page);
  await expect(page.getByRole('dialog', { name: 'This story was changed in another window' })).toHaveCount(0);
  expect(storedBodyText(app.libraryPath)).toBe('First words. Second words. Third words.');
});
