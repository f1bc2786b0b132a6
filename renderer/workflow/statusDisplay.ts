import type { StoryStatus } from '../../story/model';

/** A symbol per status, so the status never rests on colour alone. */
export const STATUS_SYMBOLS: Readonly<Record<StoryStatus, string>> = {
  draft: '○',
  editing: '✎',
  'fact-check': '?',
  ready: '✓',
  published: '●',
  killed: '✕',
};
