import type { Fact } from './model';
import { sameWords, type FactSpan } from './marks';

export interface FactUpdate {
  factId: string;
  detached?: boolean;
  currentText?: string;
  needsRecheck?: boolean;
  order?: number | null;
}

/**
 * What a save does to a story's facts, given the fact marks now in its body:
 * - a fact whose mark is gone becomes detached (never deleted);
 * - a detached fact whose mark is back is attached again;
 * - the words now marked become the fact's current text; a verified fact whose words changed needs a re-check.
 * Marks naming no fact of this story are left alone (a paste from another story).
 */
export function reconcileFacts(facts: readonly Fact[], spans: readonly FactSpan[]): FactUpdate[] {
  const byId = new Map(spans.map((span) => [span.factId, span]));
  const updates: FactUpdate[] = [];
  for (const fact of facts) {
    const span = byId.get(fact.id);
    const update: FactUpdate = { factId: fact.id };
    if (!span) {
      if (!fact.detached) update.detached = true;
      if (fact.order !== null && fact.order !== undefined) update.order = null;
    } else {
      if (fact.detached) update.detached = false;
      if (fact.order !== span.order) update.order = span.order;
      if (span.text !== (fact.currentText ?? fact.text)) update.currentText = span.text;
      const changed = !sameWords(span.text, fact.text);
      if (fact.status === 'verified' && changed && !fact.needsRecheck) update.needsRecheck = true;
      // Words changed back to what was verified: nothing to re-check any more.
      if (!changed && fact.needsRecheck) update.needsRecheck = false;
    }
    if (Object.keys(update).length > 1) updates.push(update);
  }
  return updates;
}
