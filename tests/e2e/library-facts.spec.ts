import { expect, openApp, test } from './fixtures';
import { callApi, doc } from './api';

test('facts in the library: the unverified filter, search through facts and sources, and "ready" held by the gate until overridden', async ({ app, page }) => {
  await openApp(page, app.url);
  const fares = await callApi(page, 'createStory', { headline: 'Ferry fares rise', body: doc('Fares rise to 40 euros in March.') });
  await callApi(page, 'createStory', { headline: 'Council budget passes', body: doc('Councillors voted twelve to three.') });
  const source = await callApi(page, 'createSource', { kind: 'wire', title: 'Operator price list', publisher: 'Nordwire' });
  // A fact with a source is "sourced"; the figure without one is still unverified.
  await callApi(page, 'createFact', { storyId: fares.id, kind: 'date', text: 'in March', sourceIds: [source.id] });
  await callApi(page, 'createFact', { storyId: fares.id, kind: 'figure', text: '40 euros' });

  const list = page.getByRole('listbox', { name: /Stories/ });
  const options = list.getByRole('option');
  await expect(options).toHaveCount(2);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const unverified = page.getByRole('group', { name: 'Filters' }).getByLabel('Has unverified facts');
  await unverified.check();
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Ferry fares rise');
  await unverified.uncheck();

  // The words are only in the source the fact cites.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('nordwire');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Source: Nordwire');
  await expect(options.first().locator('mark')).toHaveText('Nordwire');

  await options.first().click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry fares rise');
  await page.locator('.story-status-button').click();
  const popover = page.getByRole('dialog', { name: 'Change the status' });
  await popover.getByRole('button', { name: /Ready/ }).click();
  await expect(popover.getByRole('alert')).toHaveText('This story is not ready: 1 unverified fact. Check them, or override with a note.');
  const anyway = popover.getByRole('button', { name: /ready anyway/ });
  await expect(anyway).toBeDisabled();
  await popover.getByRole('textbox', { name: 'Note for the history (optional)' }).fill('Price list confirmed by the operator by phone');
  await page.screenshot({ path: 'test-results/ready-gate.png' });
  await anyway.click();
  await expect(page.locator('.story-status-button')).toContainText('Ready');
  const history = await callApi(page, 'listStoryEvents', { id: fares.id });
  expect(history.slice(-2).map((event) => [event.kind, event.note])).toEqual([
    ['override', 'Price list confirmed by the operator by phone'],
    ['status', 'Price list confirmed by the operator by phone'],
  ]);
});
