import { openLibrary, type Library } from '../../db/open';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createStoryService } from '../services/storyService';
import { EventBus } from './eventBus';

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
  const stories = createStoryService({ db: library.db, events });
  const handlers = createHandlers({
    stories,
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
    dispatch,
    close: () => library.close(),
  };
}
