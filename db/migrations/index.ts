import type { Migration } from './types';
import { storiesMigration } from './0001-stories';
import { storyMetadataMigration } from './0002-story-metadata';
import { settingsMigration } from './0003-settings';
import { storyEventsMigration } from './0004-story-events';
import { factsAndSourcesMigration } from './0005-facts-and-sources';
import { dismissedSuggestionsMigration } from './0006-dismissed-suggestions';
import { entityRegistryMigration } from './0007-entity-registry';
import { libraryListMigration } from './0008-library-list';
import { searchNotesMigration } from './0009-search-notes';
import { revisionsMigration } from './0010-revisions';
import { savedSearchesMigration } from './0011-saved-searches';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  storiesMigration,
  storyMetadataMigration,
  settingsMigration,
  storyEventsMigration,
  factsAndSourcesMigration,
  dismissedSuggestionsMigration,
  entityRegistryMigration,
  libraryListMigration,
  searchNotesMigration,
  revisionsMigration,
  savedSearchesMigration,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
