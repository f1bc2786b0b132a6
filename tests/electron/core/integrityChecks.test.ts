/**
 * The background whole-file check: a library opened without the check (closed cleanly, its
 * last check older than the interval) is checked in a worker thread after it opens. Damage no
 * file metadata shows (a failing disk flipping bytes under a marker that still matches) is
 * found there, and the core goes into recovery with the newest good backup on offer.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload, MethodResult } from '../../../electron/api/contract';
import { openCore, type Core } from '../../../electron/core/core';
import { answerCheck, scheduleIntegrityChecks } from '../../../electron/core/integrityChecks';
import { openLibrary } from '../../../db/open';
import { readCleanMarker, writeCleanMarker } from '../../../db/cleanClose';
import type { DocJSON } from '../../../story/document';
import { failed, ok } from '../../helpers/dispatchOk';
import { makeTempDir } from '../../helpers/tempDir';
import { PAGE } from '../../reliability/damage';

let temp: ReturnType<typeof makeTempDir>;
let libraryPath: string;
let backupsDir: string;
const cores: Core[] = [];
beforeEach(() => {
  temp = makeTempDir();
  libraryPath = path.join(temp.dir, 'library.sqlite');
  backupsDir = path.join(temp.dir, 'Backups');
});
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
  temp.cleanup();
});

const DAY = 24 * 60 * 60 * 1000;
const docOf = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function open(extra: { background?: boolean; integrityCheckDelayMs?: number } = {}): Core {
  const core = openCore({ libraryPath, mode: 'browser', app: 'test', log: () => {}, backupsDir, integrityCheckDelayMs: 0, ...extra });
  cores.push(core);
  return core;
}

/** Thirty stories, a backup of them, a clean close. */
async function libraryWithBackup(): Promise<string[]> {
  const core = open();
  const headlines = Array.from({ length: 30 }, (_, i) => `Harbour story ${i + 1}`);
  for (const headline of headlines) await ok(core.dispatch('createStory', { headline, body: docOf(`${headline}. ${'The ferry council voted. '.repeat(150)}`) }));
  await ok(core.dispatch('backupNow', {}));
  core.close();
  cores.pop();
  return headlines;
}

/** The marker as a clean close writes it, vouching for the file as it is now, last checked `daysAgo`. */
function vouchFor(daysAgo: number): void {
  expect(writeCleanMarker(libraryPath, new Date(Date.now() - daysAgo * DAY).toISOString())).toBe(true);
}

