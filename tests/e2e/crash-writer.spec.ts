/**
 * The crash test: a scripted writer types into browser mode while the server is
 * killed with SIGKILL at random moments. After each kill the library passes
 * PRAGMA integrity_check and holds every edit the server acknowledged; after each
 * restart the page, reloaded at the new address, replays its journal and shows
 * everything typed; at the end the library holds it all.
 *
 * COPYDESK_CRASH_KILLS (default 20) sets the number of kills; COPYDESK_CRASH_SEED the randomness.
 */
import Database from 'better-sqlite3';
import { seededRandom } from '../../bench/seededRandom.mjs';
import { plainTextOf, type DocJSON } from '../../story/document';
import { BrowserModeApp } from './browserModeApp';
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForSaved } from './fixtures';

const KILLS = Number(process.env.COPYDESK_CRASH_KILLS ?? 20);
const SEED = Number(process.env.COPYDESK_CRASH_SEED ?? Date.now() % 1_000_000);

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Integrity and the story's text, read from the library file while no server runs. */
function inspectLibrary(libraryPath: string): { integrity: string; text: string; version: number } {
  const db = new Database(libraryPath);
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? '';
    const row = db.prepare('SELECT body_text, version FROM stories LIMIT 1').get() as { body_text: string; version: number } | undefined;
    return { integrity, text: row?.body_text ?? '', version: row?.version ?? 0 };
  } finally {
    db.close();
  }
}

/** A journal draft, short: its first and last words. */
function words(draft: string): string {
  const text = JSON.stringify((JSON.parse(draft) as { body: unknown }).body).match(/w\d+/g) ?? [];
  return `${text[0] ?? ''}..${text.at(-1) ?? ''} (${text.length} words)`;
}

/** What the page holds for recovery (its journal entries, its session, the sessions alive), for a failure's message. */
async function pageJournal(page: Page): Promise<string> {
  try {
    const held = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('copydesk-journal');
        open.addEventListener('success', () => resolve(open.result));
        open.addEventListener('error', () => reject(open.error));
      });
      const entries = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        if (!db.objectStoreNames.contains('drafts')) return resolve([]);
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.addEventListener('success', () => resolve(all.result as Array<Record<string, unknown>>));
        all.addEventListener('error', () => reject(all.error));
      });
      db.close();
      return {
        session: sessionStorage.getItem('copydesk.session'),
        locks: (await navigator.locks.query()).held?.map((lock) => lock.name) ?? [],
        entries: entries.map(({ sessionId, baseVersion, sentDigests, updatedAt, draft }) => ({ sessionId, baseVersion, sentDigests, updatedAt, draft: String(draft) })),
        saveState: document.querySelector('[data-save-state]')?.getAttribute('data-save-state'),
      };
    });
    return JSON.stringify({ ...held, entries: held.entries.map((entry) => ({ ...entry, draft: words(entry.draft) })) });
  } catch (error) {
    return `(could not read: ${(error as Error).message})`;
  }
}

/** `promise`, or an error with `message` once `ms` have passed (keyboard input has no timeout of its own). */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

test.describe.configure({ mode: 'serial' });

