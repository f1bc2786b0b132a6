import type { LibraryFilters, LibraryScope, LibrarySort } from '../../../story/library';

/** What the library pane shows: the scope, the search text, the filters and the order. */
export interface LibraryQueryState {
  scope: LibraryScope;
  text: string;
  filters: LibraryFilters;
  sort: LibrarySort;
}

export const DEFAULT_QUERY: LibraryQueryState = { scope: 'library', text: '', filters: {}, sort: 'updated' };

/** Searches rank by relevance unless another order was chosen; a list cannot. */
export function effectiveSort(query: LibraryQueryState): LibrarySort {
  if (query.text.trim() === '' && query.sort === 'relevance') return 'updated';
  return query.sort;
}

export function activeFilterCount(filters: LibraryFilters): number {
  return (
    (filters.statuses?.length ? 1 : 0) +
    (filters.section ? 1 : 0) +
    (filters.author ? 1 : 0) +
    (filters.keyword ? 1 : 0) +
    (filters.from || filters.to ? 1 : 0) +
    (filters.embargoed ? 1 : 0) +
    (filters.unverifiedFacts ? 1 : 0)
  );
}

/** Local calendar dates (YYYY-MM-DD) as the instants the server compares: from the day's start, to the next day's start. */
export function dayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

export function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).toISOString();
}

/** The local date (YYYY-MM-DD) of an instant, for the date inputs. */
export function localDate(iso: string | undefined, endExclusive = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (endExclusive) date.setDate(date.getDate() - 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
