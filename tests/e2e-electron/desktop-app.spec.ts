import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { METHOD_NAMES } from '../../electron/api/contract';

const ROOT = path.resolve(__dirname, '../..');

/** The Electron binary, or why it is missing; these tests run only where it exists. */
async function electronOrSkip(): Promise<string> {
  const env = (await import(path.join(ROOT, 'scripts', 'electron-env.mjs'))) as { electronBinary(): { path?: string; reason?: string } };
  const binary = env.electronBinary();
  test.skip(!binary.path, `Electron e2e skipped: ${binary.reason} (browser mode e2e covers the renderer)`);
  const native = (await import(path.join(ROOT, 'scripts', 'electron-native.mjs'))) as { ensureElectronNativeBinding(): Promise<string> };
  await native.ensureElectronNativeBinding();
  return binary.path!;
}

async function launch(executablePath: string, libraryPath: string, dataHome: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath,
    args: [ROOT, `--library=${libraryPath}`],
    env: { ...process.env, XDG_DATA_HOME: dataHome },
  });
}

test('create a story in the desktop app, quit, relaunch, and it is there', async () => {
  const executablePath = await electronOrSkip();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
  const libraryPath = path.join(dir, 'library.sqlite');
  try {
    let app = await launch(executablePath, libraryPath, dir);
    let page = await app.firstWindow();
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    expect(page.url()).toBe('app://copydesk/index.html');
    await page.getByRole('button', { name: 'New story' }).first().click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Desktop headline');
    await page.getByRole('textbox', { name: 'Story body' }).click();
    await page.keyboard.type('Typed in the desktop app.');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    await app.close();

    app = await launch(executablePath, libraryPath, dir);
    page = await app.firstWindow();
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Desktop headline');
    await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText('Typed in the desktop app.');
    await app.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the renderer has no Node and reaches the main process only through window.copydesk', async () => {
  const executablePath = await electronOrSkip();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
  try {
    const app = await launch(executablePath, path.join(dir, 'library.sqlite'), dir);
    const page = await app.firstWindow();
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { copydesk?: object }).copydesk ?? {}).toSorted(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.bridge).toEqual([...METHOD_NAMES, 'on'].toSorted());
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await app.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
