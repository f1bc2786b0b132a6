/**
 * The clean-close marker across a real process's life: the core (as `copydesk serve` builds
 * it) in a child process, stopped as a user stops it or killed with SIGKILL while it writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanMarkerPath, readCleanMarker } from '../../db/cleanClose';
import { openLibrary } from '../../db/open';
import type { DocJSON } from '../../story/document';
import { makeTempDir } from '../helpers/tempDir';
import { coreChildBundle, CoreProcess, killAllCoreProcesses } from './coreProcess';

let temp: ReturnType<typeof makeTempDir>;
let bundle: string;
beforeAll(async () => {
  temp = makeTempDir('copydesk-clean-close-');
  bundle = await coreChildBundle();
}, 120_000);
afterAll(async () => {
  await killAllCoreProcesses();
  temp?.cleanup();
});

const docOf = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function startCore(libraryPath: string): Promise<CoreProcess> {
  const core = new CoreProcess(bundle, libraryPath, path.join(path.dirname(libraryPath), 'Backups'), path.dirname(libraryPath));
  await core.ready;
  return core;
}

async function writeStories(core: CoreProcess, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await core.call('createStory', { headline: `Ferry story ${i}`, body: docOf('The harbour council voted on night crossings. '.repeat(200)) });
    expect(response.ok).toBe(true);
  }
}

/** A library that was opened (and checked) once and closed cleanly. */
function cleanLibrary(name: string): string {
  const libraryPath = path.join(temp.dir, name, 'library.sqlite');
  openLibrary(libraryPath, { app: 'setup' }).close();
  expect(readCleanMarker(libraryPath)).toBeDefined();
  return libraryPath;
}

describe('the clean-close marker and a real process', () => {
  it('a server stopped as a user stops it leaves a marker, and the next open skips the check', async () => {
    const libraryPath = cleanLibrary('stopped');
    const core = await startCore(libraryPath);
    expect(fs.existsSync(cleanMarkerPath(libraryPath))).toBe(false);
    await writeStories(core, 5);
    await core.kill('SIGTERM');
    const library = openLibrary(libraryPath, { app: 'after stop' });
    try {
      expect(library.integrity.checked).toBe('skipped');
      expect(library.db.prepare(`SELECT count(*) FROM stories`).pluck().get()).toBe(5);
    } finally {
      library.close();
    }
  }, 60_000);

  it('a kill -9 while writing leaves no marker, and an old marker put back does not match: the next open checks', async () => {
    const libraryPath = cleanLibrary('killed');
    const oldMarker = fs.readFileSync(cleanMarkerPath(libraryPath));
    const core = await startCore(libraryPath);
    await writeStories(core, 5);
    // Calls still unanswered when the kill lands are never answered.
    void writeStories(core, 50).catch(() => undefined);
    await core.kill('SIGKILL');
    expect(fs.existsSync(cleanMarkerPath(libraryPath))).toBe(false);

    const copy = (name: string) => {
      const dir = path.join(temp.dir, name);
      fs.mkdirSync(dir);
      for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(`${libraryPath}${suffix}`)) fs.copyFileSync(`${libraryPath}${suffix}`, path.join(dir, `library.sqlite${suffix}`));
      return path.join(dir, 'library.sqlite');
    };
    const asKilled = copy('killed-as-left');
    const withOldMarker = copy('killed-old-marker');
    fs.writeFileSync(cleanMarkerPath(withOldMarker), oldMarker);

    let library = openLibrary(asKilled, { app: 'after kill' });
    expect(library.integrity).toMatchObject({ checked: 'full', reason: 'it was not closed cleanly (or never opened by this version)' });
    expect(library.db.prepare(`SELECT count(*) FROM stories`).pluck().get()).toBeGreaterThanOrEqual(5);
    library.close();

    library = openLibrary(withOldMarker, { app: 'after kill' });
    expect(library.integrity.checked).toBe('full');
    expect(library.integrity.reason).toMatch(/changed since it was closed|write-ahead log \(-wal\) holds changes/);
    library.close();
  }, 60_000);
});
