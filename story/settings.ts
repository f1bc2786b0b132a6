/** User settings and their defaults. Each capability adds its own keys here. */
export interface Settings {
  /** Written on facts the user checks. */
  checkerName: string;
  /** Length targets of the fields above the body: warnings, never limits. */
  headlineTarget: number;
  dekTarget: number;
  /** How "Read next" teasers show their time: "2 hours ago" or the clock time. */
  teaserTimeStyle: 'relative' | 'clock';
  /** Days a trashed story is kept before it is purged. */
  trashRetentionDays: number;
  backupIntervalMinutes: number;
  backupsKept: number;
  /** Days between whole-file checks of the library (run in the background when an open skipped one). */
  integrityCheckDays: number;
  /** Export file names: {slug}, {date}, {id}, {format}. */
  exportFileNamePattern: string;
  /** The line inviting comments under a web story ("What is your opinion on this topic?"); none when empty. */
  commentPrompt: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  checkerName: '',
  headlineTarget: 70,
  dekTarget: 160,
  teaserTimeStyle: 'clock',
  trashRetentionDays: 30,
  backupIntervalMinutes: 60,
  backupsKept: 20,
  integrityCheckDays: 7,
  exportFileNamePattern: '{slug}',
  commentPrompt: '',
};
