import { useEffect, useRef, useState } from 'react';
import type { LibraryRow, LibrarySort, SavedSearch } from '../../../story/library';
import { useApi } from '../../api/TransportContext';
import { shortcutLabel } from '../../shell/commands';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { FilterPanel } from './FilterPanel';
import { activeFilterCount, DEFAULT_QUERY, effectiveSort, type LibraryQueryState } from './libraryQuery';
import { LIBRARY_SEARCH_ID, routeFindToLibrary } from './libraryFocus';
import { LibraryMenu } from './LibraryMenu';
import { SavedSearches } from './SavedSearches';
import { useLibraryWindow } from './useLibraryWindow';
import { VirtualStoryList, type VirtualStoryListHandle } from './VirtualStoryList';
import './library.css';

export interface LibraryActions {
  onOpen(id: string, options: { focusEditor: boolean }): void;
  onNewStory(): void;
  /** Send a story to the trash; `next` is the story below it, to open instead when it was open. */
  onTrash(id: string, next: string | undefined): void;
  onImportFiles(): void;
  onImportFolder(): void;
  onShowBackups(): void;
}

interface Props extends LibraryActions {
  openId: string | undefined;
}

const SORT_LABELS: Readonly<Record<LibrarySort, string>> = {
  relevance: 'Best match',
  updated: 'Last changed',
  created: 'Created',
  headline: 'Headline A–Z',
  status: 'Status',
};

const SEARCH_DEBOUNCE_MS = 150;

