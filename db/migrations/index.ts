import type { Migration } from './types';
import { storiesMigration } from './0001-stories';
import { storyMetadataMigration } from './0002-story-metadata';
import { settingsMigration } from './0003-settings';
import { storyEventsMigration } from './0004-story-events';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [storiesMigration, storyMetadataMigration, settingsMigration, storyEventsMigration];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
