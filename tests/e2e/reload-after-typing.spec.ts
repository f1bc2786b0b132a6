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
  const windowSession = () => page.evaluate(() => sessionStorage.getItem('copydesk.session'));
  let typed = '';
  for (let round = 1; round <= RELOADS; round += 1) {
    const words = `r${round}a r${round}b `;
    await page.keyboard.type(words);
    typed += words;
    const session = await windowSession();
    await openApp(page, app.url);
    await expect(body).toHaveAttribute('data-editor-ready', 'true');
    expect((await body.innerText()).replace(/\s+/g, ' ').trim(), `after reload ${round}`).toBe(typed.trim());
    // The page let go of its session as it left, so the reload took it up: a new one would pass the
    // journal's entries of the old one over as another live window's.
    expect(await windowSession(), `the session after reload ${round}`).toBe(session);
    await body.click();
    await page.keyboard.press('Control+End');
  }
  await waitForSaved(page);
  await expect(page.getByRole('dialog', { name: /changed in another window/ })).toHaveCount(0);
  await openApp(page, app.url);
  await expect(body).toHaveText(typed.trim());
});
