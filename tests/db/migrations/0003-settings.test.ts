import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { readSettings, writeSettings } from '../../../db/settings';

describe('migration 3: settings', () => {
  it('stores one JSON value per key, replacing on write, and refuses text that is not JSON', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', MIGRATIONS.slice(0, 3));
    writeSettings(db, { checkerName: 'Ana', backupsKept: 20 });
    writeSettings(db, { backupsKept: 5 });
    expect(readSettings(db)).toEqual({ checkerName: 'Ana', backupsKept: 5 });
    expect(() => db.prepare(`INSERT INTO settings (key, value_json) VALUES ('x', 'not json')`).run()).toThrow(/CHECK/);
  });
});
