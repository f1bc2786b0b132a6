import fs from 'node:fs';
import path from 'node:path';
import { expect, test, waitForSaved } from './fixtures';
import { newStoryInBody, pasteHtml } from './editorHelpers';

const clipboard = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'clipboard', name), 'utf8');

test('paste from Word keeps subheads, lists, links, bold and italic, and drops every style', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await pasteHtml(page, clipboard('word.html'));
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body.locator('h2')).toHaveText(['Council backs the river path', 'What the plan includes']);
  await expect(body.locator('p', { hasText: 'The council voted' }).locator('strong')).toHaveText('four-mile');
  await expect(body.locator('p', { hasText: 'The council voted' }).locator('em')).toHaveText('said');
  await expect(body.locator('ul > li')).toHaveText(['Lighting along the whole route', 'Two new footbridges']);
  await expect(body.locator('ol > li')).toHaveText(['A public consultation', 'Tenders in the spring']);
  await expect(body.locator('a')).toHaveCount(2);
  await expect(body.locator('a').first()).toHaveAttribute('href', 'https://example.org/council/river-path');
  await expect(body.locator('a').last()).toHaveAttribute('href', 'mailto:desk@example.org');
  expect(await body.locator('[style]').count()).toBe(0);
  expect(await body.innerHTML()).not.toMatch(/mso|Calibri|MsoNormal|o:p|·/);
  await expect(body.locator('img')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: '1 pasted picture was left out' })).toBeVisible();
  await waitForSaved(page);
});

test('paste from Google Docs: the document wrapper is not bold; bold, italic, lists and links are kept', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await pasteHtml(page, clipboard('google-docs.html'));
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body.locator('h2')).toHaveText('Night buses return');
  const lede = body.locator('p', { hasText: 'Night buses will run again' });
  await expect(lede.locator('strong')).toHaveText('Monday');
  await expect(lede.locator('em')).toHaveText(', the operator confirmed');
  await expect(body.locator('strong')).toHaveCount(1);
  await expect(body.locator('ul > li')).toHaveText(['Every 30 minutes', 'Until 4 a.m.']);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/night-buses');
  expect(await body.locator('[style], [id^="docs-internal"]').count()).toBe(0);
  await expect(page.getByRole('alert').filter({ hasText: '1 pasted picture was left out' })).toBeVisible();
});

test('paste from a web page: scripts, handlers, styles, frames and forms never survive, and nothing runs', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await pasteHtml(page, clipboard('web-payloads.html'));
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body.locator('h3')).toHaveText('Residents divided');
  await expect(body).toContainText('A plain line in a div.');
  await expect(body.locator('strong')).toHaveText('overdue');
  await expect(body.locator('em')).toHaveText('rushed');
  await expect(body).toContainText('Unknown element text stays');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/ok');
  await expect(body).toContainText('A dangerous link');
  await expect(body.locator('span[data-type="tk"]')).toHaveCount(1);
  const html = await body.innerHTML();
  expect(html).not.toMatch(/<(script|iframe|style|form|input|svg|object|embed|img|marquee|table)\b/i);
  expect(html).not.toMatch(/\son\w+=/i);
  expect(html).not.toContain('javascript:');
  await body.hover();
  await body.locator('p').first().click();
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.getByRole('alert').filter({ hasText: 'pictures were left out' })).toBeVisible();
});
