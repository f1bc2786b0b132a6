import { callApi, mod, newStoryInBody } from './editorHelpers';
import { cursorAtStart, markedWords, selectWords, storyWithFacts } from './factHelpers';
import { expect, openApp, test, waitForSaved } from './fixtures';

test('tag words three ways, edit inside a tag, delete a tagged sentence, undo, re-attach and discard', async ({ app, page }) => {
  await newStoryInBody(page, app.url);
  await page.keyboard.type('The night ferry will run for six months. Tickets cost 40 euros a night.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Harbour Minister Ines Okafor announced the trial on Thursday.');
  await waitForSaved(page);
  const pane = page.locator('.facts-pane');
  const summary = pane.getByTestId('facts-summary');
  await expect(pane.getByText('No facts tagged in this story yet.')).toBeVisible();

  // Cmd/Ctrl+Shift+F then a letter.
  await selectWords(page, 'six months');
  await page.keyboard.press(`${mod}+Shift+f`);
  await page.keyboard.press('f');
  await expect(markedWords(page)).toHaveText(['six months']);
  // The Fact button of the format bar.
  await selectWords(page, '40 euros');
  await page.getByRole('button', { name: 'Fact ▾' }).click();
  await page.getByRole('menu', { name: 'Tag the selection as' }).getByRole('menuitem', { name: /Figure/ }).click();
  await expect(markedWords(page)).toHaveText(['six months', '40 euros']);
  // The context menu on the selected words.
  await selectWords(page, 'Harbour Minister Ines Okafor');
  await page.getByRole('textbox', { name: 'Story body' }).getByText('Harbour Minister Ines Okafor').click({ button: 'right', position: { x: 10, y: 5 } });
  await page.getByRole('menu', { name: 'Tag as fact' }).getByRole('menuitem', { name: /Person/ }).click();
  await expect(markedWords(page)).toHaveText(['six months', '40 euros', 'Harbour Minister Ines Okafor']);
  await expect(summary).toHaveText('3 facts · 3 unverified');
  await expect(page.getByTestId('fact-count')).toHaveText(' · 3 facts (3 to check)');

  // The record: kind, words, status; verified with the keyboard, it is signed with the checker's name and the time.
  const rows = pane.locator('.fact-item');
  await expect(rows.first()).toContainText('figure');
  await expect(rows.first()).toContainText('“six months”');
  await rows.first().locator('.fact-row').click();
  await pane.getByRole('textbox', { name: 'Sign your checks as' }).fill('Ana Reyes');
  await pane.getByRole('button', { name: 'Save name' }).click();
  await expect(pane.getByText('Checks signed as Ana Reyes')).toBeVisible();
  await pane.getByRole('listbox', { name: 'Facts in document order' }).focus();
  await page.keyboard.press('v');
  await expect(summary).toHaveText('3 facts · 1 verified · 2 unverified');
  await expect(pane.locator('.fact-details')).toContainText(/Verified by Ana Reyes on /);
  // The editor underlines the words in the status's colour and line: solid for verified, dotted for unverified.
  const underline = (words: string) => markedWords(page).filter({ hasText: words }).evaluate((el) => getComputedStyle(el).textDecorationStyle);
  await expect.poll(() => underline('six months')).toBe('solid');
  expect(await underline('40 euros')).toBe('dotted');

  // Typing over words inside the tag keeps the fact attached; its words changed since verified.
  await selectWords(page, 'months');
  await page.keyboard.type('weeks');
  await waitForSaved(page);
  await expect(markedWords(page).first()).toHaveText('six weeks');
  await expect(summary).toHaveText('3 facts · 1 to re-check · 2 unverified');
  await expect(rows.first()).toContainText('changed since verified');
  await expect(pane.locator('.fact-recheck')).toContainText('Verified as “six months”; the draft now says “six weeks”');

  // Deleting the tagged sentence keeps the record: it is detached and listed apart. The writer pauses first: the
  // editor's history makes one undo step of changes less than 500 ms apart, and undo below takes back the deletion only.
  await page.waitForTimeout(600);
  await selectWords(page, 'The night ferry will run for six weeks. ');
  await page.keyboard.press('Backspace');
  await waitForSaved(page);
  await expect(summary).toHaveText('3 facts · 2 unverified · 1 detached');
  const detached = pane.getByRole('group', { name: /Detached/ });
  await expect(detached.locator('.fact-item')).toContainText('detached · was verified');
  await expect(detached.locator('.fact-item')).toContainText('“six weeks”');

  // Undo brings the words and the mark back, and the next save re-attaches the fact.
  await page.keyboard.press(`${mod}+z`);
  await waitForSaved(page);
  await expect(markedWords(page).first()).toHaveText('six weeks');
  await expect(summary).toHaveText('3 facts · 1 to re-check · 2 unverified');

  // Gone again, it can be re-attached to other words on purpose…
  await selectWords(page, 'The night ferry will run for six weeks. ');
  await page.keyboard.press('Backspace');
  await waitForSaved(page);
  await expect(summary).toHaveText('3 facts · 2 unverified · 1 detached');
  await selectWords(page, 'the trial');
  await detached.locator('.fact-row').click();
  await pane.getByRole('button', { name: 'Re-attach to selection' }).click();
  await waitForSaved(page);
  await expect(summary).toHaveText('3 facts · 1 to re-check · 2 unverified');
  await expect(markedWords(page)).toHaveText(['40 euros', 'Harbour Minister Ines Okafor', 'the trial']);

  // …or discarded on purpose, and only then is the record gone.
  await selectWords(page, 'Tickets cost 40 euros a night.');
  await page.keyboard.press('Backspace');
  await waitForSaved(page);
  await expect(summary).toHaveText('3 facts · 1 to re-check · 1 unverified · 1 detached');
  await detached.locator('.fact-row').click();
  await pane.getByRole('button', { name: 'Discard…' }).click();
  await pane.getByRole('button', { name: 'Discard for good' }).click();
  await expect(summary).toHaveText('2 facts · 1 to re-check · 1 unverified');
  const storyId = (await callApi<Array<{ id: string }>>(page, 'listStories', {}))[0]!.id;
  const facts = await callApi<Array<{ text: string; currentText: string; detached: boolean }>>(page, 'listFacts', { storyId });
  expect(facts.map((f) => [f.text, f.currentText, f.detached])).toEqual([
    ['Harbour Minister Ines Okafor', 'Harbour Minister Ines Okafor', false],
    ['six months', 'the trial', false],
  ]);
});

