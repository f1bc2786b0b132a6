/**
 * A full library disk in browser mode (the server's test-only page-limit hook, PRAGMA
 * max_page_count): the save indicator says "Not saved" and why, the window's journal keeps
 * everything typed even across a reload, and saving resumes by itself once there is room.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BrowserModeApp } from './browserModeApp';
import { expect, openApp, test, waitForSaved } from './fixtures';
import { newStoryInBody, pasteHtml } from './editorHelpers';

function storedBodyText(libraryPath: string): string {
  const db = new Database(libraryPath, { readonly: true });
  try {
    return (db.prepare('SELECT body_text FROM stories ORDER BY updated_at DESC LIMIT 1').get() as { body_text: string }).body_text;
  } finally {
    db.close();
  }
}

test('a full disk: "Not saved" with the reason, the journal keeps the text across a reload, and it saves once there is room', async ({ page }) => {
  const limitDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-full-'));
  const limit = path.join(limitDir, 'page-limit');
  fs.writeFileSync(limit, 'off');
  const app = await BrowserModeApp.start(undefined, { COPYDESK_TEST_HOOKS: '1', COPYDESK_TEST_PAGE_LIMIT_FILE: limit });
  page.on('dialog', (dialog) => void dialog.accept());
  try {
    await newStoryInBody(page, app.url);
    await page.keyboard.type('Before the disk filled up.');
    await waitForSaved(page);

    fs.writeFileSync(limit, 'full');
    const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the council report, long enough to need new pages.`).join('</p><p>');
    await page.keyboard.press('Enter');
    await pasteHtml(page, `<p>${long}</p>`);
    const indicator = page.locator('[data-save-state]');
    await expect(indicator).toHaveAttribute('data-save-state', 'failed');
    await expect(indicator).toHaveText(/Not saved: The disk is full/);
    await page.keyboard.type(' Typed while the disk was full.');
    expect(storedBodyText(app.libraryPath)).toBe('Before the disk filled up.');

    // The window is reloaded while nothing could be saved: its journal brings the text back.
    await page.reload();
    await openApp(page, app.url);
    const body = page.getByRole('textbox', { name: 'Story body' });
    await expect(body).toHaveAttribute('data-editor-ready', 'true');
    await expect(body).toContainText('Paragraph 399 of the council report, long enough to need new pages. Typed while the disk was full.');
    await expect(indicator).toHaveAttribute('data-save-state', 'failed');
    expect(storedBodyText(app.libraryPath)).toBe('Before the disk filled up.');

    fs.writeFileSync(limit, 'off');
    await expect(indicator).toHaveAttribute('data-save-state', 'saved', { timeout: 20_000 });
    expect(storedBodyText(app.libraryPath)).toContain('Paragraph 399 of the council report, long enough to need new pages. Typed while the disk was full.');
  } finally {
    await app.dispose();
    fs.rmSync(limitDir, { recursive: true, force: true });
  }
});
