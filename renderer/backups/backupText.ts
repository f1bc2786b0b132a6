import type { BackupInfo, BackupReason } from '../../story/backups';

const REASONS: Readonly<Record<BackupReason, string>> = {
  scheduled: 'scheduled',
  quit: 'on quit',
  manual: 'by hand',
  'before-migration': 'before an update',
  'before-restore': 'before a restore',
};

export function describeBackup(backup: BackupInfo): string {
  const when = new Date(backup.at).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${when} · ${REASONS[backup.reason]} · ${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB`;
}
