import os from 'node:os';
import { openLibrary, type Library } from '../../db/open';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createSettingsService } from '../services/settingsService';
import { createStoryService } from '../services/storyService';
import { createExportService } from '../services/export/exportService';
import { ExportFolders } from '../services/export/exportFolders';
import { libraryFactsSource } from '../services/export/factsSource';
import type { PdfPrinter } from '../services/export/pdfPrinter';
import { defaultStoryRenderer } from '../services/export/renderPool';
import { createFactServices } from '../services/facts/wiring';
import { EventBus } from './eventBus';
import { JobRunner } from './jobs';

export interface CoreOptions {
  libraryPath: string;
  mode: 'electron' | 'browser';
  /** Written in the library lock so a second opener can say who holds it. */
  app: string;
  nativeBinding?: string;
  log?: (message: string) => void;
  /** What only the desktop app has: the system folder dialog and Chromium's PDF printer. */
  platform?: { chooseFolder?: () => Promise<string | undefined>; pdfPrinter?: PdfPrinter };
  /** Exports may be written only inside this folder (and folders picked natively); the CLI writes anywhere. */
  exportFolders?: { home: string } | 'anywhere';
}

/** The main-process core: the library, the services and the one dispatch both transports call. */
export interface Core {
  readonly library: Library;
  readonly events: EventBus;
  readonly jobs: JobRunner;
  readonly dispatch: Dispatch;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const log = options.log ?? ((message: string) => console.error(message));
  const library = openLibrary(options.libraryPath, {
    app: options.app,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const events = new EventBus();
  const jobs = new JobRunner(events);
  const settings = createSettingsService({ db: library.db, events });
  const factServices = createFactServices({ db: library.db, events, settings, libraryPath: library.path });
  const stories = createStoryService({ db: library.db, events, onBodySaved: factServices.onBodySaved });
  const exportRoot = options.exportFolders ?? { home: os.homedir() };
  const exports = createExportService({
    db: library.db,
    events,
    jobs,
    settings,
    folders: exportRoot === 'anywhere' ? new ExportFolders(os.homedir(), true) : new ExportFolders(exportRoot.home),
    checks: factServices.services.checks,
    facts: libraryFactsSource(library.db),
    printer: options.platform?.pdfPrinter,
    renderer: defaultStoryRenderer(),
    ...(options.platform?.chooseFolder ? { chooseFolder: options.platform.chooseFolder } : {}),
  });
  const handlers = createHandlers({
    stories,
    settings,
    jobs,
    exports,
    ...factServices.services,
    libraryInfo: () => ({
      path: library.path,
      storyCount: stories.count(),
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: options.mode,
    }),
  });
  const dispatch = createDispatch(handlers, (method, error) => log(`[copydesk] ${method} failed: ${(error as Error)?.stack ?? String(error)}`));
  return {
    library,
    events,
    jobs,
    dispatch,
    close: () => {
      void exports.close();
      library.close();
    },
  };
}
