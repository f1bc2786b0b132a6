import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../electron/api/contract';
import { openCore, type Core } from '../../../electron/core/core';
import { holdQuitUntilShutdown } from '../../../electron/main/quit';
import { lockPathFor } from '../../../db/lock';
import { listBackupFiles } from '../../../electron/services/backups/backupFiles';
import { ok } from '../../helpers/dispatchOk';
import { makeTempDir } from '../../helpers/tempDir';

/** Electron's app, which cannot exist here: its listeners, and how often quit() was called. */
class FakeApp {
  readonly listeners = new Map<string, Array<(event: { preventDefault(): void }) => void>>();
  quits = 0;
  onQuit: () => void = () => {};
  on(name: string, listener: (event: { preventDefault(): void }) => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  quit(): void {
    this.quits += 1;
    this.onQuit();
  }
  /** Electron's will-quit: returns whether a listener held the quit. */
  fireWillQuit(): boolean {
    let prevented = false;
    for (const listener of this.listeners.get('will-quit') ?? []) listener({ preventDefault: () => (prevented = true) });
    return prevented;
  }
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('quitting the desktop app', () => {
  it('is held until the core has shut down: the last edit is in the main file, the WAL checkpointed, a backup on quit taken, the lock released', async () => {
    const libraryPath = path.join(temp.dir, 'library.sqlite');
    const backupsDir = path.join(temp.dir, 'Backups');
    let core: Core | undefined = openCore({ libraryPath, backupsDir, mode: 'electron', app: 'Copydesk', log: () => {}, background: true });
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Quit test' }));
    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: story.version, changes: { headline: 'The last edit before quitting' } }));
    expect(fs.statSync(`${libraryPath}-wal`).size).toBeGreaterThan(0);

    const app = new FakeApp();
    holdQuitUntilShutdown(app, () => {
      const closing = core;
      core = undefined;
      return closing;
    });
    const quitAgain = new Promise<void>((resolve) => (app.onQuit = resolve));
    expect(app.fireWillQuit()).toBe(true);
    await quitAgain;
    expect(app.quits).toBe(1);
    // The quit that follows goes through.
    expect(app.fireWillQuit()).toBe(false);

    expect(fs.existsSync(`${libraryPath}-wal`) ? fs.statSync(`${libraryPath}-wal`).size : 0).toBe(0);
    expect(fs.existsSync(lockPathFor(libraryPath))).toBe(false);
    expect(listBackupFiles(backupsDir).map((backup) => backup.reason)).toEqual(['quit']);
    // The main file alone (no WAL beside it) holds the edit.
    const copy = path.join(temp.dir, 'main-file-only.sqlite');
    fs.copyFileSync(libraryPath, copy);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare(`SELECT headline FROM stories`).pluck().get()).toBe('The last edit before quitting');
    db.close();
  });

  it('is not held when there is no open core (it failed to open, or is already closing)', () => {
    const app = new FakeApp();
    holdQuitUntilShutdown(app, () => undefined);
    expect(app.fireWillQuit()).toBe(false);
    expect(app.quits).toBe(0);
  });
});
