import { expect, openApp, test, waitForSaved } from './fixtures';

test('a story typed in browser mode survives a server restart and a reload', async ({ app, page }) => {
  await openApp(page, app.url);
  await expect(page.getByText('Your library is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'New story' }).first().click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await headline.fill('Harbour authority approves night ferry trial');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('The port authority voted on Thursday to allow a six-month trial.');
  await waitForSaved(page);
  await expect(page.getByRole('option', { name: /Harbour authority approves night ferry trial/ })).toBeVisible();

  await app.restart();
  await openApp(page, app.url);

  await expect(page.getByRole('option', { name: /Harbour authority approves night ferry trial/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour authority approves night ferry trial');
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('The port authority voted on Thursday to allow a six-month trial.');
  await expect(page.getByText(/11 words/).first()).toBeVisible();
});

test('the launch token leaves the address bar, and a page without it cannot reach the library', async ({ app, page, browser }) => {
  await openApp(page, app.url);
  expect(page.url()).not.toContain(app.token);
  expect(page.url()).not.toContain('token=');

  const stranger = await browser.newPage();
  await stranger.goto(`http://127.0.0.1:${app.port}/`);
  await expect(stranger.getByText(/needs the address Copydesk printed/)).toBeVisible();
  await stranger.close();
});

test('the save indicator says Saved only after the server answered', async ({ app, page }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/saveStory', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('Held');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saving');
  await page.waitForTimeout(700); // the save is sent after 300 ms; it must still not say Saved
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saving');
  release?.();
  await waitForSaved(page);
});