test(`crash test: ${KILLS} SIGKILLs of the server while a writer types, nothing typed is lost`, async ({ page }) => {
  // An upper bound for a busy 2-core machine (each round waits on the app, never on a clock).
  test.setTimeout(Math.max(240_000, KILLS * 10_000));
  const next = seededRandom(SEED);
  const pauses = seededRandom(SEED + 1);
  console.log(`crash test: ${KILLS} kills, seed ${SEED} (COPYDESK_CRASH_SEED=${SEED} repeats it)`);
  const app = await BrowserModeApp.start();
  page.on('dialog', (dialog) => void dialog.accept());
  let acknowledged = '';
  let acknowledgedSaves = 0;
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/api/saveStory')) return;
    void request.response().then(async (response) => {
      if (response?.status() !== 200) return;
      const sent = JSON.parse(request.postData() ?? '{}') as { changes?: { body?: DocJSON } };
      if (!sent.changes?.body) return;
      acknowledged = normal(plainTextOf(sent.changes.body));
      acknowledgedSaves += 1;
    });
  });

  try {
    await app.stop();
    await app.launch(null); // the remembered port: the page keeps its origin, so its journal, across restarts
    const port = app.port;
    await openApp(page, app.url);
    await page.getByRole('button', { name: 'New story' }).first().click();
    const body = page.getByRole('textbox', { name: 'Story body' });
    await body.click();

    let typed = '';
    let word = 0;
    const stats = { kills: 0, integrityOk: 0, acknowledgedChecked: 0, replays: 0 };
    /** Kill by kill: the library and the page's journal before the reload, and the page after it (a failure prints them). */
    const history: string[] = [];
    // Where a failing run stopped, for its message: a step that never ends fails on Playwright's action
    // and navigation timeouts, or the server harness's, long before the test's own.
    let where = 'starting';
    for (let kill = 1; kill <= KILLS; kill += 1) {
      try {
        let typing = true;
        const writer = (async () => {
          while (typing) {
            word += 1;
            const text = `w${word} `;
            await page.keyboard.type(text);
            typed += text;
            // A writer pauses between sentences: saves are answered within a round, so kills land before, during and after them.
            if (word % 6 === 0) await page.waitForTimeout(250 + pauses() * 400);
          }
        })();
        where = 'typing';
        await page.waitForTimeout(150 + next() * 1_100);
        const seenAcknowledged = acknowledged;
        where = 'killing the server';
        await app.stop('SIGKILL');
        stats.kills += 1;
        // The writer goes on typing for a moment with the server dead, then pauses.
        await page.waitForTimeout(next() * 300);
        typing = false;
        where = 'typing with the server dead';
        await within(writer, 30_000, 'the page took no keystroke for 30 s');

        where = 'checking the library';
        const library = inspectLibrary(app.libraryPath);
        expect(library.integrity).toBe('ok');
        stats.integrityOk += 1;
        const stored = normal(library.text);
        expect(stored.startsWith(seenAcknowledged), `kill ${kill}: the library lost an acknowledged edit`).toBe(true);
        expect(normal(typed).startsWith(stored), `kill ${kill}: the library holds text nobody typed`).toBe(true);
        stats.acknowledgedChecked += 1;
        history.push(`kill ${kill}: typed ${normal(typed).split(' ').at(-1)}; library v${library.version} ends ${stored.split(' ').at(-1) ?? ''}; before the reload ${await pageJournal(page)}`);

        where = 'restarting the server';
        await app.launch(null);
        expect(app.port).toBe(port);
        where = 'reloading the page';
        await openApp(page, app.url);
        where = 'replaying the journal';
        await expect(body).toHaveAttribute('data-editor-ready', 'true');
        history.push(`kill ${kill}: after the reload ${await pageJournal(page)}`);
        expect(normal(await body.innerText()), `kill ${kill}: the journal did not bring back what was typed`).toBe(normal(typed));
        stats.replays += 1;
        where = 'going back to the end of the story';
        await body.click();
        await page.keyboard.press('Control+End');
      } catch (error) {
        const server = app.errorOutput.trim().split('\n').slice(-20).join('\n');
        throw new Error(`kill ${kill} of ${KILLS}, ${where} (COPYDESK_CRASH_SEED=${SEED} repeats it): ${(error as Error).message}\nThe server's last stderr lines: ${server || '(none)'}\nKill by kill:\n${history.join('\n')}`, { cause: error });
      }
    }

    await waitForSaved(page);
    await app.stop('SIGKILL');
    const final = inspectLibrary(app.libraryPath);
    expect(final.integrity).toBe('ok');
    expect(normal(final.text)).toBe(normal(typed));
    // The checks above are only as good as the saves they saw answered: there must have been some.
    expect(acknowledgedSaves).toBeGreaterThanOrEqual(Math.ceil(KILLS / 4));
    console.log(
      `crash test: ${stats.kills} kills, ${stats.integrityOk} integrity checks ok, ${stats.acknowledgedChecked} acknowledged-edit checks over ${acknowledgedSaves} acknowledged saves, ${stats.replays} journal replays, ${word} words typed`,
    );
  } finally {
    await app.dispose();
  }
});
