import { expect, openApp, test, waitForSaved } from './fixtures';
import { callApi, mod, newStoryInBody } from './editorHelpers';

test('every block of the news schema can be typed or inserted, and survives a reload', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await page.keyboard.type('The ferry costs TK dollars. ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## What the trial allows');
  await page.keyboard.press('Enter');
  await page.keyboard.type('✔ Two crossings a night');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Quieter engines');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> We listened to the residents');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ines Okafor, harbour master');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Check the fare.');
  await page.getByRole('button', { name: "Editor's note" }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- First bullet');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line two');
  await page.getByRole('button', { name: 'Horizontal rule' }).click();
  await page.getByRole('button', { name: 'Read next' }).click();

  await expect(body.locator('span[data-type="tk"]')).toHaveText('TK');
  await expect(body.locator('h2')).toHaveText('What the trial allows');
  await expect(body.locator('ul[data-type="key-takeaways"] > li')).toHaveText(['Two crossings a night', 'Quieter engines']);
  await expect(body.locator('figure[data-type="pull-quote"] blockquote')).toHaveText('We listened to the residents');
  await expect(body.locator('figure[data-type="pull-quote"] figcaption')).toHaveText('Ines Okafor, harbour master');
  await expect(body.locator('aside[data-type="editors-note"]')).toHaveText('Check the fare.');
  await expect(body.locator('ul:not([data-type]) > li')).toHaveText('First bullet');
  await expect(body.locator('p', { hasText: 'Line one' }).locator('br')).toHaveCount(1);
  await expect(body.locator('hr')).toHaveCount(1);
  await expect(body.locator('section[data-type="read-next"]')).toContainText('Read next');
  await waitForSaved(page);

  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(body.locator('figure[data-type="pull-quote"] figcaption')).toHaveText('Ines Okafor, harbour master');
  await expect(body.locator('ul[data-type="key-takeaways"] > li')).toHaveCount(2);
  await expect(body.locator('aside[data-type="editors-note"]')).toHaveCount(1);
  await expect(body.locator('section[data-type="read-next"]')).toHaveCount(1);
});

test('the status bar counts TKs, words, characters and the selection', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('Fares rise by TK and the route opens in TK.');
  const status = page.getByRole('contentinfo', { name: 'Story statistics' });
  await expect(page.getByTestId('tk-count')).toHaveText(/2 TKs/);
  await expect(status).toContainText('10 words');
  // Backspace right after the TK appeared undoes it: the letters stay, the placeholder goes.
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('tk-count')).toHaveText(/1 TK$/);
  await expect(status).toContainText('10 words · 43 characters');
  await page.keyboard.press('Shift+Home');
  await expect(status).toContainText('Selection: 10 words · 43 characters');
  for (let i = 0; i < 'route opens in TK.'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(status).toContainText('Selection: 6 words · 24 characters');
});

test('find and replace: case, whole word and regular expression', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('Ferry ferry ferrymen FERRY. The 2 ferries cost 40 and 55.');
  await page.keyboard.press(`${mod}+f`);
  const find = page.getByRole('textbox', { name: 'Find', exact: true });
  await expect(find).toBeFocused();
  await find.fill('ferry');
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toHaveText('– of 4');
  await find.press('Enter');
  await expect(status).toHaveText('1 of 4');
  await expect(page.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(4);
  await page.getByRole('button', { name: 'Whole word' }).click();
  await expect(status).toHaveText(/of 3$/);
  await page.getByRole('button', { name: 'Match case' }).click();
  await expect(status).toHaveText(/of 1$/);

  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press(`${mod}+Alt+f`);
  await expect(page.getByRole('textbox', { name: 'Replace with' })).toBeVisible();
  await page.getByRole('button', { name: 'Regular expression' }).click();
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('\\d+');
  await expect(status).toHaveText(/of 3$/);
  await page.getByRole('textbox', { name: 'Replace with' }).fill('[$&]');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('Ferry ferry ferrymen FERRY. The [2] ferries cost [40] and [55].');
  await page.getByRole('textbox', { name: 'Find', exact: true }).fill('(unclosed');
  await expect(status).toHaveText('Invalid regular expression');
  await waitForSaved(page);
});

test('links: Cmd/Ctrl+K adds, edits and removes; only web and email addresses are taken', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await page.keyboard.type('Read the plan');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press(`${mod}+k`);
  const target = page.getByRole('textbox', { name: 'Link to' });
  await target.fill('javascript:alert(1)');
  await target.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'web address' })).toBeVisible();
  await target.fill('example.org/plan');
  await target.press('Enter');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/plan');
  await body.locator('a').click();
  await page.keyboard.press(`${mod}+k`);
  await expect(page.getByRole('textbox', { name: 'Link to' })).toHaveValue('https://example.org/plan');
  await page.getByRole('textbox', { name: 'Link to' }).fill('desk@example.org');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'mailto:desk@example.org');
  await body.locator('a').click();
  await page.keyboard.press(`${mod}+k`);
  await page.getByRole('button', { name: 'Remove link' }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toHaveText('Read the plan');
});

test('undo and redo work across autosaves', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await page.keyboard.type('First sentence.');
  await waitForSaved(page);
  await page.waitForTimeout(600); // let the undo history close its group (500 ms), as a pause in typing does
  await page.keyboard.type(' Second sentence.');
  await waitForSaved(page);
  await page.keyboard.press(`${mod}+z`);
  await expect(body).toHaveText('First sentence.');
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(body).toHaveText('First sentence. Second sentence.');
  await page.keyboard.press(`${mod}+z`);
  await page.keyboard.press(`${mod}+z`);
  await expect(body).toHaveText('');
  await waitForSaved(page);
});

