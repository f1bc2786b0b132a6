import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { docFromPlainText, type NodeJSON } from '../../story/document';
import type { BrowserModeApp } from './browserModeApp';
import { callApi } from './editorHelpers';
import { storyWithFacts } from './factHelpers';
import { expect, openApp, test, waitForSaved } from './fixtures';

// Read in place, never copied: the example of what users draft.
const WIRE = path.resolve(__dirname, '../../../shared/fixtures/wire-story.txt');
const wireText = fs.existsSync(WIRE) ? fs.readFileSync(WIRE, 'utf8') : '';
const paragraphWith = (word: string) => wireText.split('\n').find((line) => line.includes(word)) ?? '';
// What the assertions look for, taken from the story itself.
/** The defence secretary's quotation (the paragraph that places him in Brussels), with its quotation marks. */
const brusselsQuote = /["“][^"”]+["”]/.exec(paragraphWith('Brussels'))?.[0] ?? '';
const brusselsQuoteStart = brusselsQuote.slice(1).split(' ').slice(0, 4).join(' ');
/** "<title> <name>" of the adviser among the negotiators, and the shorter first name a teaser gives him. */
const adviser = /([A-Z]\w+ [A-Z]\w+ Adviser) ([A-Z]\w+ [A-Z]\w+)/.exec(paragraphWith('Witkoff')) ?? ['', '', ''];
const adviserVariant = /Advisor ([A-Z]\w+ [A-Z]\w+)/.exec(paragraphWith('Signal'))?.[1] ?? '';

async function api(request: APIRequestContext, app: BrowserModeApp, method: string, input: unknown) {
  const origin = new URL(app.url).origin;
  const response = await request.post(`${origin}/api/${method}`, { headers: { Authorization: `Bearer ${app.token}`, Origin: origin, 'Content-Type': 'application/json' }, data: input });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as Record<string, unknown> & { id: string };
}

test('suggestions accepted become facts marked at their words; a cross-story warning; the ready check and its recorded override', async ({ app, page }) => {
  test.skip(!fs.existsSync(WIRE), `${WIRE} is absent`);
  const earlier = await api(page.request, app, 'createStory', { headline: 'Group chat row deepens', body: docFromPlainText('Officials met.') });
  await api(page.request, app, 'createFact', { storyId: earlier.id, kind: 'person', text: adviser[0], meta: { name: adviser[2], title: adviser[1] } });
  await api(page.request, app, 'createStory', {
    headline: 'Peace calls with both leaders',
    dateline: { place: 'WASHINGTON', date: '2025-02-13' },
    body: docFromPlainText(fs.readFileSync(WIRE, 'utf8')),
  });

  await openApp(page, app.url);
  await page.getByRole('option', { name: /Peace calls with both leaders/ }).click();
  const pane = page.locator('.facts-pane');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(pane.getByText('No facts tagged in this story yet.')).toBeVisible();

  // Suggestions: a quote with its speaker resolved from "he added"; accepted, it is a fact marked on exactly its words.
  const suggestions = pane.locator('.suggestion');
  await expect(suggestions.filter({ hasText: '“he”' }).first()).toContainText('Donald Trump');
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('quote');
  const quote = suggestions.filter({ hasText: brusselsQuoteStart });
  await expect(quote).toContainText('Pete Hegseth');
  await quote.getByRole('button', { name: /^Accept/ }).click();
  await expect(pane.getByTestId('facts-summary')).toHaveText('1 fact · 1 unverified');
  await expect(body.locator('span[data-fact-id]')).toHaveText([brusselsQuote]);
  await expect(pane.locator('.fact-item').first()).toContainText('Pete Hegseth');
  await expect(quote).toHaveCount(0);
  // A date suggestion shows the calendar date it stands for; accepted, it keeps it.
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('date');
  const tuesday = suggestions.filter({ hasText: '“Tuesday”' }).first();
  await expect(tuesday).toContainText('= 2025-02-11');
  await tuesday.getByRole('button', { name: /^Accept/ }).click();
  await expect(pane.locator('.fact-item').filter({ hasText: '“Tuesday”' })).toContainText('= 2025-02-11');
  // The other "Tuesday", a different day in a teaser, is still offered.
  await expect(suggestions.filter({ hasText: '“Tuesday”' })).toHaveCount(1);

  // Dismissed suggestions stay dismissed for this story, and can be brought back.
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('figure');
  await suggestions.filter({ hasText: '14-year sentence' }).getByRole('button', { name: /^Dismiss/ }).click();
  await suggestions.filter({ hasText: 'six months' }).getByRole('button', { name: /^Dismiss/ }).click();
  await expect(suggestions.filter({ hasText: '14-year sentence' })).toHaveCount(0);
  await pane.getByRole('button', { name: 'Show 2 dismissed' }).click();
  await pane.getByRole('list', { name: 'Dismissed suggestions' }).getByRole('button', { name: /Restore figure “six months”/ }).click();
  await expect(suggestions.filter({ hasText: 'six months' }).getByRole('button', { name: /^Accept/ })).toBeVisible();

  // A cross-story warning names the other story.
  const warning = pane.locator('.consistency-warning').filter({ hasText: adviserVariant }).filter({ hasText: 'Group chat row deepens' });
  await expect(warning.first()).toBeVisible();

  // The ready check lists what is still to check; going on needs a reason, recorded in the story history.
  await suggestions.filter({ hasText: 'hour-long call' }).getByRole('button', { name: /^Accept/ }).click();
  await expect(pane.getByTestId('facts-summary')).toHaveText('3 facts · 3 unverified');
  await pane.locator('.fact-item').filter({ hasText: brusselsQuoteStart }).locator('.fact-row').click();
  await page.keyboard.press('v');
  await expect(pane.getByTestId('facts-summary')).toHaveText('3 facts · 1 verified · 2 unverified');
  await expect(pane.getByTestId('gate-summary')).toHaveText('Before “ready” or a final export: 2 unverified facts.');
  await expect(pane.getByRole('list', { name: 'Still to check' }).getByRole('listitem')).toHaveText([/unverified figure: “hour-long call”/, /unverified date: “Tuesday”/]);
  const override = pane.getByRole('button', { name: 'Override and record' });
  await expect(override).toBeDisabled();
  await pane.getByRole('textbox', { name: 'Go on anyway because…' }).fill('Editor approved: call length confirmed by the White House pool report');
  await override.click();
  await expect(pane.getByTestId('last-override')).toContainText('“Editor approved: call length confirmed by the White House pool report”');
  const storyId = (await api(page.request, app, 'listStories', {}) as unknown as Array<{ id: string; headline: string }>).find((s) => s.headline.startsWith('Peace calls'))!.id;
  const history = (await api(page.request, app, 'listStoryEvents', { id: storyId })) as unknown as Array<{ kind: string; note: string; data: { action: string; summary: string } }>;
  expect(history.filter((e) => e.kind === 'override').map((e) => [e.note, e.data.action, e.data.summary])).toEqual([
    ['Editor approved: call length confirmed by the White House pool report', 'ready', '2 unverified facts'],
  ]);
  // A TK typed into the story joins the list at once.
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' TK ');
  await expect(pane.getByTestId('gate-summary')).toHaveText('Before “ready” or a final export: 2 unverified facts, 1 TK.');

  await page.screenshot({ path: 'test-results/facts-pane.png' });

  // The reloaded pane remembers the dismissal.
  await waitForSaved(page);
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(pane.locator('.suggestion').filter({ hasText: 'Donald Trump' }).first()).toBeVisible();
  await pane.getByRole('combobox', { name: 'Show suggestions of kind' }).selectOption('figure');
  await expect(pane.locator('.suggestion').filter({ hasText: 'six months' })).toHaveCount(1);
  await expect(pane.locator('.suggestion').filter({ hasText: '14-year sentence' })).toHaveCount(0);

  // The warning's link opens the other story.
  await pane.locator('.consistency-warning').filter({ hasText: 'Group chat row deepens' }).first().getByRole('button', { name: /Open “Group chat row deepens”/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Group chat row deepens');
});

test('accepted suggestions are marked at their exact words in pull quotes, takeaways, lists and around TKs and line breaks', async ({ app, page }) => {
  const t = (text: string, marks?: NodeJSON['marks']): NodeJSON => ({ type: 'text', text, ...(marks ? { marks } : {}) });
  const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });
  await api(page.request, app, 'createStory', {
    headline: 'Night ferry trial approved',
    dateline: { place: 'VALMERE', date: '2026-11-26' },
    body: {
      type: 'doc',
      content: [
        { type: 'editorsNote', content: [p(t('Check with Mike Waltz, 40 people, on Monday.'))] },
        p(t('Harbour Minister Ines Okafor said on '), t('Thursday', [{ type: 'bold' }]), t(' the six-month trial would start in March.')),
        { type: 'pullQuote', content: [{ type: 'pullQuoteText', content: [t('“We listened to the residents,” Okafor said.')] }, { type: 'pullQuoteAttribution', content: [t('Ines Okafor')] }] },
        { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [t('Two crossings a night for 18 months')] }] },
        p(t('Fares rise by '), { type: 'tk', attrs: { note: 'how much' } }, t(' percent,'), { type: 'hardBreak' }, t('the mayor Anna Berglund said on Friday, adding: "The night service pays for itself."')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('The Valmere Port Authority approved 14 sailings.'))] }] },
        { type: 'readNext', attrs: {} },
      ],
    },
  });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /Night ferry trial approved/ }).click();
  const pane = page.locator('.facts-pane');
  const suggestions = pane.locator('.suggestion');
  await expect(suggestions.filter({ hasText: 'The night service pays for itself' })).toContainText('Anna Berglund');
  await expect(suggestions.filter({ hasText: '“March”' })).toContainText('= 2027-03-01 – 2027-03-31');
  // Nothing from the editor's note, and a TK is nobody.
  await expect(suggestions.filter({ hasText: 'Mike Waltz' })).toHaveCount(0);
  await expect(suggestions.filter({ hasText: '“TK”' })).toHaveCount(0);
  const expected = await suggestions.locator('.suggestion-text').allTextContents();
  expect(expected.length).toBeGreaterThanOrEqual(12);
  for (let left = expected.length; left > 0; left--) {
    await suggestions.first().getByRole('button', { name: /^Accept/ }).click();
    await expect(suggestions).toHaveCount(left - 1);
  }
  await waitForSaved(page);
  await expect(pane.getByTestId('facts-summary')).toHaveText(`${expected.length} facts · ${expected.length} unverified`);
  const storyId = ((await api(page.request, app, 'listStories', {})) as unknown as Array<{ id: string }>)[0]!.id;
  const facts = (await api(page.request, app, 'listFacts', { storyId })) as unknown as Array<{ text: string; currentText: string; detached: boolean }>;
  // Every fact's mark covers exactly the words suggested, wherever they stand in the story's blocks.
  expect(facts.filter((f) => f.detached || f.currentText !== f.text)).toEqual([]);
  const marked = await page.getByRole('textbox', { name: 'Story body' }).locator('span[data-fact-id]').allTextContents();
  expect(new Set(marked)).toEqual(new Set(facts.map((f) => f.text)));
});

