import { expect, openApp, test, waitForSaved } from './fixtures';

const RELOADS = 30;

// Each reload lands while a save or a journal write of what was just typed may still be on its way:
// the page that opens must show exactly what was typed, on the version the library holds.
test(`reloading right after typing, ${RELOADS} times, keeps every character and never shows a conflict`, async ({ app, page }) => {
  test.setTimeout(120_000);
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  let typed = '';
  for (let round = 1; round <= RELOADS; round += 1) {
    const words = `r${round}a r${round}b `;
    await page.keyboard.type(words);
    typed += words;
    await openApp(page, app.url);
    await expect(body).toHaveAttribute('data-editor-ready', 'true');
    expect((await body.innerText()).replace(/\s+/g, ' ').trim(), `after reload ${round}`).toBe(typed.trim());
    await body.click();
    await page.keyboard.press('Control+End');
  }
  await waitForSaved(page);
  await expect(page.getByRole('dialog', { name: /changed in another window/ })).toHaveCount(0);
  await openApp(page, app.url);
  await expect(body).toHaveText(typed.trim());
});
