import { displayStatus, type Fact } from './model';

const ORDER = ['verified', 'to re-check', 'sourced', 'unverified', 'disputed', 'false', 'removed', 'detached'] as const;

/** A verified fact whose words changed since is counted as "to re-check", not as verified. */
const shownAs = (fact: Pick<Fact, 'status' | 'detached' | 'needsRecheck'>) => (!fact.detached && fact.needsRecheck ? 'to re-check' : displayStatus(fact));

/** "14 facts · 9 verified · 3 unverified · 1 disputed · 1 detached": the status summary of the pane and the status bar. */
export function factSummary(facts: ReadonlyArray<Pick<Fact, 'status' | 'detached'> & { needsRecheck?: boolean }>): string {
  if (facts.length === 0) return 'No facts';
  const counts = new Map<string, number>();
  for (const fact of facts) {
    const shown = shownAs({ needsRecheck: false, ...fact });
    counts.set(shown, (counts.get(shown) ?? 0) + 1);
  }
  const parts = ORDER.filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`);
  return [`${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}`, ...parts].join(' · ');
}