test('the fields above the body: counters against the targets in settings, slug, dateline', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'updateSettings', { headlineTarget: 20, dekTarget: 30 });
  await page.getByRole('button', { name: 'New story' }).first().click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Harbour authority approves ferry trial');
  await expect(page.locator('#headline-count')).toHaveText(/38\/20/);
  await expect(page.locator('#headline-count')).toHaveClass(/over/);
  await page.getByRole('textbox', { name: 'Dek' }).fill('Short dek');
  await expect(page.locator('#dek-count')).toHaveText('9/30');
  await page.getByRole('textbox', { name: 'Slug' }).fill('Harbour Ferry!');
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue('Harbour Ferry!');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('Valmere');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await waitForSaved(page);
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue('harbour-ferry');
  const stories = await callApi<Array<{ id: string }>>(page, 'listStories', {});
  const story = await callApi<{ slug: string; dateline: { place: string; date: string } }>(page, 'getStory', { id: stories[0]!.id });
  expect(story.slug).toBe('harbour-ferry');
  expect(story.dateline).toEqual({ place: 'Valmere', date: '2026-11-26' });
});

test('the format bar wraps in a narrow window without a separator at the start of a line', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  /** Per group of the bar: does it begin a line, and is its separator drawn. */
  const groups = () =>
    page.locator('.editor-toolbar').evaluate((bar) => {
      const items = [...bar.children] as HTMLElement[];
      return items.flatMap((item, index) => {
        if (!item.classList.contains('tool-group')) return [];
        const previous = items[index - 1]!;
        const startsLine = item.getBoundingClientRect().top >= previous.getBoundingClientRect().bottom;
        return [{ startsLine, separator: getComputedStyle(item).borderLeftColor !== 'rgba(0, 0, 0, 0)' }];
      });
    });
  for (const width of [1280, 1400, 1500]) {
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(async () => (await groups()).filter((group) => group.startsLine).length, `${width} px: the bar wraps`).toBeGreaterThan(0);
    expect(await groups(), `${width} px`).toEqual((await groups()).map(({ startsLine }) => ({ startsLine, separator: !startsLine })));
  }
  await page.setViewportSize({ width: 1920, height: 900 });
  await expect.poll(async () => (await groups()).every((group) => !group.startsLine && group.separator), '1920 px: one line, every separator drawn').toBe(true);
});

test('the shortcut sheet, focus mode, typewriter scrolling and the theme toggle', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');

  await page.keyboard.press(`${mod}+/`);
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const action of ['New story', 'Save a version', 'Jump to a story', 'Find and replace in the story', 'Tag the selection as a fact', 'Next unverified fact', 'Export', 'This sheet of shortcuts', 'Add, edit or remove a link']) {
    await expect(sheet).toContainText(action);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // On the words themselves: a click in the empty space under them can leave the caret between blocks.
  await page.locator('.story-body p', { hasText: 'Second paragraph.' }).click();
  await page.keyboard.press(`${mod}+Shift+j`);
  await expect(page.locator('.editor-column.focus-mode')).toHaveCount(1);
  await expect(page.locator('.story-body .is-current')).toHaveText('Second paragraph.');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.story-body .is-current')).toHaveText('First paragraph.');
  await page.getByRole('button', { name: 'Focus' }).click();
  await expect(page.locator('.editor-column.focus-mode')).toHaveCount(0);

  await page.getByRole('button', { name: 'Typewriter' }).click();
  await expect(page.locator('.editor-column.typewriter')).toHaveCount(1);

  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.getByRole('button', { name: /Theme: follows the system/ }).click(); // → light
  await page.getByRole('button', { name: /Theme: light/ }).click(); // → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('Cmd/Ctrl+Shift+F then a letter tags the selection as a fact, and the facts pane can reveal it', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('The fare is 40 euros a night.');
  for (let i = 0; i < ' a night.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < '40 euros'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`${mod}+Shift+f`);
  await expect(page.getByRole('status').filter({ hasText: 'Tag as:' })).toBeVisible();
  await page.keyboard.press('f');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body.locator('span[data-fact-id]')).toHaveText('40 euros');
  await waitForSaved(page);
  const factId = await body.locator('span[data-fact-id]').getAttribute('data-fact-id');
  const facts = await callApi<Array<{ id: string; kind: string; text: string }>>(page, 'listFacts', { storyId: (await callApi<Array<{ id: string }>>(page, 'listStories', {}))[0]!.id });
  expect(facts.map(({ id, kind, text }) => ({ id, kind, text }))).toEqual([{ id: factId, kind: 'figure', text: '40 euros' }]);

  await page.keyboard.press('End');
  await page.evaluate((id) => window.dispatchEvent(new CustomEvent('copydesk:reveal-fact', { detail: { factId: id } })), factId);
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('40 euros');
});

test("the facts pane's tag request is claimed by the editor, which marks the words", async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('Subhead');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The mayor said the fare is TK now.');
  await waitForSaved(page);
  const storyId = (await callApi<Array<{ id: string }>>(page, 'listStories', {}))[0]!.id;
  // Offsets are in the story's plain text: "Subhead\nThe mayor said…"
  const claimed = await page.evaluate(
    (storyId) =>
      !window.dispatchEvent(
        new CustomEvent('copydesk:tag-request', {
          cancelable: true,
          detail: { storyId, kind: 'person', start: 12, end: 17, text: 'mayor', context: 'The mayor said the fare is TK now.', attribution: '', meta: {} },
        }),
      ),
    storyId,
  );
  expect(claimed).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Story body' }).locator('span[data-fact-id]')).toHaveText('mayor');
});
