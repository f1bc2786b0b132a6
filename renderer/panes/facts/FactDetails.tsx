import { useEffect, useState } from 'react';
import { FACT_STATUS_SYMBOLS, FACT_STATUSES, type Fact, type FactStatus, type Source } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { SourcePicker } from './SourcePicker';
import { CheckerName } from './CheckerName';
import { reattachFact, revealFact } from './factEvents';

interface Props {
  storyId: string;
  fact: Fact;
  /** Changes when the source picker should open (the list's "a" key). */
  addSourceKey: number;
  onChanged(fact: Fact): void;
  onRemoved(factId: string): void;
  onError(message: string): void;
  /** Show a source's page in the ledger. */
  onOpenSource(sourceId: string): void;
}

/** A fact opened in the list: its status, attribution, note and sources, each editable with the keyboard. */
export function FactDetails({ fact, addSourceKey, onChanged, onRemoved, onError, onOpenSource }: Props) {
  const api = useApi();
  const [attribution, setAttribution] = useState(fact.attribution);
  const [note, setNote] = useState(fact.note);
  const [sources, setSources] = useState<Source[]>([]);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [reattachHint, setReattachHint] = useState(false);
  const sourceKey = fact.sourceIds.join(',');

  useEffect(() => {
    let live = true;
    Promise.all(fact.sourceIds.map((id) => api.getSourcePage({ id }).then((page) => page.source)))
      .then((list) => live && setSources(list))
      .catch((error: Error) => onError(error.message));
    return () => {
      live = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- reload when the attached sources change, not on every fact update
  }, [api, sourceKey]);

  const run = async (work: () => Promise<Fact>) => {
    try {
      onChanged(await work());
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const saveText = (field: 'attribution' | 'note', value: string) => {
    if (value === fact[field]) return;
    void run(() => api.updateFact({ factId: fact.id, [field]: value }));
  };

  return (
    <div className="fact-details">
      {fact.needsRecheck && (
        <p className="fact-recheck">
          Verified as “{fact.text}”; the draft now says “{fact.currentText}”. Verify again to accept the new words.
        </p>
      )}
      {fact.detached && (
        <div className="fact-detached">
          <p>The words of this fact are no longer in the draft. Undo in the story brings them back; or select the words it stands for in the story and re-attach it.</p>
          <span className="fact-actions">
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setReattachHint(!reattachFact(fact.id))}
            >
              Re-attach to selection
            </button>
            {confirmDiscard ? (
              <>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void api
                      .discardFact({ factId: fact.id })
                      .then(() => onRemoved(fact.id))
                      .catch((error: Error) => onError(error.message))
                  }
                >
                  Discard for good
                </button>
                <button type="button" onClick={() => setConfirmDiscard(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmDiscard(true)}>
                Discard…
              </button>
            )}
          </span>
          {reattachHint && (
            <p className="hint" role="status">
              Select the words in the story first, then re-attach.
            </p>
          )}
        </div>
      )}
      {!fact.detached && (
        <span className="fact-actions">
          <button type="button" onClick={() => revealFact(fact.id, true)}>
            Go to the words
          </button>
        </span>
      )}
      <label className="fact-field">
        <span>Status</span>
        <select value={fact.status} onChange={(e) => void run(() => api.updateFact({ factId: fact.id, status: e.target.value as FactStatus }))}>
          {FACT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {FACT_STATUS_SYMBOLS[status]} {status}
            </option>
          ))}
        </select>
      </label>
      <label className="fact-field">
        <span>{fact.kind === 'quote' ? 'Speaker' : 'Attribution'}</span>
        <input
          value={attribution}
          placeholder={fact.kind === 'quote' || fact.kind === 'claim' ? 'Who said or claims it' : 'Optional'}
          onChange={(e) => setAttribution(e.target.value)}
          onBlur={() => saveText('attribution', attribution)}
          onKeyDown={(e) => e.key === 'Enter' && saveText('attribution', attribution)}
        />
      </label>
      <label className="fact-field">
        <span>Note</span>
        <textarea value={note} rows={2} placeholder="How it was checked, what is missing" onChange={(e) => setNote(e.target.value)} onBlur={() => saveText('note', note)} />
      </label>
      <div className="fact-sources">
        <span className="fact-field-label">Sources</span>
        {sources.length === 0 && <p className="hint">No source yet.</p>}
        <ul>
          {sources.map((source) => (
            <li key={source.id} className="source-line">
              <span className="source-line-main">
                <span className="source-kind">{source.kind}</span>{' '}
                <button type="button" className="link-button source-title" title="Open the source's page" onClick={() => onOpenSource(source.id)}>
                  {source.title}
                </button>
                {sourceWhere(source) && <span className="source-where"> · {sourceWhere(source)}</span>}
                {source.onRecord === false && <span className="source-where"> · off the record</span>}
              </span>
              <button type="button" className="link-button" aria-label={`Detach ${source.title}`} onClick={() => void run(() => api.detachSource({ factId: fact.id, sourceId: source.id }))}>
                Detach
              </button>
            </li>
          ))}
        </ul>
        <SourcePicker key={addSourceKey} initiallyOpen={addSourceKey > 0} exclude={fact.sourceIds} onPick={(source) => void run(() => api.attachSource({ factId: fact.id, sourceId: source.id }))} onError={onError} />
      </div>
      {fact.checkedAt && (
        <p className="hint">
          {fact.status[0]!.toUpperCase() + fact.status.slice(1)} by {fact.checkedBy || 'an unnamed checker'} on {new Date(fact.checkedAt).toLocaleString()}
        </p>
      )}
      <CheckerName />
    </div>
  );
}

/** Where a source is: the site of a web page, the person interviewed, the agency. */
function sourceWhere(source: Source): string {
  if (source.url) {
    try {
      return new URL(source.url).hostname;
    } catch {
      return source.url;
    }
  }
  return source.person || source.publisher || '';
}
