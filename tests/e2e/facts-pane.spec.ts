import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { docFromPlainText } from '../../story/document';
import type { BrowserModeApp } from './browserModeApp';
import { expect, openApp, test } from './fixtures';

// Read in place, never copied: the example of what users draft.
const WIRE = path.resolve(__dirname, '../../../shared/fixtures/wire-story.txt');

async function api(request: APIRequestContext, app: BrowserModeApp, method: string, input: unknown) {
  const origin = new URL(app.url).origin;
  const response = await request.post(`${origin}/api/${method}`, { headers: { Authorization: `Bearer ${app.token}`, Origin: origin, 'Content-Type': 'application/json' }, data: input });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as Record<string, unknown> & { id: string };
}

test('the facts pane suggests, tags, checks, sources, warns across stories and records an override', async ({ app, page }) => {
  test.skip(!fs.existsSync(WIRE), `${WIRE} is absent`);
  const earlier = await api(page.request, app, 'createStory', { headline: 'Signal chat row deepens', body: docFromPlainText('Officials met.') });
  await api(page.request, app, 'createFact', { storyId: earlier.id, kind: 'person', text: 'National Security Adviser Michael Waltz', meta: { name: 'Michael Waltz', title: 'National Security Adviser' } });
  await api(page.request, app, 'createStory', {
    headline: 'Trump says Putin and Zelensky want peace',
    dateline: { place: 'WASHINGTON', date: '2025-02-13' },
    body: docFromPlainText(fs.readFileSync(WIRE, 'utf8')),
  });

  await openApp(page, app.url);
  await page.getByRole('option', { name: /Trump says Putin and Zelensky want peace/ }).click();
  const pane = page.locator('.facts-pane');
  await expect(pane.getByText('No facts tagged in this story yet.')).toBeVisible();

  // Suggestions: a quote with its speaker resolved from "he added".
  const suggestions = pane.locator('.suggestion');
  await expect(suggestions.filter({ hasText: '“he”' }).first()).toContainText('Donald Trump');
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('quote');
  const quote = suggestions.filter({ hasText: 'Chasing this illusionary goal' });
  await expect(quote).toContainText('Pete Hegseth');
  await quote.getByRole('button', { name: /^Accept/ }).click();
  await expect(pane.getByTestId('facts-summary')).toHaveText('1 fact · 1 unverified');
  await expect(quote).toHaveCount(0);

  // Dismissed suggestions stay dismissed for this story.
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('figure');
  const dismissedOne = suggestions.filter({ hasText: '14-year sentence' });
  await dismissedOne.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(dismissedOne).toHaveCount(0);

  // A cross-story warning names the other story.
  const warning = pane.locator('.consistency-warning').filter({ hasText: 'Mike Waltz' }).filter({ hasText: 'Signal chat row deepens' });
  await expect(warning.first()).toBeVisible();

  // Status and sources with the keyboard.
  const list = pane.getByRole('listbox', { name: 'Facts in document order' });
  await list.focus();
  await page.keyboard.press('v');
  await expect(pane.getByTestId('facts-summary')).toHaveText('1 fact · 1 verified');
  await page.keyboard.press('Enter');
  await pane.getByRole('button', { name: '+ Add source' }).click();
  await pane.getByRole('button', { name: 'New source…' }).click();
  await pane.getByRole('textbox', { name: 'Title' }).fill('Hegseth remarks to NATO allies, transcript');
  await pane.getByRole('textbox', { name: 'Address' }).fill('https://example.org/transcript');
  await pane.getByRole('button', { name: 'Add and attach' }).click();
  await expect(pane.locator('.fact-item').first()).toContainText('1 source');
  await expect(pane.locator('.fact-sources')).toContainText('Hegseth remarks to NATO allies, transcript');

  // Another fact, left unverified: the ready check lists it and an override is recorded.
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('figure');
  await suggestions.filter({ hasText: 'hour-long call' }).getByRole('button', { name: /^Accept/ }).click();
  await expect(pane.getByTestId('facts-summary')).toHaveText('2 facts · 1 verified · 1 unverified');
  await expect(pane.getByTestId('gate-summary')).toContainText('1 unverified fact');
  await pane.getByRole('textbox', { name: 'Go on anyway because…' }).fill('Editor approved: call length confirmed by the White House pool report');
  await pane.getByRole('button', { name: 'Override and record' }).click();
  await expect(pane.getByRole('status')).toContainText('Override recorded');

  await page.screenshot({ path: 'test-results/facts-pane.png' });

  // The reloaded pane remembers the dismissal.
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(pane.locator('.suggestion').filter({ hasText: 'Donald Trump' }).first()).toBeVisible();
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('figure');
  await expect(pane.locator('.suggestion').filter({ hasText: 'six months' })).toHaveCount(1);
  await expect(pane.locator('.suggestion').filter({ hasText: '14-year sentence' })).toHaveCount(0);

  // The warning's link opens the other story.
  await pane.locator('.consistency-warning').filter({ hasText: 'Signal chat row deepens' }).first().getByRole('button', { name: /Open “Signal chat row deepens”/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Signal chat row deepens');
});

test('the facts pane reads well in both themes', async ({ app, page }) => {
  const story = await api(page.request, app, 'createStory', {
    headline: 'Harbour authority approves night ferry trial',
    dateline: { place: 'VALMERE', date: '2026-11-26' },
    body: docFromPlainText('Harbour Minister Ines Okafor said on Thursday the six-month trial would start in March.\n“We listened to the residents,” Okafor told reporters.'),
  });
  const kinds: Array<[string, string, string | undefined]> = [
    ['quote', '“We listened to the residents,”', 'verified'],
    ['figure', 'six-month trial', 'sourced'],
    ['date', 'Thursday', undefined],
    ['person', 'Harbour Minister Ines Okafor', 'disputed'],
  ];
  for (const [kind, text, status] of kinds) {
    const fact = await api(page.request, app, 'createFact', { storyId: story.id, kind, text, ...(kind === 'quote' ? { attribution: 'Ines Okafor' } : {}) });
    if (status) await api(page.request, app, 'updateFact', { factId: fact.id, status });
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, app.url);
    await page.getByRole('option', { name: /Harbour authority/ }).click();
    const pane = page.locator('.facts-pane');
    await expect(pane.getByTestId('facts-summary')).toHaveText('4 facts · 1 verified · 1 sourced · 1 unverified · 1 disputed');
    await pane.locator('.fact-row').first().click();
    await expect(pane.locator('.fact-details')).toBeVisible();
    await pane.screenshot({ path: `test-results/facts-pane-${scheme}.png` });
    // Status colours and controls pass AA contrast in both themes.
    const results = await new AxeBuilder({ page }).include('.facts-pane').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
