import type { Suggestion } from '../../../story/analysis/types';

export interface AnalysisRequest {
  id: number;
  text: string;
  date?: string;
}

/** What the consistency check takes from the live draft (checkConsistency's `mentions`). */
export interface DraftMentions {
  names: Array<{ kind: 'person' | 'organisation' | 'place'; name: string; title?: string }>;
  quotes: Array<{ words: string; speaker: string }>;
  figures: Array<{ text: string; context: string; unit?: string }>;
}

export type AnalysisReply = { id: number; suggestions: Suggestion[]; mentions: DraftMentions } | { id: number; error: string };
