/**
 * Kill -9 supervisor. The main-process core runs in a child process (coreChild.ts: openCore as
 * `copydesk serve` builds it) while a scripted writer, here, edits stories, imports files,
 * exports and backs up through the core's dispatch, recording every acknowledged answer.
 * The child is killed with SIGKILL at random moments (seeded; the seed is printed). Some
 * cycles start the core on a library of an older schema, so kills land before, during and
 * after its migration. After every kill the library files are checked before anything reopens
 * them: integrity, foreign keys, every acknowledged edit and import, the migration all or
 * nothing, every export file whole, every listed backup whole.
 *
 * 50 kills in `npm test`, 1,000 in `npm run soak`; COPYDESK_KILL_SEED repeats a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/seededRandom.mjs';
import { checkLibraryFile } from '../../db/backup';
import { migrate } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { libraryListMigration } from '../../db/migrations/0008-library-list';
import type { ApiResponse } from '../../electron/api/errors';
import { listBackupFiles } from '../../electron/services/backups/backupFiles';
import type { DocJSON } from '../../story/document';
import { soakOr } from '../helpers/soak';
import { makeTempDir } from '../helpers/tempDir';
import { coreChildBundle, CoreProcess, killAllCoreProcesses } from './coreProcess';

const KILLS = Number(process.env.COPYDESK_KILLS ?? soakOr(50, 1000));
const SEED = Number(process.env.COPYDESK_KILL_SEED ?? Date.now() % 1_000_000);
/** One cycle in MIGRATION_EVERY starts the core on a library of an older schema. */
const MIGRATION_EVERY = 5;
const STORIES = 3;
/** Lanes of kills run side by side, each on its own library: the cores' start-up (about a second each) overlaps. */
const LANES = 2;
const OLD_LIBRARY_STORIES = 2500;
/** The schema just before the library-at-scale migrations (list rows, search index rebuilt over notes). */
const OLD_VERSION = MIGRATIONS.indexOf(libraryListMigration);

const WORDS = ['harbour', 'ferry', 'council', 'vote', 'night', 'budget', 'minister', 'strike', 'tide', 'port', 'levy', 'dock', 'crew', 'route'];

let temp: ReturnType<typeof makeTempDir>;
let bundle: string;
beforeAll(async () => {
  temp = makeTempDir('copydesk-kill-');
  bundle = await coreChildBundle();
}, 120_000);
afterAll(async () => {
  await killAllCoreProcesses();
  temp?.cleanup();
});

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const docOf = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function value<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

type SchemaRow = { type: string; name: string; sql: string | null };
function schemaOf(db: Database.Database): string {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all() as SchemaRow[];
  return JSON.stringify(rows);
}

let checks = 0;

/**
 * What every kill must leave: a sound library. Checked on a copy of its files (main, -wal, -shm),
 * so the next core opens exactly what the kill left. Returns the copy, open, for further checks.
 */
function assertSound(file: string, label: string): Database.Database {
  const copy = path.join(path.dirname(file), `.check-${++checks}`, path.basename(file));
  fs.mkdirSync(path.dirname(copy));
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(`${file}${suffix}`)) fs.copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
  const db = new Database(copy);
  expect(db.pragma('integrity_check', { simple: true }), `${label}: integrity_check`).toBe('ok');
  expect(db.pragma('foreign_key_check'), `${label}: foreign_key_check`).toEqual([]);
  return db;
}

function closeCheck(db: Database.Database): void {
  db.close();
  fs.rmSync(path.dirname(db.name), { recursive: true, force: true });
}

/** Every backup offered is whole; returns how many half-written ones lay hidden beside them. */
function assertBackupsWhole(folder: string, label: string): { listed: number; partial: number } {
  const listed = listBackupFiles(folder);
  for (const backup of listed) {
    const check = checkLibraryFile(backup.path);
    expect(check.ok, `${label}: the listed backup ${backup.file} is not whole: ${check.problem}`).toBe(true);
  }
  const partial = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.startsWith('.partial-')).length : 0;
  return { listed: listed.length, partial };
}

