import { useEffect, useState } from 'react';
import type { Source } from '../../../../story/facts/model';
import { useApi } from '../../../api/TransportContext';
import { FactsDialog } from '../FactsDialog';
import { NewSourceForm } from '../SourcePicker';
import { KeyedList } from '../KeyedList';
import { SourcePage } from './SourcePage';

function where(source: Source): string {
  if (source.url) {
    try {
      return new URL(source.url).hostname;
    } catch {
      return source.url;
    }
  }
  return source.person || source.publisher || source.fileName || '';
}

/**
 * The source ledger shared by every story: find a source by its words (or the recently used ones),
 * read and edit its page, see every fact and story that cites it, add new ones.
 */
export function SourceLedger({ storyId, initialSourceId, onClose }: { storyId: string; initialSourceId: string | undefined; onClose(): void }) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Source[] | undefined>(undefined);
  const [selectedId, setSelectedId] = useState(initialSourceId);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .searchSources({ query, limit: 200 })
        .then((list) => live && setFound(list))
        .catch((failure: Error) => live && setError(failure.message));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `reload` asks for the list again after an edit
  }, [api, query, reload]);

  return (
    <FactsDialog
      title="Sources"
      className="source-ledger"
      onClose={onClose}
      error={error}
      index={
        <>
          <div className="dialog-index-tools">
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Find by title, person, site, notes…" aria-label="Find a source in the ledger" />
            <button type="button" onClick={() => setAdding(true)}>
              New source…
            </button>
          </div>
          {found && found.length === 0 && <p className="dialog-empty">{query ? 'No source matches these words.' : 'No sources yet. Add one here or from a fact.'}</p>}
          <KeyedList
            label="Sources"
            items={found ?? []}
            selectedId={selectedId}
            onSelect={(source) => {
              setAdding(false);
              setSelectedId(source.id);
            }}
            render={(source) => (
              <>
                <span className="item-title">{source.title}</span>
                <span className="item-meta">
                  <span className="source-kind">{source.kind}</span> {where(source)}
                </span>
              </>
            )}
          />
        </>
      }
      page={
        <>
          {adding ? (
            <NewSourceForm
              initialTitle={query}
              submitLabel="Add to the ledger"
              onCreated={(source) => {
                setAdding(false);
                setSelectedId(source.id);
                setReload((n) => n + 1);
              }}
              onCancel={() => setAdding(false)}
              onError={setError}
            />
          ) : selectedId ? (
            <SourcePage
              key={selectedId}
              sourceId={selectedId}
              storyId={storyId}
              onChanged={() => setReload((n) => n + 1)}
              onDeleted={() => {
                setSelectedId(undefined);
                setReload((n) => n + 1);
              }}
              onLeave={onClose}
              onError={setError}
            />
          ) : (
            <p className="dialog-empty">Choose a source to see its page: its details and every fact and story that cites it.</p>
          )}
        </>
      }
    />
  );
}
