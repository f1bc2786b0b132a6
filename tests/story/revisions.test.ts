import { describe, expect, it } from 'vitest';
import { revisionsToThin, type RevisionKind } from '../../story/revisions';

const NOW = new Date('2026-03-30T12:00:00Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString();

describe('thinning revisions with age', () => {
  it('keeps every revision of the last day, one per hour for a week, then one per day; never a manual one', () => {
    const revisions: Array<{ id: number; at: string; kind: RevisionKind }> = [
      { id: 1, at: at(1), kind: 'auto' },
      { id: 2, at: at(1.05), kind: 'auto' },
      { id: 3, at: at(30.1), kind: 'auto' },
      { id: 4, at: at(30.2), kind: 'auto' },
      { id: 5, at: at(30.3), kind: 'manual' },
      { id: 6, at: at(30.25), kind: 'status' },
      { id: 7, at: at(24 * 10 + 1), kind: 'auto' },
      { id: 8, at: at(24 * 10 + 5), kind: 'auto' },
      { id: 9, at: at(24 * 20), kind: 'manual' },
      { id: 10, at: at(24 * 20 + 1), kind: 'import' },
    ];
    const dropped = revisionsToThin(revisions, NOW);
    // Within an hour bucket the newest (3) stays; in a day bucket likewise (7). Kinds other than auto always stay.
    expect(dropped.toSorted()).toEqual([4, 8]);
  });
});