/** Cmd/Ctrl+F in the library searches the library (the editor has its own find). */
function findInLibrary(event: KeyboardEvent): void {
  const mod = /mac/i.test(navigator.platform) ? event.metaKey : event.ctrlKey;
  if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f' && routeFindToLibrary(event.target as Element)) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** The library: search, filters, sort, a virtualized list of any size, saved searches and the trash. */
export function LibraryPane({ openId, ...actions }: Props) {
  const api = useApi();
  const [query, setQuery] = useState<LibraryQueryState>(DEFAULT_QUERY);
  const [typed, setTyped] = useState('');
  const [showFilters, setShowFilters] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [notice, setNotice] = useState<string>();
  const list = useLibraryWindow(query);
  const listRef = useRef<VirtualStoryListHandle>(null);
  const inTrash = query.scope === 'trash';
  const searching = query.text.trim() !== '';
  const filtered = activeFilterCount(query.filters) > 0;

  useEffect(() => {
    if (typed === query.text) return;
    const timer = setTimeout(() => setQuery((current) => ({ ...current, text: typed, sort: typed.trim() && !current.text.trim() ? 'relevance' : current.sort })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, query.text]);

  const applySaved = (search: SavedSearch) => {
    setTyped(search.text);
    setQuery({ scope: 'library', text: search.text, filters: search.filters, sort: search.sort });
    setShowFilters(false);
  };

  const trashRow = (row: LibraryRow) => {
    if (inTrash) return;
    const index = list.indexOf(row.id);
    const next = list.rowAt(index + 1) ?? list.rowAt(index - 1);
    actions.onTrash(row.id, next?.id);
  };

  const restoreActive = () => {
    const row = listRef.current?.activeRow();
    if (!row) return;
    api.restoreStories({ ids: [row.id] }).then(
      () => setNotice(`“${row.headline || 'Untitled story'}” is back in the library.`),
      (error: Error) => setNotice(error.message),
    );
  };

  const emptyTrash = () => {
    api.emptyTrash({ confirm: true }).then(
      (count) => setNotice(`${count.toLocaleString()} ${count === 1 ? 'story' : 'stories'} deleted for good.`),
      (error: Error) => setNotice(error.message),
    );
    setConfirmEmpty(false);
  };

  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const pane = paneRef.current;
    pane?.addEventListener('keydown', findInLibrary);
    return () => pane?.removeEventListener('keydown', findInLibrary);
  }, []);

  const count = `${list.total.toLocaleString()}${list.exact ? '' : '+'}`;
  const countLabel = inTrash ? `${count} in the trash` : searching || filtered ? `${count} found` : list.total === 1 && list.exact ? '1 story' : `${count} stories`;
  const sort = effectiveSort(query);

  return (
    <section ref={paneRef} className="pane library-pane" aria-labelledby="library-heading">
      <header className="pane-header library-header">
        <h2 id="library-heading">{inTrash ? 'Trash' : 'Library'}</h2>
        <span className="pane-count" aria-live="polite">
          {countLabel}
        </span>
        <LibraryMenu onImportFiles={actions.onImportFiles} onImportFolder={actions.onImportFolder} onShowBackups={actions.onShowBackups} />
      </header>

      {inTrash ? (
        <div className="library-trash-bar">
          <button type="button" className="link-button" onClick={() => setQuery({ ...DEFAULT_QUERY })}>
            ← Library
          </button>
          <button type="button" className="button" onClick={restoreActive} disabled={list.total === 0}>
            Restore
          </button>
          <button type="button" className="button" onClick={() => setConfirmEmpty(true)} disabled={list.total === 0}>
            Empty trash…
          </button>
        </div>
      ) : (
        <div className="library-search">
          <input
            id={LIBRARY_SEARCH_ID}
            type="search"
            value={typed}
            placeholder={`Search ${shortcutLabel('findInPane') ?? ''}`}
            aria-label="Search the library"
            aria-describedby="library-search-help"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || (event.key === 'Enter' && list.total > 0)) {
                event.preventDefault();
                listRef.current?.focus();
              } else if (event.key === 'Escape' && typed) {
                event.preventDefault();
                setTyped('');
              }
            }}
          />
          <span id="library-search-help" className="visually-hidden">
            Words, "exact phrases", prefixes such as minist*, headline:word, OR, and -word to exclude.
          </span>
          <div className="library-tools">
            <button type="button" className={`toggle${filtered ? ' has-value' : ''}`} aria-expanded={showFilters} aria-controls="library-filter-panel" onClick={() => setShowFilters((open) => !open)}>
              Filters{filtered ? ` (${activeFilterCount(query.filters)})` : ''}
            </button>
            <label className="library-sort">
              <span className="visually-hidden">Sort by</span>
              <select value={sort} onChange={(event) => setQuery((current) => ({ ...current, sort: event.target.value as LibrarySort }))}>
                {(Object.keys(SORT_LABELS) as LibrarySort[])
                  .filter((option) => option !== 'relevance' || searching)
                  .map((option) => (
                    <option key={option} value={option}>
                      {SORT_LABELS[option]}
                    </option>
                  ))}
              </select>
            </label>
          </div>
          {showFilters && (
            <div id="library-filter-panel">
              <FilterPanel filters={query.filters} onChange={(filters) => setQuery((current) => ({ ...current, filters }))} />
            </div>
          )}
        </div>
      )}

      {notice && (
        <p className="library-notice" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {list.error && (
        <p className="pane-message" role="alert">
          Could not load the library: {list.error}
        </p>
      )}
      {list.message && (
        <p className="pane-message" role="status">
          {list.message}
        </p>
      )}

      {list.loaded && list.total === 0 && !list.message ? (
        <EmptyList
          kind={inTrash ? 'trash' : searching || filtered ? 'no-match' : 'empty'}
          onNewStory={actions.onNewStory}
          onImport={actions.onImportFiles}
          onClear={() => {
            setTyped('');
            setQuery({ ...DEFAULT_QUERY });
          }}
        />
      ) : (
        <VirtualStoryList
          ref={listRef}
          list={list}
          label={inTrash ? 'Stories in the trash' : `Stories, by ${SORT_LABELS[sort].toLowerCase()}`}
          searching={searching}
          openId={openId}
          openOnMove={!inTrash}
          onOpen={(row, options) => !inTrash && actions.onOpen(row.id, options)}
          onDelete={trashRow}
        />
      )}

      {!inTrash && (
        <footer className="library-footer">
          <SavedSearches query={query} canSave={searching || filtered} onApply={applySaved} />
          <button type="button" className="library-trash-link" onClick={() => setQuery({ ...DEFAULT_QUERY, scope: 'trash' })}>
            Trash
          </button>
        </footer>
      )}

      {confirmEmpty && (
        <ConfirmDialog title="Empty the trash?" confirmLabel="Delete for good" danger onConfirm={emptyTrash} onCancel={() => setConfirmEmpty(false)}>
          <p>
            The {list.total.toLocaleString()} {list.total === 1 ? 'story' : 'stories'} in the trash will be deleted for good, with their versions and history. This cannot be undone
            (except from a backup).
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function EmptyList({ kind, onNewStory, onImport, onClear }: { kind: 'empty' | 'no-match' | 'trash'; onNewStory(): void; onImport(): void; onClear(): void }) {
  if (kind === 'trash') return <p className="pane-message">The trash is empty.</p>;
  if (kind === 'no-match') {
    return (
      <div className="empty-state">
        <p>No stories match.</p>
        <button type="button" className="link-button" onClick={onClear}>
          Clear the search and filters
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>Your library is empty.</p>
      <button type="button" className="button primary" onClick={onNewStory}>
        New story
      </button>
      <button type="button" className="button" onClick={onImport}>
        Import…
      </button>
      <p className="hint">Or drop files and folders of stories here.</p>
    </div>
  );
}
