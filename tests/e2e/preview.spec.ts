import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';
import { storyHtml } from '../../story/formats/html';
import { exportInput } from '../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../helpers/exportSamples';
import { callApi } from './exportHelpers';
import { markPhrase, parseWireStory, wireStory, wireStoryAvailable } from '../helpers/wireStoryFixture';
import type { MethodInput } from '../../electron/api/contract';

/** The wire story as the desk filled it in, ready for createStory. */
function wireStoryFields(withFacts = false): { fields: MethodInput<'createStory'>; commentPrompt: string } {
  const story = wireStory();
  if (withFacts) {
    markPhrase(story.body, 'Marc Fogel', [{ type: 'fact', attrs: { factId: 'fact-fogel' } }]);
    markPhrase(story.body, '14-year sentence', [{ type: 'fact', attrs: { factId: 'fact-sentence' } }]);
  }
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, status: _s, commentPrompt, ...fields } = story;
  return { fields, commentPrompt };
}

test('the preview follows typing, in a script-less sandboxed frame', async ({ app, page }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Night ferries approved');
  const frame = page.frameLocator('.preview-frame');
  await expect(frame.locator('h1.headline')).toHaveText('Night ferries approved');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('The port authority voted on Thursday.');
  await expect(frame.locator('.story-body p').first()).toHaveText('The port authority voted on Thursday.');
  await page.keyboard.type(' Two crossings a night.');
  await expect(frame.locator('.story-body p').first()).toHaveText('The port authority voted on Thursday. Two crossings a night.');

  const iframe = page.locator('.preview-frame');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-same-origin');
  expect(await frame.locator('script').count()).toBe(0);
});

test('while the writer types without a pause the preview still catches up every few seconds, and all of it once they pause', async ({ app, page }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.getByRole('textbox', { name: 'Story body' }).click();
  const frame = page.frameLocator('.preview-frame');
  const words = Array.from({ length: 24 }, (_, i) => `word${i + 1}`).join(' ');
  let typing = true;
  // About 9 s of typing, a key every 50 ms: never the pause the preview waits for.
  const typed = page.keyboard.type(words, { delay: 50 }).then(() => (typing = false));
  await expect(frame.locator('.story-body p').first()).toContainText('word1 word2', { timeout: 7_000 });
  expect(typing, 'the preview showed the first words while the writer was still typing').toBe(true);
  await typed;
  await expect(frame.locator('.story-body p').first()).toHaveText(words);
});

test('the comment prompt box shows a prompt changed elsewhere, and leaving it untouched keeps that prompt', async ({ app, page, request }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await page.getByRole('button', { name: 'Page options' }).click();
  const box = page.getByRole('textbox', { name: 'Comment prompt' });
  await expect(box).toHaveValue('');

  // Another window (here a script) sets the prompt while the box is open here.
  await callApi(request, app, 'updateSettings', { commentPrompt: 'Should the ferries run at night?' });
  await expect(box).toHaveValue('Should the ferries run at night?');
  await box.click();
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await expect(page.frameLocator('.preview-frame').locator('.comment-prompt')).toHaveText('Should the ferries run at night?');
  expect((await callApi(request, app, 'getSettings', {})).commentPrompt).toBe('Should the ferries run at night?');

  // What the writer types is saved when they leave the box.
  await box.fill('  Would you take a night ferry?  ');
  await box.press('Enter');
  await expect.poll(async () => (await callApi(request, app, 'getSettings', {})).commentPrompt).toBe('Would you take a night ferry?');
  await expect(box).toHaveValue('Would you take a night ferry?');
});

