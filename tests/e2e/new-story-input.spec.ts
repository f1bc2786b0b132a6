import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForSaved } from './fixtures';
import { callApi, mod, newStoryInBody } from './editorHelpers';

interface Listed {
  id: string;
  headline: string;
}

/** Make the library slow to create a story, as a busy disk would: the window in which input used to land in the story being left. */
async function slowCreate(page: Page): Promise<void> {
  await page.route('**/api/createStory', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
}

async function bodyTextOf(page: Page, id: string): Promise<string> {
  const story = await callApi<{ bodyText?: string; body: unknown }>(page, 'getStory', { id });
  return JSON.stringify(story.body);
}

test('what is pasted and typed right after New story goes into the new story, never into the story being left', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('The first story stays as it was.');
  await waitForSaved(page);
  const first = (await callApi<{ rows: Listed[] }>(page, 'queryLibrary', { text: '', limit: 10 })).rows[0]!;

  await slowCreate(page);
  await page.keyboard.press(`${mod}+n`);
  // Still in the first story's body, before the new one exists: a paste, then typing, then Enter.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Ferry strike <strong>called off</strong></p>');
    data.setData('text/plain', 'Ferry strike called off');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type(' today');
  await page.keyboard.press('Enter');

  // The new story opens with the focus in its headline, which gets what was pasted and typed.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await expect(headline).toHaveValue('Ferry strike called off today');
  await waitForSaved(page);
  expect(await bodyTextOf(page, first.id)).toContain('The first story stays as it was.');
  expect(await bodyTextOf(page, first.id)).not.toMatch(/Ferry|today/);

  const rows = (await callApi<{ rows: Listed[] }>(page, 'queryLibrary', { text: '', limit: 10 })).rows;
  expect(rows).toHaveLength(2);
});

test('typing right after clicking New story makes one story, headed with what was typed (Space does not press the button again)', async ({ app, page }) => {
  await openApp(page, app.url);
  await slowCreate(page);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.keyboard.type('Harbour ferry strike called off');
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue('Harbour ferry strike called off');
  await waitForSaved(page);
  expect((await callApi<{ rows: Listed[] }>(page, 'queryLibrary', { text: '', limit: 10 })).rows).toHaveLength(1);
});