/** An old-schema library with many stories, so the migration to the newest schema takes a while. */
function makeOldLibrary(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, file, MIGRATIONS.slice(0, OLD_VERSION));
  const insert = db.prepare(`INSERT INTO stories (id, headline, authors_json, keywords_json, body_json, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, '{}', ?, ?, ?)`);
  const next = seededRandom(7);
  db.transaction(() => {
    for (let i = 0; i < OLD_LIBRARY_STORIES; i++) {
      const text = Array.from({ length: 120 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      insert.run(crypto.randomUUID(), `Old story ${i}`, JSON.stringify([`Writer ${i % 17}`]), JSON.stringify([WORDS[i % WORDS.length]]), text, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

interface StoryState {
  id: string;
  slug: string;
  version: number;
  acked: string;
  inFlight: string[];
  sent: Set<string>;
}

describe('kill -9 supervisor', () => {
  it(`SIGKILLs the core ${KILLS} times while it saves, imports, exports, backs up and migrates; nothing acknowledged is lost, nothing half-written is offered`, async () => {
    const started = Date.now();
    console.log(`kill supervisor: ${KILLS} kills in ${LANES} lanes, seed ${SEED} (COPYDESK_KILL_SEED=${SEED} repeats it)`);
    const template = path.join(temp.dir, 'old-template.sqlite');
    makeOldLibrary(template);
    const oldSchema = (() => {
      const db = new Database(template, { readonly: true });
      const schema = schemaOf(db);
      db.close();
      return schema;
    })();
    let migrationMs = 0;
    const newSchema = (() => {
      const copy = path.join(temp.dir, 'migrated-reference.sqlite');
      fs.copyFileSync(template, copy);
      const db = new Database(copy);
      const t0 = Date.now();
      db.pragma('quick_check');
      db.prepare('VACUUM INTO ?').run(`${copy}.backup`);
      migrate(db, copy, MIGRATIONS);
      migrationMs = Date.now() - t0;
      const schema = schemaOf(db);
      db.close();
      return schema;
    })();

    // Kills land in a window as long as the child's opening with a migration was seen to take, and a third more.
    let migrationWindowMs = 4 * migrationMs + 300;

    const stats = {
      kills: 0,
      killedWhileOpening: 0,
      ackedSaves: 0,
      ackedImports: 0,
      ackedExports: 0,
      ackedBackups: 0,
      partialBackupsHidden: 0,
      exportTempsLeft: 0,
      exportFilesChecked: 0,
      migrationCycles: 0,
      migrationNotApplied: 0,
      migrationKilledMidway: 0,
      migrationApplied: 0,
    };

    /** One lane: its own library, stories, writer and kills. Lanes run side by side (the cores load in parallel). */
    const runLane = async (lane: number, laneKills: number) => {
      const next = seededRandom(SEED + lane * 7919);
      const work = path.join(temp.dir, `lane-${lane}`);
      const libraryPath = path.join(work, 'library.sqlite');
      const backupsDir = path.join(work, 'Backups');
      const exportDir = path.join(work, 'Exports');
      fs.mkdirSync(exportDir, { recursive: true });

      // The stories the writer edits, made by a core that then quits cleanly.
      const stories: StoryState[] = [];
      {
        const core = new CoreProcess(bundle, libraryPath, backupsDir, work);
        await core.ready;
        for (let i = 1; i <= STORIES; i++) {
          const slug = `kill-story-${i}`;
          const text = `s${i} v0 first draft`;
          const story = value<{ id: string; version: number }>(await core.call('createStory', { headline: `Kill story ${i}`, slug, body: docOf(text) }));
          stories.push({ id: story.id, slug, version: story.version, acked: text, inFlight: [], sent: new Set([text]) });
        }
        await core.kill('SIGTERM');
      }

      const importedIds = new Set<string>();
      let newestAckedBackup: string | undefined;
      let version = 0;
      let migrations = 0;

      const writeStories = async (core: CoreProcess, running: () => boolean) => {
        await Promise.all(
          stories.map(async (story, index) => {
            while (running()) {
              version += 1;
              const words = Array.from({ length: 10 + Math.floor(next() * 40) }, () => WORDS[Math.floor(next() * WORDS.length)]);
              const text = `s${index + 1} v${version} ${words.join(' ')}`;
              story.inFlight.push(text);
              story.sent.add(text);
              const response = await core.call<{ version: number }>('saveStory', { id: story.id, baseVersion: story.version, changes: { body: docOf(text) } });
              const saved = value<{ version: number }>(response);
              story.version = saved.version;
              story.acked = text;
              story.inFlight = [];
              stats.ackedSaves += 1;
            }
          }),
        );
      };

      const otherWork = async (core: CoreProcess, running: () => boolean) => {
        while (running()) {
          const pick = next();
          if (pick < 0.35) {
            const files = [1, 2].map((n) => {
              const name = `wire-${version}-${n}.txt`;
              const text = `Imported ${version} ${n}\n\nBy Kill Test\n\n${WORDS.slice(n).join(' ')}.\n`;
              return { name, data: Buffer.from(text).toString('base64') };
            });
            const { jobId } = value<{ jobId: string }>(await core.call('beginImport', { fileCount: files.length }));
            for (const [fileIndex, file] of files.entries()) {
              const entry = value<{ status?: string; storyId?: string }>(
                await core.call('importChunk', { jobId, fileIndex, path: file.name, chunkIndex: 0, chunkCount: 1, dataBase64: file.data }),
              );
              if (entry.status === 'imported' && entry.storyId) {
                importedIds.add(entry.storyId);
                stats.ackedImports += 1;
              }
            }
            value(await core.call('finishImport', { jobId }));
          } else if (pick < 0.7) {
            const { jobId } = value<{ jobId: string }>(
              await core.call('startExport', { scope: { storyIds: stories.map((s) => s.id) }, formats: ['html', 'ninjs'], destination: { kind: 'folder', path: exportDir }, onExisting: 'replace' }),
            );
            const result = value<{ state: string; failed: unknown[] }>(await core.call('getExportResult', { jobId }));
            expect(result.failed).toEqual([]);
            stats.ackedExports += 1;
          } else {
            const backup = value<{ path: string }>(await core.call('backupNow', {}));
            newestAckedBackup = backup.path;
            stats.ackedBackups += 1;
          }
        }
      };

      const checkWorkLibrary = (label: string) => {
        const db = assertSound(libraryPath, label);
        try {
          expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
          for (const story of stories) {
            const stored = normal((db.prepare(`SELECT body_text FROM stories WHERE id = ?`).pluck().get(story.id) as string) ?? '');
            const allowed = [story.acked, ...story.inFlight].map(normal);
            expect(allowed, `${label}: ${story.slug} lost an acknowledged edit (holds "${stored.slice(0, 40)}")`).toContain(stored);
            // What the library holds is now the writer's starting point.
            story.acked = stored;
            story.inFlight = [];
            story.version = db.prepare(`SELECT version FROM stories WHERE id = ?`).pluck().get(story.id) as number;
          }
          const present = new Set(db.prepare(`SELECT id FROM stories`).pluck().all() as string[]);
          const missing = [...importedIds].filter((id) => !present.has(id));
          expect(missing, `${label}: acknowledged imports missing`).toEqual([]);
        } finally {
          closeCheck(db);
        }
        const backups = assertBackupsWhole(backupsDir, label);
        stats.partialBackupsHidden += backups.partial;
        if (newestAckedBackup) expect(fs.existsSync(newestAckedBackup), `${label}: an acknowledged backup is gone`).toBe(true);
        for (const name of fs.readdirSync(exportDir)) {
          if (name.startsWith('.')) {
            stats.exportTempsLeft += 1;
            continue;
          }
          const text = fs.readFileSync(path.join(exportDir, name), 'utf8');
          const story = stories.find((s) => name.startsWith(s.slug));
          expect(story, `${label}: an export file nobody asked for: ${name}`).toBeDefined();
          if (name.endsWith('.html')) expect(text.trimEnd().endsWith('</html>'), `${label}: ${name} is cut short`).toBe(true);
          else expect(() => JSON.parse(text), `${label}: ${name} is cut short`).not.toThrow();
          const versions = [...story!.sent].filter((sent) => text.includes(sent));
          expect(versions.length, `${label}: ${name} holds no whole version of the story`).toBeGreaterThanOrEqual(1);
          stats.exportFilesChecked += 1;
        }
      };

      const migrationCycle = async (label: string) => {
        stats.migrationCycles += 1;
        migrations += 1;
        const dir = path.join(temp.dir, `lane-${lane}-migration-${migrations}`);
        fs.mkdirSync(dir);
        const file = path.join(dir, 'library.sqlite');
        fs.copyFileSync(template, file);
        const core = new CoreProcess(bundle, file, path.join(dir, 'Backups'), dir);
        // Kill anywhere from the start of opening to a little after the migration (and its backup) ends.
        await Promise.race([core.loaded, core.exited]);
        await Promise.race([new Promise((resolve) => setTimeout(resolve, next() * migrationWindowMs)), core.exited]);
        if (core.openMs !== undefined) migrationWindowMs = Math.max(migrationWindowMs, 1.35 * core.openMs);
        await core.kill('SIGKILL');
        stats.kills += 1;
        const db = assertSound(file, label);
        try {
          const userVersion = db.pragma('user_version', { simple: true }) as number;
          const schema = schemaOf(db);
          if (userVersion === OLD_VERSION) {
            expect(schema, `${label}: schema ${OLD_VERSION} half-changed`).toBe(oldSchema);
            stats.migrationNotApplied += 1;
            // Killed after the backup before migrating had begun: inside the migration's window.
            if (fs.existsSync(path.join(dir, 'Backups'))) stats.migrationKilledMidway += 1;
          } else {
            expect(userVersion, `${label}: user_version`).toBe(LATEST_SCHEMA_VERSION);
            expect(schema, `${label}: schema ${LATEST_SCHEMA_VERSION} not whole`).toBe(newSchema);
            expect(db.prepare(`SELECT count(*) FROM library_rows`).pluck().get()).toBe(OLD_LIBRARY_STORIES);
            stats.migrationApplied += 1;
          }
          expect(db.prepare(`SELECT count(*) FROM stories`).pluck().get(), `${label}: stories lost`).toBe(OLD_LIBRARY_STORIES);
        } finally {
          closeCheck(db);
        }
        const backups = assertBackupsWhole(path.join(dir, 'Backups'), label);
        stats.partialBackupsHidden += backups.partial;
        fs.rmSync(dir, { recursive: true, force: true });
      };

      for (let kill = 1; kill <= laneKills; kill++) {
        const label = `lane ${lane} kill ${kill} (seed ${SEED})`;
        if (kill % MIGRATION_EVERY === 0) {
          await migrationCycle(label);
          continue;
        }
        const core = new CoreProcess(bundle, libraryPath, backupsDir, work);
        const whileOpening = next() < 0.15;
        if (whileOpening) {
          await Promise.race([core.loaded, core.exited]);
          await new Promise((resolve) => setTimeout(resolve, next() * 150));
          stats.killedWhileOpening += 1;
        } else {
          await core.ready;
          let running = true;
          const stop = () => running;
          const writers = Promise.all([writeStories(core, stop), otherWork(core, stop)]);
          writers.catch(() => undefined);
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 30 + next() * 400)), writers]);
          running = false;
          // Calls still waiting never get an answer once the process dies: the writer counts them as unacknowledged.
          void writers.catch((error: unknown) => {
            throw error;
          });
        }
        await core.kill('SIGKILL');
        stats.kills += 1;
        checkWorkLibrary(label);
        if (stats.kills % 100 === 0) console.log(`kill supervisor: ${stats.kills} kills checked, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }

      // One last start: the core opens what the kills left and every story reads back.
      const core = new CoreProcess(bundle, libraryPath, backupsDir, work);
      await core.ready;
      for (const story of stories) {
        const read = value<{ body: DocJSON }>(await core.call('getStory', { id: story.id }));
        expect(JSON.stringify(read.body)).toContain(story.acked.split(' ')[1]!);
      }
      await core.kill('SIGTERM');
    };

    const lanes = Array.from({ length: LANES }, (_, lane) => Math.floor(KILLS / LANES) + (lane < KILLS % LANES ? 1 : 0));
    await Promise.all(lanes.map((laneKills, lane) => runLane(lane, laneKills)));

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`kill supervisor: ${JSON.stringify(stats)} in ${seconds} s (seed ${SEED}; migration of ${OLD_LIBRARY_STORIES} stories ${migrationMs} ms here)`);
    expect(stats.kills).toBe(KILLS);
    expect(stats.ackedSaves).toBeGreaterThan(KILLS);
    if (KILLS >= LANES * MIGRATION_EVERY) expect(stats.migrationCycles).toBeGreaterThan(0);
  }, soakOr(150_000, 7_200_000));
});
