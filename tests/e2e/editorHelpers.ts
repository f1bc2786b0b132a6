import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, openApp } from './fixtures';

/** Open the app, make a new story and put the cursor in its body. */
export async function newStoryInBody(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Story body' }).click();
}

/** Call the API as the page does (its token, our origin). */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('copydesk.token');
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message);
      return body.value as T;
    },
    { method, input },
  );
}

/** Paste HTML into the story body as the clipboard would deliver it. */
export async function pasteHtml(page: Page, html: string, plain = 'plain text'): Promise<void> {
  await page.evaluate(
    ({ html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      document.querySelector('.story-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The story's body text as the library holds it (read straight from the file). */
export function storedBodyText(libraryPath: string): string {
  const db = new Database(libraryPath, { readonly: true });
  try {
    return (db.prepare('SELECT body_text FROM stories ORDER BY updated_at DESC LIMIT 1').get() as { body_text: string }).body_text;
  } finally {
    db.close();
  }
}
