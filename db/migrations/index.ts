import type { Migration } from './types';
import { storiesMigration } from './0001-stories';
import { storyMetadataMigration } from './0002-story-metadata';
import { settingsMigration } from './0003-settings';
import { storyEventsMigration } from './0004-story-events';
import { libraryListMigration } from './0005-library-list';
import { searchNotesMigration } from './0006-search-notes';
import { revisionsMigration } from './0007-revisions';
import { savedSearchesMigration } from './0008-saved-searches';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  storiesMigration,
  storyMetadataMigration,
  settingsMigration,
  storyEventsMigration,
  libraryListMigration,
  searchNotesMigration,
  revisionsMigration,
  savedSearchesMigration,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
