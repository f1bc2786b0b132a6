import type { Handlers } from '../dispatch';
import type { LibraryQueryService } from '../../services/libraryQueryService';
import type { StoryService } from '../../services/storyService';

type Names = 'queryLibrary' | 'getLibraryFacets' | 'suggestRelated' | 'listSavedSearches' | 'createSavedSearch' | 'renameSavedSearch' | 'deleteSavedSearch';

export function libraryQueryHandlers(library: LibraryQueryService, stories: StoryService): Pick<Handlers, Names> {
  return {
    queryLibrary: (query) => library.query(query),
    getLibraryFacets: () => library.facets(),
    suggestRelated: ({ id, limit }) => library.suggestRelated(id, stories.get(id).headline, limit),
    listSavedSearches: () => library.savedSearches(),
    createSavedSearch: (search) => library.saveSearch(search),
    renameSavedSearch: ({ id, name }) => library.renameSavedSearch(id, name),
    deleteSavedSearch: ({ id }) => library.deleteSavedSearch(id),
  };
}