test('the facts pane, the story’s underlines and the sources and names windows read well in both themes', async ({ app, page }) => {
  await openApp(page, app.url);
  const { factIds } = await storyWithFacts(
    page,
    { headline: 'Harbour authority approves night ferry trial', dateline: { place: 'VALMERE', date: '2026-11-26' } },
    ['[[Harbour Minister Ines Okafor]] said on [[Thursday]] the [[six-month trial]] would start in March.', '[[“We listened to the residents,”]] Okafor told reporters.'],
    [{ kind: 'person', status: 'disputed' }, { kind: 'date' }, { kind: 'figure', status: 'sourced' }, { kind: 'quote', status: 'verified', attribution: 'Ines Okafor' }],
  );
  const source = await callApi<{ id: string }>(page, 'createSource', { kind: 'interview', title: 'Interview with Ines Okafor', person: 'Ines Okafor', onRecord: true, interviewedAt: '2026-11-26T10:30' });
  await callApi(page, 'attachSource', { factId: factIds[3], sourceId: source.id });
  // Dark: once from the system, once from the theme switch against a light system (html[data-theme]).
  const passes = [
    { name: 'light', system: 'light', theme: 'system' },
    { name: 'dark', system: 'dark', theme: 'system' },
    { name: 'dark-switch', system: 'light', theme: 'dark' },
  ] as const;
  for (const pass of passes) {
    await page.emulateMedia({ colorScheme: pass.system });
    await page.evaluate((theme) => localStorage.setItem('copydesk.view', JSON.stringify({ theme })), pass.theme);
    await openApp(page, app.url);
    await page.getByRole('option', { name: /Harbour authority/ }).click();
    const pane = page.locator('.facts-pane');
    await expect(pane.getByTestId('facts-summary')).toHaveText('4 facts · 1 verified · 1 sourced · 1 unverified · 1 disputed');
    await pane.locator('.fact-row').last().click();
    await expect(pane.locator('.fact-details')).toContainText('Interview with Ines Okafor');
    // The editor underlines each fact in its status's colour and line style.
    const marks = page.getByRole('textbox', { name: 'Story body' }).locator('span[data-fact-id]');
    await expect.poll(() => marks.evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationStyle))).toEqual(['wavy', 'dotted', 'dashed', 'solid']);
    await page.screenshot({ path: `test-results/facts-${pass.name}.png` });
    // Status colours and controls pass AA contrast.
    const serious = async (selector: string) => {
      const results = await new AxeBuilder({ page }).include(selector).analyze();
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };
    expect(await serious('.facts-pane')).toEqual([]);
    await pane.locator('.fact-sources').getByRole('button', { name: 'Interview with Ines Okafor', exact: true }).click();
    const ledger = page.getByRole('dialog', { name: 'Sources' });
    await expect(ledger.getByRole('region', { name: 'Story: Harbour authority approves night ferry trial' })).toBeVisible();
    expect(await serious('.facts-dialog')).toEqual([]);
    await ledger.getByRole('button', { name: 'Close' }).click();
    await pane.getByRole('button', { name: 'Names' }).click();
    const registry = page.getByRole('dialog', { name: 'Names registry' });
    await registry.getByRole('option', { name: /Ines Okafor/ }).click();
    await expect(registry.getByRole('list', { name: 'Titles' })).toContainText('Harbour Minister');
    expect(await serious('.facts-dialog')).toEqual([]);
    await registry.getByRole('button', { name: 'Close' }).click();
  }
});

