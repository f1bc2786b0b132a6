import type { Migration } from './types';

/** User settings (checker's name, length targets, retention...), one JSON value per key. */
export const settingsMigration: Migration = {
  version: 3,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL CHECK (json_valid(value_json))
      ) STRICT;
    `);
  },
};