test.describe('with the wire story', () => {
  test.skip(!wireStoryAvailable(), 'the shared wire-story fixture is not present');

  test('each surface renders: web, phone, print and wire', async ({ app, page, request }) => {
    const { fields, commentPrompt } = wireStoryFields();
    await callApi(request, app, 'updateSettings', { commentPrompt });
    await callApi(request, app, 'createStory', fields);
    const parts = parseWireStory();
    await openApp(page, app.url);
    const frame = page.frameLocator('.preview-frame');

    await page.getByRole('tab', { name: 'Web' }).click();
    await expect(frame.locator('h1.headline')).toHaveText(fields.headline!);
    await expect(frame.locator('.story-body > h2')).toHaveText(parts.subheads);
    await expect(frame.locator('.key-takeaways li')).toHaveCount(parts.takeaways.length);
    await expect(frame.locator('.read-next .teaser')).toHaveCount(parts.related.length);
    await expect(frame.locator('.read-next .teaser-time').first()).toHaveText(parts.related[0]!.time!);
    await expect(frame.locator('.comment-prompt')).toHaveText(commentPrompt);
    await expect(frame.locator('.dateline')).toHaveText('WASHINGTON');
    const checkMark = await frame.locator('.key-takeaways li').first().evaluate((li) => getComputedStyle(li, '::before').content);
    expect(checkMark).toBe('"✔"');

    // The house choices, from the pane: relative teaser times, no comment prompt.
    await page.getByRole('button', { name: 'Page options' }).click();
    await page.getByRole('combobox', { name: /Read next/ }).selectOption('relative');
    await expect(frame.locator('.read-next .teaser-time').first()).toHaveText(parts.related[0]!.time!); // printed times stay as printed
    const prompt = page.getByRole('textbox', { name: 'Comment prompt' });
    await prompt.fill('');
    await prompt.press('Enter');
    await expect(frame.locator('.comment-prompt')).toHaveCount(0);
    await prompt.fill(commentPrompt);
    await prompt.press('Enter');
    await expect(frame.locator('.comment-prompt')).toHaveText(commentPrompt);

    await page.getByRole('tab', { name: 'Phone' }).click();
    await expect(page.locator('.preview-frame')).toHaveCSS('width', '390px');
    await expect(frame.locator('h1.headline')).toHaveText(fields.headline!);

    await page.getByRole('tab', { name: 'Print' }).click();
    await expect(frame.locator('html')).toHaveClass('surface-print');
    await expect(frame.locator('.comment-prompt')).toHaveCount(0);
    // The print sheet breaks the story into A4 columns: more than one page for this story.
    const pages = await frame.locator('.story').evaluate((story) => Math.round(story.scrollWidth / story.clientWidth));
    expect(pages).toBeGreaterThan(1);

    await page.getByRole('tab', { name: 'Wire' }).click();
    const wire = page.getByLabel('Wire text');
    await expect(wire).toContainText(`WASHINGTON, Feb. 12 — ${parts.paragraphs[0]}`);
    await expect(wire).toContainText('ENDS');
    await expect(wire).not.toContainText('Read next');
  });

  test('the fact overlay colours every tagged span by its status', async ({ app, page, request }) => {
    // A verified fact and a span whose fact is still unverified.
    const story = await callApi(request, app, 'createStory', wireStoryFields().fields);
    const fogel = await callApi(request, app, 'createFact', { storyId: story.id, kind: 'person', text: 'Marc Fogel' });
    const sentence = await callApi(request, app, 'createFact', { storyId: story.id, kind: 'figure', text: '14-year sentence' });
    await callApi(request, app, 'updateFact', { factId: fogel.id, status: 'verified' });
    const body = wireStory().body;
    markPhrase(body, 'Marc Fogel', [{ type: 'fact', attrs: { factId: fogel.id } }]);
    markPhrase(body, '14-year sentence', [{ type: 'fact', attrs: { factId: sentence.id } }]);
    await callApi(request, app, 'saveStory', { id: story.id, baseVersion: 1, changes: { body } });
    await openApp(page, app.url);
    const frame = page.frameLocator('.preview-frame');
    const facts = frame.locator('.fact');
    await expect(facts).toHaveCount(2);
    const shadowOf = () => facts.evaluateAll((spans) => spans.map((span) => getComputedStyle(span).boxShadow));
    expect(await shadowOf()).toEqual(['none', 'none']);

    await page.getByRole('button', { name: 'Fact overlay' }).click();
    await expect(page.getByRole('list', { name: 'Fact statuses' })).toContainText('2 tagged facts');
    // Verified: green underline and ●; unverified: grey and ○.
    await expect.poll(shadowOf).toEqual([expect.stringContaining('rgb(30, 107, 52)'), expect.stringContaining('rgb(92, 90, 85)')]);
    const symbols = await facts.evaluateAll((spans) => spans.map((span) => getComputedStyle(span, '::after').content));
    expect(symbols).toEqual(['"●"', '"○"']);

    // A status changed elsewhere (the facts pane) shows at once.
    await callApi(request, app, 'updateFact', { factId: sentence.id, status: 'false' });
    await expect.poll(shadowOf).toEqual([expect.stringContaining('rgb(30, 107, 52)'), expect.stringContaining('rgb(179, 38, 30)')]);

    await page.getByRole('button', { name: 'Fact overlay' }).click();
    await expect.poll(shadowOf).toEqual(['none', 'none']);
  });

  test('the preview keeps its scroll in step with the editor', async ({ app, page, request }) => {
    await callApi(request, app, 'createStory', wireStoryFields().fields);
    await openApp(page, app.url);
    const frame = page.frameLocator('.preview-frame');
    await expect(frame.locator('h1.headline')).toBeVisible();
    const subhead = parseWireStory().subheads[2]!;
    // Scroll the editor so that a subhead is at its top, as a reader of the draft would.
    await page.locator('.editor-pane .story-body h2', { hasText: subhead }).evaluate((heading) => {
      const pane = heading.closest('.editor-pane')!;
      pane.scrollTop += heading.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    });
    const previewOffset = () =>
      frame.locator('.story-body h2', { hasText: subhead }).evaluate((heading) => Math.round(heading.getBoundingClientRect().top));
    await expect.poll(previewOffset).toBeGreaterThanOrEqual(0);
    await expect.poll(previewOffset).toBeLessThan(40);

    await page.locator('.editor-pane').evaluate((pane) => (pane.scrollTop = 0));
    await expect.poll(() => frame.locator('html').evaluate((html) => html.ownerDocument.defaultView!.scrollY)).toBe(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the exported story page has no serious accessibility problems (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const story = wireStoryAvailable() ? wireStory() : richStory();
    await page.setContent(storyHtml(exportInput(story, { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: { ...FIXED_OPTIONS, commentPrompt: 'What do you think?' } })));
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
