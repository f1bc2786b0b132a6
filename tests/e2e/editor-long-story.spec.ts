import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForSaved } from './fixtures';
import { docFromPlainText } from '../../story/document';
import { callApi, mod, storedBodyText } from './editorHelpers';

const PARAGRAPHS = 400;
const paragraph = (n: number) => `Paragraph ${n} of the harbour inquiry's report${n === 380 ? ', where the Zanzibar contract first appears' : ''}, which the ferry operator disputed at length.`;

/** How the story body's blocks are rendered now: how many are not (content-visibility: hidden), and whether every block in view is. */
function rendering(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('.editor-pane')!.getBoundingClientRect();
    const blocks = [...document.querySelector('.story-body')!.children];
    const inView = blocks.filter((block) => {
      const box = block.getBoundingClientRect();
      return box.bottom > scroller.top && box.top < scroller.bottom;
    });
    return {
      notRendered: blocks.filter((block) => getComputedStyle(block).contentVisibility === 'hidden').length,
      inViewNotRendered: inView.filter((block) => getComputedStyle(block).contentVisibility === 'hidden').length,
      inView: inView.length,
      scrollHeight: document.querySelector('.editor-pane')!.scrollHeight,
    };
  });
}

test('a long story is rendered around what the writer sees; scrolling, find, the end and the start of the story all reach text that is drawn, and every word is saved', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'The harbour inquiry', body: docFromPlainText(Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n')) });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /The harbour inquiry/ }).click();
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toHaveAttribute('data-editor-ready', 'true');

  // Far blocks are not rendered, yet keep their size: the scrollbar covers the whole story.
  await expect.poll(async () => (await rendering(page)).notRendered).toBeGreaterThan(PARAGRAPHS / 2);
  const start = await rendering(page);
  expect(start.inViewNotRendered).toBe(0);
  const heightRenderedWhole = await page.evaluate(() => {
    const style = document.querySelector<HTMLStyleElement>('style[data-render-window]')!;
    const css = style.textContent;
    style.textContent = '';
    const height = document.querySelector('.editor-pane')!.scrollHeight;
    style.textContent = css;
    return height;
  });
  expect(Math.abs(start.scrollHeight - heightRenderedWhole)).toBeLessThan(2);

  // Scrolled halfway: what comes into view is drawn.
  await page.evaluate(() => document.querySelector('.editor-pane')!.scrollTo({ top: document.querySelector('.editor-pane')!.scrollHeight / 2 }));
  await expect.poll(async () => (await rendering(page)).inViewNotRendered).toBe(0);
  await expect(body.getByText(/^Paragraph 200 of/)).toBeInViewport();

  // Find jumps to a match far down, drawn and in view.
  await body.getByText(/^Paragraph 200 of/).click();
  await page.keyboard.press(`${mod}+f`);
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('Zanzibar');
  await page.getByRole('textbox', { name: 'Find', exact: true }).press('Enter');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  await expect(page.locator('.ProseMirror-active-search-match')).toBeInViewport();
  expect((await rendering(page)).inViewNotRendered).toBe(0);
  await page.keyboard.press('Escape');

  // The keyboard's end and start of the story: the caret goes there, in view, and typing lands there.
  await body.getByText(/Zanzibar/).click();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' The end.');
  await expect(body.getByText(/^Paragraph 400 of.* The end\.$/)).toBeInViewport();
  await page.keyboard.press(`${mod}+Home`);
  await page.keyboard.type('Top. ');
  await expect(body.getByText(/^Top\. Paragraph 1 of/)).toBeInViewport();
  expect((await rendering(page)).inViewNotRendered).toBe(0);

  await waitForSaved(page);
  const stored = storedBodyText(app.libraryPath);
  expect(stored.startsWith('Top. Paragraph 1 of')).toBe(true);
  expect(stored.endsWith('disputed at length. The end.')).toBe(true);
  for (const n of [2, 150, 380, 399]) expect(stored).toContain(paragraph(n));
});

test('a story of ordinary length is rendered whole', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'A short report', body: docFromPlainText(Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n')) });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /A short report/ }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveAttribute('data-editor-ready', 'true');
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))));
  expect((await rendering(page)).notRendered).toBe(0);
});
