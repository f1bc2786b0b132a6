import path from 'node:path';
import { isDamageError, type Library } from '../../db/open';
import { LibraryOpenError } from '../../db/errors';
import { acquireLibraryLock, type LibraryLock } from '../../db/lock';
import type { BackupInfo, RecoveryState } from '../../story/backups';
import { METHOD_NAMES, type BackupsOverview } from '../api/contract';
import { createDispatch, type Dispatch, type Handlers } from '../api/dispatch';
import { AppError } from '../api/errors';
import { backupHandlers, type LibraryControl } from '../api/handlers/backups';
import { backupFolderFor, moveAside, replaceLibraryWith } from '../services/backups/backupFiles';
import { createBackupService, type BackupService } from '../services/backups/backupService';
import { DEFAULT_SETTINGS } from '../../story/settings';
import type { PdfPrinter } from '../services/export/pdfPrinter';
import { EventBus } from './eventBus';
import { JobRunner } from './jobs';
import { openLibrarySession, type LibrarySession, type SessionServices } from './librarySession';
import { defaultDataDir } from './paths';
import { repeatEvery, type Repeating } from './repeatEvery';
import { answerCheck, scheduleIntegrityChecks, type IntegrityChecks } from './integrityChecks';
import type { BackgroundCheckOutcome } from '../../db/backgroundCheck';

export interface CoreOptions {
  libraryPath: string;
  mode: 'electron' | 'browser';
  /** Written in the library lock so a second opener can say who holds it. */
  app: string;
  nativeBinding?: string;
  log?: (message: string) => void;
  /** Where this library's backups go (default: <dataDir>/Backups/<name>-<hash>/). */
  backupsDir?: string;
  /** The application-data folder (default: the per-user one; see paths.ts). */
  dataDir?: string;
  /**
   * The app's background work: backups on a schedule and on shutdown, and purging the
   * trash of expired stories. Off for one-shot command-line commands.
   */
  background?: boolean;
  /**
   * Check the library with `PRAGMA quick_check` when opening it (default true; a damaged one
   * is moved aside and the core starts in recovery), unless it was closed cleanly and is
   * unchanged since (db/cleanClose.ts). Commands that only read may skip it: it reads the
   * whole file (about 8 s for 100,000 stories).
   */
  integrityCheck?: boolean;
  /**
   * With background work: how long after opening the first background whole-file check may
   * start (when one is due; default 10 s).
   */
  integrityCheckDelayMs?: number;
  /** What only the desktop app has: the system folder dialog and Chromium's PDF printer. */
  platform?: { chooseFolder?: () => Promise<string | undefined>; pdfPrinter?: PdfPrinter };
  /** Exports may be written only inside this folder (and folders picked natively); the CLI writes anywhere. */
  exportFolders?: { home: string } | 'anywhere';
}

/** The main-process core: the library, the services and the one dispatch both transports call. */
export interface Core {
  /** "recovery" when the library was damaged and moved aside; only backup and recovery methods answer then. */
  readonly state: 'open' | 'recovery';
  readonly library: Library;
  readonly services: SessionServices;
  readonly backups: BackupService;
  readonly events: EventBus;
  readonly jobs: JobRunner;
  readonly dispatch: Dispatch;
  /** Back up the open library now (as a job with progress events). */
  backupNow(): Promise<BackupInfo>;
  /**
   * With background work: run the whole-file check now in the background (or join the one
   * running) and resolve with what it found; damage puts the core in recovery.
   */
  checkLibraryNow(): Promise<BackgroundCheckOutcome>;
  close(): void;
  /** Quitting: stop background work, back up if anything changed, close. */
  shutdown(): Promise<void>;
}

interface Recovery {
  lock: LibraryLock;
  problem: string;
  foundWhile: RecoveryState['foundWhile'];
  movedTo: string[];
  newestGood?: BackupInfo | null;
}

