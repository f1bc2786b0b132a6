import type { Handlers } from './dispatch';
import type { StoryService } from '../services/storyService';
import type { LibraryInfo } from './contract';

export interface Services {
  stories: StoryService;
  libraryInfo(): LibraryInfo;
}

/** The contract's methods, each bound to the service that does the work. */
export function createHandlers(services: Services): Handlers {
  return {
    getLibraryInfo: () => services.libraryInfo(),
    listStories: (page) => services.stories.list(page),
    getStory: ({ id }) => services.stories.get(id),
    createStory: (input) => services.stories.create(input),
    saveStory: (input) => services.stories.save(input),
  };
}
