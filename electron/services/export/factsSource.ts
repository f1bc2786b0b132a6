import type { Fact, Source } from '../../../story/facts/model';

/**
 * Where the exporters get a story's facts and the sources they cite. The facts
 * capability replaces `NO_FACTS` with its own store when it lands; until then every
 * story exports with no facts (no ClaimReview, no trust indicator).
 */
export interface ExportFactsSource {
  forStory(storyId: string): { facts: Fact[]; sources: Source[] };
}

export const NO_FACTS: ExportFactsSource = { forStory: () => ({ facts: [], sources: [] }) };
