import type { BackupInfo, BackupReason } from '../../story/backups';

const REASONS: Readonly<Record<BackupReason, string>> = {
  scheduled: 'scheduled',
  quit: 'on quit',
  manual: 'by hand',
  'before-migration': 'before an update',
  'before-restore': 'before a restore',
};

/** "Tue, 12 May 2026, 14:02" in the user's locale. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function describeBackup(backup: BackupInfo): string {
  return `${formatWhen(backup.at)} · ${REASONS[backup.reason]} · ${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB`;
}