test('walk the facts still to check with F8 from the story and the pane, attach a source with the keyboard, read its page and the names registry', async ({ app, page }) => {
  await openApp(page, app.url);
  const source = await callApi<{ id: string }>(page, 'createSource', { kind: 'web', title: 'Port authority board minutes, 24 November', url: 'https://example.org/minutes' });
  const earlier = await storyWithFacts(page, { headline: 'Ferry dispute reaches the board' }, ['The board met [[on Monday]].'], [{ kind: 'date' }]);
  await callApi(page, 'attachSource', { factId: earlier.factIds[0], sourceId: source.id });
  await storyWithFacts(
    page,
    { headline: 'Night ferry trial approved', dateline: { place: 'VALMERE', date: '2026-11-26' } },
    ['[[Harbour Minister Ines Okafor]] said the trial lasts [[six months]].', 'Fares rise [[12 percent]], [[the mayor]] said, and [[4,000 residents]] signed.'],
    [{ kind: 'person' }, { kind: 'figure', status: 'verified' }, { kind: 'figure' }, { kind: 'person', status: 'disputed' }, { kind: 'figure', status: 'sourced' }],
  );
  await page.reload();
  await page.getByRole('option', { name: /Night ferry trial approved/ }).click();
  const pane = page.locator('.facts-pane');
  await expect(pane.getByTestId('facts-summary')).toHaveText('5 facts · 1 verified · 1 sourced · 2 unverified · 1 disputed');
  const active = pane.locator('.fact-item[aria-selected="true"]');

  // F8 in the story goes to the next fact still to check (verified and sourced ones are passed over), ⇧F8 back.
  await cursorAtStart(page);
  const selected = () => page.evaluate(() => getSelection()?.toString());
  await page.keyboard.press('F8');
  await expect.poll(selected).toBe('Harbour Minister Ines Okafor');
  await page.keyboard.press('F8');
  await expect.poll(selected).toBe('12 percent');
  await expect(active).toContainText('“12 percent”');
  await page.keyboard.press('F8');
  await expect.poll(selected).toBe('the mayor');
  await page.keyboard.press('F8');
  await expect.poll(selected).toBe('Harbour Minister Ines Okafor');
  await page.keyboard.press('Shift+F8');
  await expect.poll(selected).toBe('the mayor');
  await expect(active).toContainText('“the mayor”');

  // In the pane, F8 walks the list and the status keys set the status where it stands.
  const list = pane.getByRole('listbox', { name: 'Facts in document order' });
  await list.focus();
  await page.keyboard.press('F8');
  await expect(active).toContainText('“Harbour Minister Ines Okafor”');
  await expect(list).toBeFocused();
  await page.keyboard.press('v');
  await page.keyboard.press('F8');
  await expect(active).toContainText('“12 percent”');

  // "a" opens the source picker: find the board minutes used in another story and attach them with the keyboard.
  await page.keyboard.press('a');
  await expect(pane.getByRole('searchbox', { name: 'Find a source' })).toBeFocused();
  await page.keyboard.type('board minutes');
  await expect(pane.getByRole('list', { name: 'Sources found' }).getByRole('button')).toHaveText([/Port authority board minutes/]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(active).toContainText('sourced');
  await expect(active).toContainText('1 source');
  await expect(pane.getByTestId('facts-summary')).toHaveText('5 facts · 2 verified · 2 sourced · 1 disputed');

  // The source's page lists every fact and story citing it.
  await pane.locator('.fact-sources').getByRole('button', { name: 'Port authority board minutes, 24 November', exact: true }).click();
  const ledger = page.getByRole('dialog', { name: 'Sources' });
  await expect(ledger.getByRole('heading', { name: 'Cited by 2 facts in 2 stories' })).toBeVisible();
  await expect(ledger.getByRole('region', { name: 'Story: Night ferry trial approved' })).toContainText('“12 percent”');
  await expect(ledger.getByRole('region', { name: 'Story: Ferry dispute reaches the board' })).toContainText('“on Monday”');
  await ledger.getByRole('textbox', { name: 'Notes' }).fill('Minutes item 4: fares');
  await ledger.getByRole('button', { name: 'Save changes' }).click();
  await expect(ledger.getByRole('status')).toHaveText('Saved.');
  await ledger.getByRole('searchbox', { name: 'Find a source in the ledger' }).fill('fares');
  await expect(ledger.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(1);
  await ledger.getByRole('button', { name: 'Close' }).click();

  // The names registry: accepted people are in it; a variant spelling marked correct.
  await pane.getByRole('button', { name: 'Names' }).click();
  const registry = page.getByRole('dialog', { name: 'Names registry' });
  // Tagged by hand as "Harbour Minister Ines Okafor": the name and the title apart; "the mayor" names nobody.
  await expect(registry.getByRole('listbox', { name: 'People' }).getByRole('option')).toHaveText([/Ines Okafor\s*Harbour Minister/]);
  await registry.getByRole('option', { name: /Ines Okafor/ }).click();
  await registry.getByRole('textbox', { name: 'Another spelling' }).fill('Inès Okafor');
  await registry.getByRole('button', { name: 'Add spelling' }).click();
  await registry.getByRole('list', { name: 'Other spellings' }).getByRole('button', { name: 'Mark as correct' }).click();
  await expect(registry.getByRole('list', { name: 'Other spellings' })).toContainText('Inès Okafor● marked correct');
  const entities = await callApi<Array<{ name: string; aliases: Array<{ alias: string; correct: boolean }> }>>(page, 'listEntities', { kind: 'person' });
  expect(entities.find((e) => e.name === 'Ines Okafor')?.aliases).toEqual([{ alias: 'Inès Okafor', correct: true }]);
  await page.screenshot({ path: 'test-results/names-registry.png' });
});

test('a final export lists every fact still to check and every TK, and goes on only with a reason kept in the history', async ({ app, page }) => {
  await openApp(page, app.url);
  const story = await storyWithFacts(
    page,
    { headline: 'Night ferry trial approved', slug: 'night-ferry' },
    ['[[Ines Okafor]] said the trial lasts [[six months]] and costs [[40 euros]].'],
    [{ kind: 'person', status: 'verified' }, { kind: 'figure' }, { kind: 'figure', status: 'disputed' }],
  );
  // A fact whose words have gone, and a TK.
  await callApi(page, 'createFact', { storyId: story.id, kind: 'claim', text: 'the ferry pays for itself' });
  const current = await callApi<{ version: number; body: { content: unknown[] } }>(page, 'getStory', { id: story.id });
  const withTk = { type: 'doc', content: [...current.body.content, { type: 'paragraph', content: [{ type: 'text', text: 'Fares rise by ' }, { type: 'tk', attrs: { note: 'how much' } }, { type: 'text', text: ' percent.' }] }] };
  await callApi(page, 'saveStory', { id: story.id, baseVersion: current.version, changes: { body: withTk } });
  await page.reload();
  await page.getByRole('option', { name: /Night ferry trial approved/ }).click();
  await expect(page.locator('.facts-pane').getByTestId('facts-summary')).toHaveText('4 facts · 1 verified · 1 unverified · 1 disputed · 1 detached');

  await page.keyboard.press(`${mod}+e`);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Download' }).check();
  await dialog.getByRole('checkbox', { name: /Final export/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const blockers = dialog.locator('.export-blockers');
  await expect(blockers).toContainText('1 unverified fact, 1 disputed fact, 1 detached fact, 1 TK');
  for (const line of ['unverified figure: “six months”', 'disputed figure: “40 euros”', 'detached claim: “the ferry pays for itself”', 'TK (how much)']) await expect(blockers).toContainText(line);
  const anyway = dialog.getByRole('button', { name: 'Export anyway' });
  await expect(anyway).toBeDisabled();
  await dialog.getByLabel('Reason for the override').fill('Desk editor approved: fare rise announced at 5 p.m.');
  await anyway.click();
  await expect(dialog.getByRole('status')).toHaveText(/Exported 1 of 1 story/);
  const history = await callApi<Array<{ kind: string; note: string; data: { action?: string; summary?: string } }>>(page, 'listStoryEvents', { id: story.id });
  expect(history.filter((event) => event.kind === 'override').map((event) => [event.note, event.data.action, event.data.summary])).toEqual([
    ['Desk editor approved: fare rise announced at 5 p.m.', 'export', '1 unverified fact, 1 disputed fact, 1 detached fact, 1 TK'],
  ]);
});
