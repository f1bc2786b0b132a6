/** Why a backup was taken. */
export const BACKUP_REASONS = ['scheduled', 'quit', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file's name in the backups folder; what restore asks for. */
  file: string;
  /** Its full path, to show the user where it is. */
  path: string;
  at: string;
  reason: BackupReason;
  sizeBytes: number;
}

/** The server's state when the library could not be used: what happened and what can be done. */
export interface RecoveryState {
  libraryPath: string;
  /** What was wrong, in SQLite's words. */
  problem: string;
  /** When it was found: as the library opened, or by the background check while it was in use. */
  foundWhile: 'opening' | 'checking';
  /** Where the damaged file (and its -wal/-shm) now are, unchanged. */
  movedTo: string[];
  backupsFolder: string;
  /** Newest first. */
  backups: BackupInfo[];
  /** The newest backup that passed its check; what the app offers first. */
  newestGood: BackupInfo | null;
}
