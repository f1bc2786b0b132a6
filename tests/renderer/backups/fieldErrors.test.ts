import { describe, expect, it } from 'vitest';
import { contract } from '../../../electron/api/contract';
import { describeIssues } from '../../../electron/api/dispatch';
import { fieldErrors } from '../../../renderer/backups/fieldErrors';

const KEYS = ['backupIntervalMinutes', 'backupsKept', 'trashRetentionDays', 'integrityCheckDays'];

/** The message the server sends for these changes. */
function serverMessage(changes: unknown): string {
  const parsed = contract.updateSettings.input.safeParse(changes);
  if (parsed.success) throw new Error('expected the changes to be refused');
  return describeIssues('updateSettings', parsed.error);
}

describe('fieldErrors (the server’s settings message, split by field)', () => {
  it('gives each refused field its own words', () => {
    expect(fieldErrors(serverMessage({ backupsKept: 0, backupIntervalMinutes: 2, trashRetentionDays: 30 }), KEYS)).toEqual({
      backupIntervalMinutes: 'must be at least 5 minutes',
      backupsKept: 'must be at least 1 (the newest backup)',
    });
  });

  it('says a blank or fractional value must be a whole number', () => {
    expect(fieldErrors(serverMessage({ integrityCheckDays: '', trashRetentionDays: 1.5 }), KEYS)).toEqual({
      integrityCheckDays: 'must be a whole number of days',
      trashRetentionDays: 'must be a whole number of days',
    });
  });

  it('keeps what names no field it knows, so nothing the server said is lost', () => {
    expect(fieldErrors(serverMessage({ surprise: 1 }), KEYS)).toEqual({ '': expect.stringContaining('surprise') });
  });
});
