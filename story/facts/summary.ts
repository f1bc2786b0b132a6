import { displayStatus, type Fact } from './model';

const ORDER = ['verified', 'sourced', 'unverified', 'disputed', 'false', 'removed', 'detached'] as const;

/** "14 facts · 9 verified · 3 unverified · 1 disputed · 1 detached": the status summary of the pane and the status bar. */
export function factSummary(facts: ReadonlyArray<Pick<Fact, 'status' | 'detached'>>): string {
  if (facts.length === 0) return 'No facts';
  const counts = new Map<string, number>();
  for (const fact of facts) counts.set(displayStatus(fact), (counts.get(displayStatus(fact)) ?? 0) + 1);
  const parts = ORDER.filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${status}`);
  return [`${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}`, ...parts].join(' · ');
}
