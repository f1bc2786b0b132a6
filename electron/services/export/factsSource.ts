import type { Db } from '../../../db/handle';
import { listFacts } from '../../../db/facts';
import { getSources } from '../../../db/sources';
import type { Fact, Source } from '../../../story/facts/model';

/** Where the exporters get a story's facts and the sources they cite. */
export interface ExportFactsSource {
  forStory(storyId: string): { facts: Fact[]; sources: Source[] };
}

/** The library's facts (the facts capability's store) and the sources they cite. */
export function libraryFactsSource(db: Db): ExportFactsSource {
  return {
    forStory(storyId) {
      const facts = listFacts(db, storyId);
      const cited = [...new Set(facts.flatMap((fact) => fact.sourceIds))];
      return { facts, sources: cited.length > 0 ? getSources(db, cited) : [] };
    },
  };
}
