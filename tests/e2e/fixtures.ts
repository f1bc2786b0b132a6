import { test as base, expect, type Page } from '@playwright/test';
import { BrowserModeApp } from './browserModeApp';

export const test = base.extend<{ app: BrowserModeApp }>({
  // A fresh library and server for every test.
  app: async ({}, use) => {
    const app = await BrowserModeApp.start();
    await use(app);
    await app.dispose();
  },
});

export { expect };

/** Open the app and wait until it says it is ready (never a sleep). */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}