const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export function openCore(options: CoreOptions): Core {
  const log = options.log ?? ((message: string) => console.error(message));
  const libraryPath = path.resolve(options.libraryPath);
  const events = new EventBus();
  const jobs = new JobRunner(events);
  const backupsFolder = options.backupsDir ?? backupFolderFor(libraryPath, options.dataDir ?? defaultDataDir());
  let session: LibrarySession | undefined;
  let recovery: Recovery | undefined;
  let checks: IntegrityChecks | undefined;
  let current: Dispatch;
  let closed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let backupSchedule: Repeating | undefined;

  const settings = () => session?.services.settings.get() ?? DEFAULT_SETTINGS;
  const backups = createBackupService({ folder: backupsFolder, keep: () => settings().backupsKept });
  const onUnexpected = (method: string, error: unknown) => {
    log(`[copydesk] ${method} failed: ${(error as Error)?.stack ?? String(error)}`);
    // SQLite met a damaged page: check the whole file now rather than when the next check is due.
    if (isDamageError(error)) void checks?.checkNow();
  };

  function requireSession(): LibrarySession {
    if (!session) throw new AppError('library_damaged', recoveryMessage());
    return session;
  }

  function recoveryMessage(): string {
    const moved = recovery?.movedTo[0];
    return `The library was damaged${moved ? ` and has been moved aside to ${moved}` : ''}. Restore a backup (or start an empty library) first.`;
  }

  const runBackup = (reason: 'manual' | 'scheduled') => {
    const { db } = requireSession().library;
    // SQLite restarts an online backup whenever another connection writes, as the import's writer thread does.
    refuseDuringJobs('back up');
    return jobs.start('Backing up the library', ({ progress }) => backups.backup(db, reason, progress)).done;
  };

  function refuseDuringJobs(action: string): void {
    if (jobs.activeJobIds.length > 0) throw new AppError('unavailable', `Wait for the running import or backup to finish (or cancel it) before you ${action}.`);
  }

  function open(): void {
    session = openLibrarySession({
      libraryPath,
      app: options.app,
      mode: options.mode,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      integrityCheck: options.integrityCheck ?? true,
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.exportFolders ? { exportFolders: options.exportFolders } : {}),
      events,
      jobs,
      backups,
      control,
    });
    recovery = undefined;
    current = createDispatch(session.handlers, onUnexpected);
    if (options.background) {
      startBackground();
      const library = session.library;
      checks = scheduleIntegrityChecks({
        library,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        intervalDays: () => settings().integrityCheckDays,
        ...(options.integrityCheckDelayMs === undefined ? {} : { firstDelayMs: options.integrityCheckDelayMs }),
        onDamaged: (problems) => void damagedWhileOpen(library, problems),
        log,
      });
    }
  }

  /** Stop the background check (a running one ends when its read does: awaited where the caller can wait). */
  function stopChecks(): Promise<void> {
    const stopping = checks?.stop() ?? Promise.resolve();
    checks = undefined;
    return stopping;
  }

  /** The background check found the open library damaged: stop using it, move it aside, offer the backups. */
  async function damagedWhileOpen(library: Library, problems: string[]): Promise<void> {
    if (session?.library !== library) return;
    const problem = problems.join('; ').slice(0, 300);
    log(`[copydesk] The background check found the library damaged: ${problem}`);
    stopBackground();
    await stopChecks();
    // The import's writer thread has its own connection: let it finish before the file moves.
    for (const jobId of jobs.activeJobIds) jobs.cancel(jobId);
    await jobs.settled();
    if (session?.library !== library) return;
    library.markDamaged();
    session.dispose();
    session = undefined;
    try {
      enterRecovery(problem, 'checking');
    } catch (error) {
      log(`[copydesk] Could not move the damaged library aside: ${(error as Error).message}`);
      refuseAllBut({});
    }
    events.emit('libraryDamaged', { problem });
  }

  function enterRecovery(problem: string, foundWhile: Recovery['foundWhile'] = 'opening'): void {
    const lock = acquireLibraryLock(libraryPath, options.app);
    const movedTo = moveAside(libraryPath, new Date());
    recovery = { lock, problem, foundWhile, movedTo };
    log(`[copydesk] The library was damaged (${problem}); moved aside to ${movedTo.join(', ')}.`);
    refuseAllBut(backupHandlers(control));
  }

  function refuseAllBut(handlers: Partial<Handlers>): void {
    const message = recoveryMessage();
    const refuse = () => {
      throw new AppError('library_damaged', message);
    };
    current = createDispatch({ ...Object.fromEntries(METHOD_NAMES.map((name) => [name, refuse])), ...handlers } as unknown as Handlers, onUnexpected);
  }

  /** Leave recovery (or the open library) and open what is now at the library's path. */
  function reopen(): void {
    stopBackground();
    void stopChecks();
    session?.dispose();
    session = undefined;
    recovery?.lock.release();
    try {
      open();
    } catch (error) {
      if (error instanceof LibraryOpenError && error.code === 'library_damaged') {
        enterRecovery(error.message);
        throw new AppError('library_damaged', `The restored library cannot be used either: ${error.message}`);
      }
      throw error;
    }
  }

  const control: LibraryControl = {
    backupsOverview(): BackupsOverview {
      const { backupIntervalMinutes, backupsKept, integrityCheckDays } = settings();
      return {
        folder: backups.folder,
        backups: backups.list(),
        intervalMinutes: backupIntervalMinutes,
        kept: backupsKept,
        lastFullCheckAt: session?.library.lastFullCheckAt ?? null,
        checkEveryDays: integrityCheckDays,
      };
    },
    backupNow: () => runBackup('manual'),
    async checkLibraryNow() {
      requireSession();
      if (!checks) throw new AppError('unavailable', 'The library can be checked only while the app runs, not from a one-shot command.');
      return answerCheck(await checks.checkNow());
    },
    async restoreBackup(file) {
      refuseDuringJobs('restore a backup');
      const chosen = backups.checked(file);
      if (session) await backups.backup(session.library.db, 'before-restore');
      stopBackground();
      await stopChecks();
      session?.dispose();
      session = undefined;
      try {
        replaceLibraryWith(chosen.path, libraryPath);
      } catch (error) {
        // The library was not replaced: open it again as it was.
        reopen();
        throw error;
      }
      reopen();
      events.emit('libraryChanged', { reason: 'restored', storyIds: [] });
      return { storyCount: requireSession().services.stories.count() };
    },
    recoveryState(): RecoveryState | null {
      if (!recovery) return null;
      recovery.newestGood ??= backups.newestGood();
      return {
        libraryPath,
        problem: recovery.problem,
        foundWhile: recovery.foundWhile,
        movedTo: recovery.movedTo,
        backupsFolder: backups.folder,
        backups: backups.list(),
        newestGood: recovery.newestGood,
      };
    },
    startFresh() {
      if (!recovery) throw new AppError('invalid_input', 'The library is working; there is nothing to start afresh from.');
      reopen();
      return { storyCount: requireSession().services.stories.count() };
    },
  };

  function later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref?.();
    timers.add(timer);
  }

  function stopBackground(): void {
    backupSchedule?.stop();
    backupSchedule = undefined;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  const purgeSoon = () => later(() => void session?.services.trash.purgeExpired(settings().trashRetentionDays).catch(() => undefined), 1_000);

  function startBackground(): void {
    // The interval is read each time the timer is aimed: a changed setting counts from the last backup.
    backupSchedule = repeatEvery(
      () => settings().backupIntervalMinutes * 60_000,
      async () => {
        const db = session?.library.db;
        if (!db || jobs.activeJobIds.length > 0 || !backups.hasChangesSinceBackup(db)) return;
        await runBackup('scheduled').then(
          () => undefined,
          (error: unknown) => log(`[copydesk] scheduled backup failed: ${(error as Error).message}`),
        );
      },
    );
    const purge = () =>
      later(() => {
        void session?.services.trash
          .purgeExpired(settings().trashRetentionDays)
          .catch((error: unknown) => log(`[copydesk] purging the trash failed: ${(error as Error).message}`))
          .finally(() => session && purge());
      }, PURGE_INTERVAL_MS);
    purge();
    purgeSoon();
  }

  let retentionDays = settings().trashRetentionDays;
  events.subscribe((name) => {
    if (name !== 'settingsChanged' || !options.background || !session) return;
    backupSchedule?.reschedule();
    // A shorter trash retention applies now rather than at the next six-hourly purge.
    if (settings().trashRetentionDays !== retentionDays) purgeSoon();
    retentionDays = settings().trashRetentionDays;
  });

  try {
    open();
  } catch (error) {
    if (!(error instanceof LibraryOpenError && error.code === 'library_damaged')) throw error;
    enterRecovery(error.message);
  }

  const close = () => {
    if (closed) return;
    closed = true;
    stopBackground();
    void stopChecks();
    session?.dispose();
    session = undefined;
    recovery?.lock.release();
  };

  return {
    get state() {
      return session ? 'open' : 'recovery';
    },
    get library() {
      return requireSession().library;
    },
    get services() {
      return requireSession().services;
    },
    backups,
    events,
    jobs,
    dispatch: (method, input) => current(method, input),
    backupNow: () => runBackup('manual'),
    checkLibraryNow: () => checks?.checkNow() ?? Promise.resolve({ state: 'stopped' }),
    close,
    async shutdown() {
      if (closed) return;
      stopBackground();
      // A running check ends with its read (seconds at most); then the checkpoint at close can empty the WAL.
      await stopChecks();
      for (const jobId of jobs.activeJobIds) jobs.cancel(jobId);
      await jobs.settled();
      const db = session?.library.db;
      if (options.background && db && backups.hasChangesSinceBackup(db)) {
        try {
          await backups.backup(db, 'quit');
        } catch (error) {
          log(`[copydesk] the backup on quit failed: ${(error as Error).message}`);
        }
      }
      close();
    },
  };
}
