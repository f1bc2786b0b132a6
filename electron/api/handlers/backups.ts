import type { BackupsOverview, LibraryCheckResult } from '../contract';
import type { Handlers } from '../dispatch';
import type { BackupInfo, RecoveryState } from '../../../story/backups';

/** What the core offers about the library file itself: backups, restore, recovery. Answers in recovery too. */
export interface LibraryControl {
  backupsOverview(): BackupsOverview;
  backupNow(): Promise<BackupInfo>;
  checkLibraryNow(): Promise<LibraryCheckResult>;
  restoreBackup(file: string): Promise<{ storyCount: number }>;
  recoveryState(): RecoveryState | null;
  startFresh(): { storyCount: number };
}

export type BackupMethodNames = 'listBackups' | 'backupNow' | 'checkLibraryNow' | 'restoreBackup' | 'getRecoveryState' | 'startFreshLibrary';

export function backupHandlers(control: LibraryControl): Pick<Handlers, BackupMethodNames> {
  return {
    listBackups: () => control.backupsOverview(),
    backupNow: () => control.backupNow(),
    checkLibraryNow: () => control.checkLibraryNow(),
    restoreBackup: ({ file }) => control.restoreBackup(file),
    getRecoveryState: () => control.recoveryState(),
    startFreshLibrary: () => control.startFresh(),
  };
}
