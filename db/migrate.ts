import type { Db } from './handle';
import type { Migration } from './migrations/types';
import { LibraryOpenError, LibraryTooNewError } from './errors';

/** "CPDK": marks a SQLite file as a Copydesk library. */
export const COPYDESK_APPLICATION_ID = 0x4350444b;

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: string[];
}

export interface MigrateOptions {
  /** Called before pending migrations run (e.g. to take a backup of `db`). */
  beforeMigrating?: (from: number, to: number, db: Db) => void;
}

/**
 * Bring the library to the newest schema. All pending migrations run in one
 * transaction: either the library ends on the newest schema or it is untouched.
 */
export function migrate(db: Db, libraryPath: string, migrations: readonly Migration[], options: MigrateOptions = {}): MigrationOutcome {
  assertConsecutive(migrations);
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;

  if (applicationId !== 0 && applicationId !== COPYDESK_APPLICATION_ID) {
    throw new LibraryOpenError('not_a_library', `${libraryPath} is a SQLite database of another application, not a Copydesk library.`);
  }
  if (current === 0 && applicationId === 0 && hasTables(db)) {
    throw new LibraryOpenError('not_a_library', `${libraryPath} is a SQLite database but not a Copydesk library.`);
  }
  if (current > latest) throw new LibraryTooNewError(libraryPath, current, latest);

  const pending = migrations.slice(current);
  if (pending.length === 0) return { from: current, to: current, applied: [] };

  options.beforeMigrating?.(current, latest, db);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${COPYDESK_APPLICATION_ID}`);
  }).immediate();
  return { from: current, to: latest, applied: pending.map((m) => `${m.version} ${m.name}`) };
}

function hasTables(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1`).get() !== undefined;
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}
