import { z } from 'zod';
import type { Settings } from '../../../story/settings';
import { returns } from '../methodDef';

/** Every setting with its bounds; an update sends only the keys that change. */
export const settingsChanges = z.strictObject({
  checkerName: z.string().max(200, { error: 'must be at most 200 characters' }),
  headlineTarget: z.int().min(10).max(500),
  dekTarget: z.int().min(10).max(2000),
  teaserTimeStyle: z.enum(['relative', 'clock']),
  trashRetentionDays: z
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least one day' })
    .max(3650, { error: 'must be at most 3650 days (ten years)' }),
  backupIntervalMinutes: z
    .int({ error: 'must be a whole number of minutes' })
    .min(5, { error: 'must be at least 5 minutes' })
    .max(24 * 60, { error: 'must be at most 1440 minutes (a day)' }),
  backupsKept: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1 (the newest backup)' }).max(1000, { error: 'must be at most 1000' }),
  integrityCheckDays: z
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least one day' })
    .max(365, { error: 'must be at most 365 days' }),
  exportFileNamePattern: z
    .string()
    .min(1)
    .max(200)
    .refine((pattern) => !/[/\\]|\.\./.test(pattern), { error: 'may not contain folders ("/", "\\" or "..")' }),
  commentPrompt: z.string().max(300, { error: 'must be at most 300 characters' }),
}).partial();

export const settingsMethods = {
  getSettings: returns<Settings>()({ kind: 'read', input: z.strictObject({}) }),
  updateSettings: returns<Settings>()({ kind: 'write', input: settingsChanges }),
};
