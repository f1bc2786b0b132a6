import type { Handlers } from '../dispatch';
import type { JobRunner } from '../../core/jobs';
import type { SettingsService } from '../../services/settingsService';
import type { StoryService } from '../../services/storyService';
import { importingHandlers } from './importing';
import { jobHandlers } from './jobs';
import { libraryHandlers, type LibraryServices } from './library';
import { settingsHandlers } from './settings';
import { storyHandlers } from './stories';

export interface Services extends LibraryServices {
  stories: StoryService;
  settings: SettingsService;
  jobs: JobRunner;
}

/** Every method of the contract, each bound to the service that does the work (one module per domain). */
export function createHandlers(services: Services): Handlers {
  return {
    ...libraryHandlers(services),
    ...storyHandlers(services.stories),
    ...settingsHandlers(services.settings),
    ...jobHandlers(services.jobs),
    ...importingHandlers(),
  };
}
