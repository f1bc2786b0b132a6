import { expect, openApp, test, waitForSaved } from './fixtures';

const ARTICLE = Array.from({ length: 16 }, (_, index) => `<p>Paragraph ${index + 1}: the council voted on Tuesday to run the harbour ferry at night, ending a dispute over costs.</p>`).join('');
const PAGE = `<html><head><title>Ferry vote</title></head><body><nav><a href="/">Home</a> <a href="/metro">Metro desk</a></nav><article><h1>Ferry vote</h1><h2>Why it matters</h2>${ARTICLE}<p><a href="javascript:alert(1)" onclick="alert(2)">Click</a><img src="x" onerror="window.pastedCodeRan = true"></p></article><footer>Leave the first comment</footer><script>window.pastedCodeRan = true</script></body></html>`;

/** Pastes HTML into the focused editor as the system clipboard would. */
async function pasteHtml(page: import('@playwright/test').Page, html: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Story body' }).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'plain');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test('HTML pasted into an empty story is imported like a web page: the article only, sanitized, saved', async ({ app, page }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await pasteHtml(page, PAGE);

  await expect(body.locator('p').first()).toHaveText(/^Paragraph 1: the council voted/);
  await expect(body.locator('h2')).toHaveText('Why it matters');
  await expect(body).not.toContainText('Home');
  await expect(body).not.toContainText('Leave the first comment');
  expect(await body.locator('[onclick], [onerror], script, img, a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pastedCodeRan?: boolean }).pastedCodeRan)).toBeUndefined();
  // The page's title becomes the headline of the still untitled story.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry vote');
  await waitForSaved(page);
  await page.screenshot({ path: test.info().outputPath('pasted-article.png') });

  // A second paste into a story with text is an ordinary paste, not an import.
  await body.press('End');
  await pasteHtml(page, '<p>Added later.</p>');
  await expect(body).toContainText('Added later.');
  await expect(body.locator('p').first()).toHaveText(/^Paragraph 1:/);
});
