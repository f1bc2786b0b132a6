import { describe, expect, it } from 'vitest';
import { activeFilterCount, dayAfter, dayStart, effectiveSort, localDate, DEFAULT_QUERY } from '../../../../renderer/panes/library/libraryQuery';

describe('library query state', () => {
  it('ranks searches by relevance and lists by last change', () => {
    expect(effectiveSort({ ...DEFAULT_QUERY, sort: 'relevance' })).toBe('updated');
    expect(effectiveSort({ ...DEFAULT_QUERY, text: 'ferry', sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ ...DEFAULT_QUERY, text: 'ferry', sort: 'headline' })).toBe('headline');
  });

  it('counts the filters in use (a date range once)', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ statuses: ['ready', 'draft'], from: 'x', to: 'y', embargoed: true, section: 'Metro' })).toBe(4);
  });

  it('turns local calendar days into the instants the server compares, and back', () => {
    const from = dayStart('2026-03-01');
    const to = dayAfter('2026-03-31');
    expect(new Date(from).getDate()).toBe(1);
    expect(new Date(to).getMonth()).toBe(3);
    expect(localDate(from)).toBe('2026-03-01');
    expect(localDate(to, true)).toBe('2026-03-31');
    expect(localDate(undefined)).toBe('');
  });
});
