import { describe, expect, it } from 'vitest';
import { factSummary } from '../../story/facts/summary';

describe('the facts summary line', () => {
  it('counts facts by the status shown, detached apart, in the order of UI.md', () => {
    const facts = [
      ...Array.from({ length: 9 }, () => ({ status: 'verified' as const, detached: false })),
      ...Array.from({ length: 3 }, () => ({ status: 'unverified' as const, detached: false })),
      { status: 'disputed' as const, detached: false },
      { status: 'verified' as const, detached: true },
    ];
    expect(factSummary(facts)).toBe('14 facts · 9 verified · 3 unverified · 1 disputed · 1 detached');
    expect(factSummary([{ status: 'sourced', detached: false }])).toBe('1 fact · 1 sourced');
    expect(factSummary([])).toBe('No facts');
  });

  it('counts a verified fact whose words changed as one to re-check', () => {
    expect(factSummary([{ status: 'verified', detached: false, needsRecheck: true }, { status: 'verified', detached: false, needsRecheck: false }])).toBe('2 facts · 1 verified · 1 to re-check');
  });
});
