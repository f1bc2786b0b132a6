import { z } from 'zod';
import type { BackupInfo, RecoveryState } from '../../../story/backups';
import { returns } from '../methodDef';

const backupFile = z
  .string()
  .regex(/^backup-\d{8}T\d{9}Z-[a-z-]+\.sqlite$/, { error: 'must be the name of a backup (as listBackups gives it)' });

export interface BackupsOverview {
  folder: string;
  backups: BackupInfo[];
  intervalMinutes: number;
  kept: number;
  /** When a whole-file check of the library last passed (ISO time; null: not known). */
  lastFullCheckAt: string | null;
  /** Days between whole-file checks (the integrityCheckDays setting). */
  checkEveryDays: number;
}

/** What a whole-file check asked for by the user found (a check that could not run is an error). */
export type LibraryCheckResult = { state: 'sound'; ms: number; checkedAt: string } | { state: 'damaged'; problems: string[] };

export const backupMethods = {
  listBackups: returns<BackupsOverview>()({ kind: 'read', input: z.strictObject({}) }),
  /** Back up the library now (a job with progress); resolves with the new backup. */
  backupNow: returns<BackupInfo>()({ kind: 'write', input: z.strictObject({}) }),
  /**
   * Replace the library with a backup: the current library is backed up first (when it is
   * usable), then the library reopens on the restored copy. Works in recovery too.
   */
  restoreBackup: returns<{ storyCount: number }>()({ kind: 'write', input: z.strictObject({ file: backupFile }) }),
  /**
   * Check the whole library file now (`PRAGMA quick_check`, off the main thread), or join the
   * check already running. Damage found also puts the app in recovery (the libraryDamaged event).
   */
  checkLibraryNow: returns<LibraryCheckResult>()({ kind: 'write', input: z.strictObject({}) }),
  /** Null when the library opened normally; otherwise what happened and the backups on offer. */
  getRecoveryState: returns<RecoveryState | null>()({ kind: 'read', input: z.strictObject({}) }),
  /** In recovery: start an empty library in the damaged one's place (the damaged file stays where it was moved). */
  startFreshLibrary: returns<{ storyCount: number }>()({ kind: 'write', input: z.strictObject({ confirm: z.literal(true, { error: 'must be true' }) }) }),
};
