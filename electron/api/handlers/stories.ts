import type { Handlers } from '../dispatch';
import type { StoryService } from '../../services/storyService';

export function storyHandlers(stories: StoryService): Pick<Handlers, 'listStories' | 'getStory' | 'listStoryEvents' | 'createStory' | 'saveStory'> {
  return {
    listStories: (page) => stories.list(page),
    getStory: ({ id }) => stories.get(id),
    listStoryEvents: ({ id }) => stories.history(id),
    createStory: (input) => stories.create(input),
    saveStory: (input) => stories.save(input),
  };
}
