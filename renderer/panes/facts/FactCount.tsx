import { isOpenFact } from '../../../story/facts/gate';
import { useLiveDraft } from '../../state/liveDraft';
import { useStoryFacts } from '../../state/storyFacts';

/** The status bar's "14 facts (3 to check)" for the open story. */
export function FactCount() {
  const storyId = useLiveDraft()?.storyId;
  const { facts } = useStoryFacts(storyId);
  if (!facts || facts.length === 0) return null;
  const open = facts.filter(isOpenFact).length;
  return (
    <span className={open > 0 ? 'fact-count has-open' : 'fact-count'} data-testid="fact-count">
      {' · '}
      {facts.length} {facts.length === 1 ? 'fact' : 'facts'}
      {open > 0 ? ` (${open} to check)` : ' (all checked)'}
    </span>
  );
}
