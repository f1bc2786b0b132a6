import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { SavedSearch } from '../../../story/library';
import { useTransport } from '../../api/TransportContext';
import { afterTypingPause } from '../../hooks/typingPause';
import type { LibraryQueryState } from './libraryQuery';

interface Props {
  query: LibraryQueryState;
  /** The current query can be saved (it has text or filters). */
  canSave: boolean;
  onApply(search: SavedSearch): void;
}

/** Saved searches in the sidebar, each with how many stories it finds now. */
export function SavedSearches({ query, canSave, onApply }: Props) {
  const { api, on } = useTransport();
  const [searches, setSearches] = useState<SavedSearch[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    api.listSavedSearches({}).then(setSearches, () => undefined);
  }, [api]);
  useEffect(() => {
    load();
    let cancel: (() => void) | undefined;
    const unsubscribe = on.libraryChanged(() => {
      cancel ??= afterTypingPause(() => {
        cancel = undefined;
        load();
      }, 1_000);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [load, on]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    api.createSavedSearch({ name, text: query.text, filters: query.filters, sort: query.sort }).then(
      (list) => {
        setSearches(list);
        setNaming(false);
        setName('');
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  };

  return (
    <section className="saved-searches" aria-labelledby="saved-searches-heading">
      <div className="saved-searches-header">
        <h3 id="saved-searches-heading">Saved searches</h3>
        {canSave && !naming && (
          <button type="button" className="link-button" onClick={() => setNaming(true)}>
            Save current…
          </button>
        )}
      </div>
      {naming && (
        <form className="saved-search-form" onSubmit={save}>
          <input
            // oxlint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            aria-label="Name of the saved search"
            placeholder="Name"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setNaming(false)}
          />
          <button type="submit" className="button" disabled={!name.trim()}>
            Save
          </button>
        </form>
      )}
      {error && (
        <p className="pane-message" role="alert">
          {error}
        </p>
      )}
      {searches.length === 0 && !naming ? (
        <p className="hint">Search or filter, then save it here to find it again.</p>
      ) : (
        <ul>
          {searches.map((search) => (
            <li key={search.id}>
              <button type="button" className="saved-search" onClick={() => onApply(search)} title={search.text || undefined}>
                <span className="saved-search-name">{search.name}</span>
                <span className="facet-count">
                  {search.count.toLocaleString()}
                  {search.countExact ? '' : '+'}
                </span>
              </button>
              <button
                type="button"
                className="saved-search-delete"
                aria-label={`Delete saved search ${search.name}`}
                title="Delete"
                onClick={() => api.deleteSavedSearch({ id: search.id }).then(setSearches, () => undefined)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
