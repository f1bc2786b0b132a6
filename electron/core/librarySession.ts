import os from 'node:os';
import { openLibrary, type Library } from '../../db/open';
import { openBatchWriter } from '../../db/batchWriter';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createHandlers } from '../api/handlers';
import type { LibraryControl } from '../api/handlers/backups';
import type { Handlers } from '../api/dispatch';
import { createSettingsService, type SettingsService } from '../services/settingsService';
import { createStoryService, type StoryService } from '../services/storyService';
import { createRevisionService } from '../services/revisionService';
import { createWorkflowService, type WorkflowService } from '../services/workflowService';
import { createVersionsService, type VersionsService } from '../services/versionsService';
import { createTrashService, type TrashService } from '../services/trashService';
import { createLibraryQueryService, type LibraryQueryService } from '../services/libraryQueryService';
import { createImportService, type ImportService } from '../services/importPipeline/importService';
import { importParserFactory } from '../services/importPipeline/parsePool';
import { createSearchIndexService, type SearchIndexService } from '../services/searchIndexService';
import type { BackupService } from '../services/backups/backupService';
import { createExportService, type ExportService } from '../services/export/exportService';
import { ExportFolders } from '../services/export/exportFolders';
import { libraryFactsSource } from '../services/export/factsSource';
import type { PdfPrinter } from '../services/export/pdfPrinter';
import { defaultStoryRenderer } from '../services/export/renderPool';
import { createFactServices } from '../services/facts/wiring';
import type { EventBus } from './eventBus';
import type { JobRunner } from './jobs';

export interface SessionServices {
  stories: StoryService;
  settings: SettingsService;
  libraryQuery: LibraryQueryService;
  workflow: WorkflowService;
  versions: VersionsService;
  trash: TrashService;
  imports: ImportService;
  exports: ExportService;
  searchIndex: SearchIndexService;
}

/** One open library with its services and handlers; replaced as a whole when a backup is restored. */
export interface LibrarySession {
  readonly library: Library;
  readonly services: SessionServices;
  readonly handlers: Handlers;
  dispose(): void;
}

export interface SessionOptions {
  libraryPath: string;
  app: string;
  mode: 'electron' | 'browser';
  nativeBinding?: string;
  integrityCheck: boolean;
  /** What only the desktop app has: the system folder dialog and Chromium's PDF printer. */
  platform?: { chooseFolder?: () => Promise<string | undefined>; pdfPrinter?: PdfPrinter };
  /** Exports may be written only inside this folder (and folders picked natively); the CLI writes anywhere. */
  exportFolders?: { home: string } | 'anywhere';
  events: EventBus;
  jobs: JobRunner;
  backups: BackupService;
  control: LibraryControl;
}

export function openLibrarySession(options: SessionOptions): LibrarySession {
  const { events, jobs } = options;
  const library = openLibrary(options.libraryPath, {
    app: options.app,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    integrityCheck: options.integrityCheck,
    // A library that has stories is copied before its schema changes (a new one has nothing to lose).
    beforeMigrating: (from, _to, db) => {
      if (from > 0) options.backups.backupBeforeMigration(db);
    },
  });
  const db = library.db;
  const settings = createSettingsService({ db, events });
  const factServices = createFactServices({ db, events, settings, libraryPath: library.path });
  const revisions = createRevisionService({ db });
  const { assertReadyAllowed } = factServices.services.checks;
  const stories = createStoryService({ db, events, revisions, onBodySaved: factServices.onBodySaved, assertReadyAllowed });
  const exportRoot = options.exportFolders ?? { home: os.homedir() };
  const importParsers = importParserFactory();
  const services: SessionServices = {
    stories,
    settings,
    libraryQuery: createLibraryQueryService({ db, events }),
    workflow: createWorkflowService({ db, events, stories, revisions, assertReadyAllowed }),
    versions: createVersionsService({ db, events, stories, revisions, onBodySaved: factServices.onBodySaved }),
    trash: createTrashService({ db, events }),
    imports: createImportService({ db, events, jobs, openWriter: () => openBatchWriter(library.path, options.nativeBinding), openParser: () => importParsers.open() }),
    exports: createExportService({
      db,
      events,
      jobs,
      settings,
      folders: exportRoot === 'anywhere' ? new ExportFolders(os.homedir(), true) : new ExportFolders(exportRoot.home),
      checks: factServices.services.checks,
      facts: libraryFactsSource(db),
      printer: options.platform?.pdfPrinter,
      renderer: defaultStoryRenderer(),
      ...(options.platform?.chooseFolder ? { chooseFolder: options.platform.chooseFolder } : {}),
    }),
    searchIndex: createSearchIndexService({ libraryPath: library.path, events, jobs, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) }),
  };
  const handlers = createHandlers({
    ...services,
    ...factServices.services,
    jobs,
    control: options.control,
    libraryInfo: () => ({
      path: library.path,
      storyCount: stories.count(),
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: options.mode,
    }),
  });
  return {
    library,
    services,
    handlers,
    dispose() {
      services.libraryQuery.dispose();
      void services.exports.close();
      void importParsers.close();
      // Stopped after its current step (a few ms), which the close's checkpoint waits for.
      void services.searchIndex.dispose();
      library.close();
    },
  };
}
