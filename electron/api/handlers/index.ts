import type { Handlers } from '../dispatch';
import type { StoryService } from '../../services/storyService';
import { libraryHandlers, type LibraryServices } from './library';
import { storyHandlers } from './stories';

export interface Services extends LibraryServices {
  stories: StoryService;
}

/** Every method of the contract, each bound to the service that does the work (one module per domain). */
export function createHandlers(services: Services): Handlers {
  return {
    ...libraryHandlers(services),
    ...storyHandlers(services.stories),
  };
}