test('a fact made elsewhere while the connection was down is listed once it is back', async ({ app, page, context }) => {
  await api(page.request, app, 'createStory', { headline: 'Harbour vote delayed', body: docFromPlainText('Harbour Minister Ines Okafor said the vote would wait.') });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /Harbour vote delayed/ }).click();
  const summary = page.locator('.facts-pane').getByTestId('facts-summary');
  await expect(summary).toHaveText('No facts');
  const storyId = ((await api(page.request, app, 'listStories', {})) as unknown as Array<{ id: string }>)[0]!.id;

  // The window's event stream breaks; the fact made meanwhile (another window, a script) sends an event nobody hears.
  await context.setOffline(true);
  await expect(page.getByText(/reconnecting/i).first()).toBeVisible();
  await api(page.request, app, 'createFact', { storyId, kind: 'person', text: 'Ines Okafor' });
  await context.setOffline(false);
  await expect(summary).toHaveText(/^1 fact · /);
});

test('a checker name that cannot be saved says why and keeps what was typed; saved once the server is back', async ({ app, page }) => {
  await api(page.request, app, 'createStory', { headline: 'Harbour vote delayed', body: docFromPlainText('Harbour Minister Ines Okafor said the vote would wait.') });
  const storyId = ((await api(page.request, app, 'listStories', {})) as unknown as Array<{ id: string }>)[0]!.id;
  await api(page.request, app, 'createFact', { storyId, kind: 'person', text: 'Ines Okafor' });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /Harbour vote delayed/ }).click();
  const pane = page.locator('.facts-pane');
  await pane.locator('.fact-item .fact-row').first().click();
  const name = pane.getByRole('textbox', { name: 'Sign your checks as' });
  await name.fill('Ana Reyes');

  await app.stop('SIGKILL');
  await pane.getByRole('button', { name: 'Save name' }).click();
  await expect(pane.getByRole('alert')).toContainText('The name was not saved');
  await expect(name).toHaveValue('Ana Reyes');

  // The same port, a new token: a window opened at the new address hands it to this one.
  await app.launch(null);
  await openApp(await page.context().newPage(), app.url);
  // Saved again as a writer would, once this window has the new token (until then it says why not).
  await expect(async () => {
    await pane.getByRole('button', { name: 'Save name' }).click();
    await expect(pane.getByText('Checks signed as Ana Reyes')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(pane.getByRole('alert')).toHaveCount(0);
});

test('the draft’s suggestions are read again when the writer pauses, never while typing goes on', async ({ app, page }) => {
  await api(page.request, app, 'createStory', { headline: 'Harbour vote delayed', body: docFromPlainText('Harbour Minister Ines Okafor said the vote would wait.') });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /Harbour vote delayed/ }).click();
  const pane = page.locator('.facts-pane');
  const reading = pane.locator('[data-analysis]');
  await expect(reading).toHaveAttribute('data-analysis', 'idle');
  await expect(pane.locator('.suggestion').filter({ hasText: 'Ines Okafor' }).first()).toBeVisible();

  // Each reading started, with how long ago the writer's last key was pressed.
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; readingsStarted: number[] };
    w.lastKey = performance.now();
    w.readingsStarted = [];
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), { capture: true });
    const element = document.querySelector('[data-analysis]')!;
    new MutationObserver(() => {
      if (element.getAttribute('data-analysis') === 'running') w.readingsStarted.push(performance.now() - w.lastKey);
    }).observe(element, { attributes: true, attributeFilter: ['data-analysis'] });
  });
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('Control+End');
  // Four seconds of steady typing, a key every 100 ms: the draft that the panes read changes at least once a second meanwhile.
  await page.keyboard.type(' Port Director Tomas Lindqvist said the harbour would reopen.', { delay: 100 });
  const whileTyping = await page.evaluate(() => (window as unknown as { readingsStarted: number[] }).readingsStarted);
  expect(whileTyping.filter((sinceKey) => sinceKey < 300), `readings started while typing went on (ms since the last key: ${whileTyping.map(Math.round).join(', ')})`).toEqual([]);

  // Once the writer pauses, the draft is read and what was just typed is suggested.
  await expect(pane.locator('.suggestion').filter({ hasText: 'Tomas Lindqvist' }).first()).toBeVisible();
  const started = await page.evaluate(() => (window as unknown as { readingsStarted: number[] }).readingsStarted);
  expect(started.length).toBeGreaterThan(0);
  expect(started.every((sinceKey) => sinceKey >= 300)).toBe(true);
});
