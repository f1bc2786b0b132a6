import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { insertStory } from '../../db/stories';
import type { Db } from '../../db/handle';
import { docFromPlainText } from '../../story/document';
import { blankStoryFields, type Story, type StoryFields } from '../../story/model';
import { withDerived } from '../../electron/services/storyService';

/** A real SQLite library in memory, on the newest schema, with the app's pragmas. */
export function memoryDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  migrate(db, ':memory:', MIGRATIONS);
  return db;
}

let clock = Date.parse('2026-03-01T08:00:00Z');

/** Insert a story (body from `text`), each one a minute newer than the last unless `at` is given. */
export function addStory(db: Db, fields: Partial<StoryFields> & { text?: string; at?: string } = {}): Story {
  const { text, at, ...rest } = fields;
  const stamp = at ?? new Date((clock += 60_000)).toISOString();
  const all: StoryFields = { ...blankStoryFields(docFromPlainText(text ?? '')), ...rest };
  return insertStory(db, withDerived(all, crypto.randomUUID(), stamp, stamp));
}
