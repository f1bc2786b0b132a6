/**
 * What stands between a story and a final export. The export service asks its
 * gate for these before a final export; any blocker needs an explicit, recorded
 * override. TKs count now; the facts capability adds unverified and false facts.
 */
import type { DocJSON } from '../document';
import { countTks } from './blocks';

export interface ExportBlocker {
  /** "tk" for placeholders; fact rules add their own codes ("fact-false", "fact-unverified"...). */
  code: string;
  /** What the user reads: "2 TKs still in the story". */
  message: string;
  count?: number;
  factId?: string;
}

export function tkBlockers(body: DocJSON): ExportBlocker[] {
  const count = countTks(body);
  if (count === 0) return [];
  return [{ code: 'tk', count, message: count === 1 ? '1 TK (a missing fact or figure) is still in the story' : `${count} TKs (missing facts or figures) are still in the story` }];
}