function leafPagesOfStories(): number[] {
  const db = new Database(libraryPath, { readonly: true });
  try {
    return db.prepare(`SELECT pageno FROM dbstat WHERE name = 'stories' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[];
  } finally {
    db.close();
  }
}

function libraryDamagedEvent(core: Core): Promise<EventPayload<'libraryDamaged'>> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event !== 'libraryDamaged') return;
      stop();
      resolve(payload as EventPayload<'libraryDamaged'>);
    });
  });
}

/** A failing disk: bytes of a stories page change, and no file time or size says so. */
function damageUnnoticed(lastCheckedDaysAgo: number): void {
  const page = leafPagesOfStories().at(-2)!;
  const bytes = fs.readFileSync(libraryPath);
  bytes.fill(0, (page - 1) * PAGE, page * PAGE);
  fs.writeFileSync(libraryPath, bytes);
  vouchFor(lastCheckedDaysAgo);
}

describe('the background check', () => {
  it('finds damage that came while the library was closed and vouched for, and offers the newest good backup', async () => {
    const headlines = await libraryWithBackup();
    damageUnnoticed(8);
    const core = open({ background: true });
    const damaged = libraryDamagedEvent(core);
    expect(core.state).toBe('open');
    expect(core.library.integrity.checked).toBe('skipped');
    const { problem } = await damaged;
    expect(problem.length).toBeGreaterThan(0);

    expect(core.state).toBe('recovery');
    const state = (await ok<MethodResult<'getRecoveryState'>>(core.dispatch('getRecoveryState', {})))!;
    expect(state.foundWhile).toBe('checking');
    expect(state.movedTo[0]).toMatch(/library\.damaged-\d{8}T\d{9}Z\.sqlite$/);
    expect(fs.existsSync(state.movedTo[0]!)).toBe(true);
    expect(fs.existsSync(libraryPath)).toBe(false);
    expect(state.newestGood).not.toBeNull();
    const refused = await core.dispatch('createStory', { headline: 'Into a damaged library?' });
    expect(refused.ok === false && refused.error.code).toBe('library_damaged');

    expect(await ok(core.dispatch('restoreBackup', { file: state.newestGood!.file }))).toEqual({ storyCount: headlines.length });
    expect(core.state).toBe('open');
    // The restored file is another file: it gets the full check at open.
    expect(core.library.integrity.checked).toBe('full');
  });

  it('runs at once, before it is due, when SQLite meets a damaged page in use', async () => {
    await libraryWithBackup();
    damageUnnoticed(1);
    // Nothing scheduled could run it during the test: only the failed read can.
    const core = open({ background: true, integrityCheckDelayMs: 60 * 60 * 1000 });
    const damaged = libraryDamagedEvent(core);
    const { rows } = await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { limit: 100 }));
    const answers = await Promise.all(rows.map((row) => core.dispatch('getStory', { id: row.id })));
    expect(answers.some((answer) => !answer.ok)).toBe(true);
    await damaged;
    expect(core.state).toBe('recovery');
  });

  it('on a sound library records the check, and the next clean close carries its time', async () => {
    await libraryWithBackup();
    vouchFor(8);
    const old = readCleanMarker(libraryPath)!.lastFullCheckAt!;
    const core = open({ background: true });
    expect(core.library.integrity.checked).toBe('skipped');
    const outcome = await core.checkLibraryNow();
    expect(outcome.state).toBe('sound');
    expect(core.library.lastFullCheckAt! > old).toBe(true);
    await core.shutdown();
    expect(Date.now() - Date.parse(readCleanMarker(libraryPath)!.lastFullCheckAt!)).toBeLessThan(DAY);
  });

  it('a check still running at shutdown is waited for, and the library still closes cleanly', async () => {
    await libraryWithBackup();
    vouchFor(8);
    const core = open({ background: true });
    const running = core.checkLibraryNow();
    await core.shutdown();
    expect(['sound', 'stopped']).toContain((await running).state);
    expect(readCleanMarker(libraryPath)).toBeDefined();
  });
});

describe('checking the library on demand (checkLibraryNow)', () => {
  const HOUR = 60 * 60 * 1000;

  it('answers sound with its duration, and the overview shows the new time of the last check', async () => {
    await libraryWithBackup();
    vouchFor(3);
    const core = open({ background: true, integrityCheckDelayMs: HOUR });
    const before = await ok<MethodResult<'listBackups'>>(core.dispatch('listBackups', {}));
    expect(before.checkEveryDays).toBe(7);
    expect(Date.now() - Date.parse(before.lastFullCheckAt!)).toBeGreaterThan(2 * DAY);

    const result = await ok<MethodResult<'checkLibraryNow'>>(core.dispatch('checkLibraryNow', {}));
    expect(result.state).toBe('sound');
    if (result.state !== 'sound') return;
    expect(result.ms).toBeGreaterThanOrEqual(0);
    const after = await ok<MethodResult<'listBackups'>>(core.dispatch('listBackups', {}));
    expect(after.lastFullCheckAt).toBe(result.checkedAt);
    expect(Date.now() - Date.parse(after.lastFullCheckAt!)).toBeLessThan(HOUR);
  });

  it('joins the check already running instead of starting a second one', async () => {
    await libraryWithBackup();
    const core = open({ background: true, integrityCheckDelayMs: HOUR });
    const [first, second] = await Promise.all([ok<MethodResult<'checkLibraryNow'>>(core.dispatch('checkLibraryNow', {})), ok<MethodResult<'checkLibraryNow'>>(core.dispatch('checkLibraryNow', {}))]);
    expect(first.state).toBe('sound');
    expect(second).toEqual(first);
  });

  it('answers damaged with the problems, and puts the app in recovery as a background find does', async () => {
    await libraryWithBackup();
    damageUnnoticed(1);
    // Not due for days: only the user's request checks it.
    const core = open({ background: true, integrityCheckDelayMs: HOUR });
    const damaged = libraryDamagedEvent(core);
    const result = await ok<MethodResult<'checkLibraryNow'>>(core.dispatch('checkLibraryNow', {}));
    expect(result.state).toBe('damaged');
    if (result.state !== 'damaged') return;
    expect(result.problems.length).toBeGreaterThan(0);
    const { problem } = await damaged;
    expect(problem).toContain(result.problems[0]!.slice(0, 40));
    expect(core.state).toBe('recovery');
    const state = (await ok<MethodResult<'getRecoveryState'>>(core.dispatch('getRecoveryState', {})))!;
    expect(state.foundWhile).toBe('checking');
    expect(fs.existsSync(libraryPath)).toBe(false);
    expect((await failed(core.dispatch('checkLibraryNow', {}))).code).toBe('library_damaged');
  });

  it('is refused without the app’s background work (a one-shot command)', async () => {
    const core = open();
    const error = await failed(core.dispatch('checkLibraryNow', {}));
    expect(error).toMatchObject({ code: 'unavailable' });
    expect(error.message).toMatch(/only while the app runs/);
  });

  it('a check that could not run is an error naming why', () => {
    expect(() => answerCheck({ state: 'failed', message: 'database is locked' })).toThrow(/could not be checked: database is locked/);
    expect(() => answerCheck({ state: 'stopped' })).toThrow(/stopped before it finished/);
  });
});

describe('when the background check is due', () => {
  afterEach(() => vi.useRealTimers());

  it('reads a changed interval (the integrityCheckDays setting) at its next look, within the hour', async () => {
    const library = openLibrary(libraryPath, { app: 'test', integrityCheck: false });
    library.recordFullCheck(new Date(Date.now() - 3 * DAY));
    let days = 7;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const checks = scheduleIntegrityChecks({ library, intervalDays: () => days, firstDelayMs: 10_000, onDamaged: () => {}, log: () => {} });
    try {
      vi.advanceTimersByTime(10_000);
      expect(checks.running).toBe(false);
      days = 2;
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(checks.running).toBe(true);
    } finally {
      await checks.stop();
      library.close();
    }
  });

  for (const [daysAgo, interval, due] of [
    [8, 7, true],
    [6, 7, false],
    [2, 1, true],
    [null, 7, true],
  ] as const) {
    it(`last whole check ${daysAgo === null ? 'unknown' : `${daysAgo} days ago`}, every ${interval} days: ${due ? 'runs' : 'waits'}`, async () => {
      const library = openLibrary(libraryPath, { app: 'test', integrityCheck: false });
      if (daysAgo !== null) library.recordFullCheck(new Date(Date.now() - daysAgo * DAY));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const checks = scheduleIntegrityChecks({ library, intervalDays: () => interval, firstDelayMs: 10_000, onDamaged: () => {}, log: () => {} });
      try {
        vi.advanceTimersByTime(9_999);
        expect(checks.running).toBe(false);
        vi.advanceTimersByTime(1);
        expect(checks.running).toBe(due);
      } finally {
        await checks.stop();
        library.close();
      }
    });
  }
});
