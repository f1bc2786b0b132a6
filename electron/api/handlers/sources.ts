import type { Handlers } from '../dispatch';
import type { SourceService } from '../../services/facts/sourceService';

export function sourceHandlers(sources: SourceService): Pick<Handlers, 'createSource' | 'addDocumentSource' | 'updateSource' | 'searchSources' | 'getSourcePage' | 'deleteSource'> {
  return {
    createSource: (input) => sources.create(input),
    addDocumentSource: (input) => sources.addDocument(input),
    updateSource: (input) => sources.update(input),
    searchSources: (input) => sources.search(input),
    getSourcePage: ({ id }) => sources.page(id),
    deleteSource: (input) => sources.remove(input),
  };
}
