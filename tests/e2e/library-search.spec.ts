import { expect, openApp, test } from './fixtures';
import { callApi, doc } from './api';

test('search finds stories with highlighted snippets, survives any input, filters, and saves searches', async ({ app, page }) => {
  await openApp(page, app.url);
  await callApi(page, 'createStory', { headline: 'Peace talks resume in Riyadh', body: doc('Delegations met on Tuesday for the first peace talks since the ceasefire.') });
  const count = page.getByRole('region', { name: 'Library' }).locator('.pane-count');
  await expect(count).toHaveText('1 story');
  await callApi(page, 'createStory', { headline: 'Harbour ferry trial approved', section: 'Metro', body: doc('The port authority approved night crossings; talks on fares continue.') });
  const budget = await callApi(page, 'createStory', { headline: 'Council budget passes', section: 'Metro', body: doc('Councillors voted twelve to three.') });
  await callApi(page, 'setStoryStatus', { id: budget.id, status: 'ready' });

  const search = page.getByRole('searchbox', { name: 'Search the library' });
  const list = page.getByRole('listbox', { name: /Stories/ });
  const options = list.getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(count).toHaveText('3 stories');

  await search.fill('"peace talks"');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Peace talks resume in Riyadh');
  await expect(options.first().locator('mark').first()).toHaveText(/peace|Peace/);
  await expect(page.getByText('1 found')).toBeVisible();

  await search.fill('headline:ferry');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Harbour ferry trial approved');

  // Unbalanced quotes and stray operators still search; excluding only is explained in words.
  await search.fill('talks AND (fares');
  await expect(options).toHaveCount(1);
  await search.fill('-talks');
  await expect(page.getByText('Add a word to look for: a search cannot only exclude words.')).toBeVisible();

  await search.fill('');
  await expect(options).toHaveCount(3);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('group', { name: 'Filters' }).getByLabel(/Ready/).check();
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Council budget passes');
  await page.getByRole('group', { name: 'Filters' }).getByLabel(/Ready/).uncheck();
  await page.getByRole('combobox', { name: 'Desk' }).selectOption('Metro');
  await expect(options).toHaveCount(2);

  await page.getByRole('button', { name: 'Save current…' }).click();
  await page.getByRole('textbox', { name: 'Name of the saved search' }).fill('Metro desk');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('button', { name: /^Metro desk/ });
  await expect(saved).toContainText('2');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(options).toHaveCount(3);
  await saved.click();
  await expect(options).toHaveCount(2);
});

test('the list is keyboard driven: arrows move, Enter opens, Cmd/Ctrl+F searches the library', async ({ app, page }) => {
  await openApp(page, app.url);
  for (const headline of ['Alpha story', 'Beta story', 'Gamma story']) await callApi(page, 'createStory', { headline });
  const list = page.getByRole('listbox', { name: /Stories/ });
  await expect(list.getByRole('option')).toHaveCount(3);
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('option', { name: /Alpha story/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Alpha story');
  await expect(page.getByRole('textbox', { name: 'Story body' })).toBeFocused();
  await list.focus();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toBeFocused();
});
