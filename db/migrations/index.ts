import type { Migration } from './types';
import { storiesMigration } from './0001-stories';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [storiesMigration];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
