import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test, waitForSaved } from './fixtures';

test('panes can be hidden and shown, by button and by keyboard, and stay so after a reload', async ({ app, page }) => {
  await openApp(page, app.url);
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts).toBeVisible();
  await page.getByRole('button', { name: 'Facts' }).click();
  await expect(facts).toBeHidden();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('region', { name: 'Preview' })).toBeHidden();
  await page.reload();
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await expect(facts).toBeHidden();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeHidden();
  await page.keyboard.press('Control+2');
  await expect(facts).toBeVisible();
});

test('the library list is keyboard navigable', async ({ app, page }) => {
  await openApp(page, app.url);
  for (const headline of ['First story', 'Second story']) {
    await page.keyboard.press('Control+n');
    const field = page.getByRole('textbox', { name: 'Headline' });
    // The new story is open once its empty headline has the focus.
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await field.fill(headline);
    await waitForSaved(page);
  }
  const list = page.getByRole('listbox', { name: /Stories/ });
  await list.focus();
  await expect(page.getByRole('option', { name: /Second story/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /First story/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('First story');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${colorScheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, app.url);
    await page.getByRole('button', { name: 'New story' }).first().click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Accessible headline');
    await page.getByRole('textbox', { name: 'Story body' }).click();
    await page.keyboard.type('Body text for the check.');
    await waitForSaved(page);
    // The preview's frame runs no script, so axe cannot enter it; the story page it shows is checked in preview.spec.ts.
    const results = await new AxeBuilder({ page }).exclude('.preview-frame').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every control is reachable with Tab and shows a focus indicator', async ({ app, page }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'New story' }).first().click();
  await waitForSaved(page);
  await page.locator('body').focus();
  const reached: Array<{ name: string; indicated: boolean }> = [];
  const seen = (name: string) => reached.some((r) => r.name === name);
  for (let i = 0; i < 80 && !(seen('Story body') && seen('Library') && seen('Headline')); i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focusColor = getComputedStyle(probe).color;
      probe.remove();
      const style = getComputedStyle(el);
      const name = el.getAttribute('aria-label') ?? el.closest('label')?.querySelector('.field-label')?.textContent ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
      // A ring (outline) or, for text fields, the border turning the focus colour; the story body shows its caret.
      const indicated = style.outlineStyle !== 'none' || style.borderTopColor === focusColor || el.classList.contains('ProseMirror');
      return { name, indicated };
    });
    if (info) reached.push(info);
  }
  for (const control of ['Library', 'Facts', 'Preview', 'Focus', 'Typewriter', 'Keyboard shortcuts', 'New story', 'Slug', 'Dateline', 'Date', 'Headline', 'Dek', 'By', 'Block type', 'Bold', 'Key takeaways', 'Pull quote', 'Read next', 'TK placeholder', 'Story body']) {
    expect(reached.map((r) => r.name), control).toContain(control);
  }
  expect(reached.filter((r) => !r.indicated).map((r) => r.name)).toEqual([]);
});
