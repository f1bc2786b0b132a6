import { openLibrary, type Library } from '../../db/open';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createSettingsService } from '../services/settingsService';
import { createStoryService } from '../services/storyService';
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
  const handlers = createHandlers({
    stories,
    settings,
    jobs,
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
    close: () => library.close(),
  };
}
