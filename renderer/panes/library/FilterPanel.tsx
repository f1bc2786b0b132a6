import { useEffect, useState } from 'react';
import type { LibraryFacets, LibraryFilters } from '../../../story/library';
import { STORY_STATUSES, type StoryStatus } from '../../../story/model';
import { useApi } from '../../api/TransportContext';
import { statusLabel } from '../../shell/StatusBadge';
import { dayAfter, dayStart, localDate } from './libraryQuery';

interface Props {
  filters: LibraryFilters;
  onChange(filters: LibraryFilters): void;
}

/** The list's filters: status, desk, byline, keyword, dates, embargo. Menus offer what the library holds, with counts. */
export function FilterPanel({ filters, onChange }: Props) {
  const api = useApi();
  const [facets, setFacets] = useState<LibraryFacets>();
  useEffect(() => {
    let current = true;
    api.getLibraryFacets({}).then(
      (loaded) => current && setFacets(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  const set = (changes: Partial<LibraryFilters>) => {
    const next: LibraryFilters = { ...filters, ...changes };
    for (const key of Object.keys(next) as Array<keyof LibraryFilters>) {
      const value = next[key];
      if (value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0)) delete next[key];
    }
    onChange(next);
  };
  const toggleStatus = (status: StoryStatus) => {
    const current = new Set(filters.statuses ?? []);
    if (current.has(status)) current.delete(status);
    else current.add(status);
    set({ statuses: STORY_STATUSES.filter((s) => current.has(s)) });
  };
  const count = (status: StoryStatus) => facets?.statuses.find((s) => s.value === status)?.count;

  return (
    <div className="library-filters" role="group" aria-label="Filters">
      <fieldset className="library-filter-statuses">
        <legend>Status</legend>
        {STORY_STATUSES.map((status) => (
          <label key={status} className={`status-chip status-${status}`}>
            <input type="checkbox" checked={filters.statuses?.includes(status) ?? false} onChange={() => toggleStatus(status)} />
            {statusLabel(status)}
            {count(status) !== undefined && <span className="facet-count">{count(status)!.toLocaleString()}</span>}
          </label>
        ))}
      </fieldset>
      <FacetSelect label="Desk" value={filters.section} values={facets?.sections} onChange={(section) => set({ section })} />
      <FacetSelect label="Byline" value={filters.author} values={facets?.authors} onChange={(author) => set({ author })} />
      <FacetSelect label="Keyword" value={filters.keyword} values={facets?.keywords} onChange={(keyword) => set({ keyword })} />
      <div className="library-filter-dates">
        <label>
          <span>Date</span>
          <select value={filters.dateField ?? 'updated'} onChange={(event) => set({ dateField: event.target.value === 'created' ? 'created' : undefined })}>
            <option value="updated">changed</option>
            <option value="created">created</option>
          </select>
        </label>
        <label>
          <span>from</span>
          <input type="date" value={localDate(filters.from)} onChange={(event) => set({ from: event.target.value ? dayStart(event.target.value) : undefined })} />
        </label>
        <label>
          <span>to</span>
          <input type="date" value={localDate(filters.to, true)} onChange={(event) => set({ to: event.target.value ? dayAfter(event.target.value) : undefined })} />
        </label>
      </div>
      <label className="library-filter-check">
        <input type="checkbox" checked={filters.embargoed ?? false} onChange={(event) => set({ embargoed: event.target.checked })} />
        Embargoed only
      </label>
      <label className="library-filter-check">
        <input type="checkbox" checked={filters.unverifiedFacts ?? false} onChange={(event) => set({ unverifiedFacts: event.target.checked })} />
        Has unverified facts
      </label>
      <button type="button" className="link-button" onClick={() => onChange({})} disabled={Object.keys(filters).length === 0}>
        Clear filters
      </button>
    </div>
  );
}

function FacetSelect({ label, value, values, onChange }: { label: string; value: string | undefined; values: Array<{ value: string; count: number }> | undefined; onChange(value: string | undefined): void }) {
  const options = values ?? [];
  const missing = value && !options.some((option) => option.value.toLowerCase() === value.toLowerCase());
  return (
    <label className="library-filter-select">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">Any</option>
        {missing && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.value} ({option.count.toLocaleString()})
          </option>
        ))}
      </select>
    </label>
  );
}
