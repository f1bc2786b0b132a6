import { useEffect, useState } from 'react';
import { FACT_STATUS_SYMBOLS, FACT_STATUSES, type Fact, type FactStatus, type Source } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { SourcePicker } from './SourcePicker';

interface Props {
  storyId: string;
  fact: Fact;
  onChanged(fact: Fact): void;
  onRemoved(factId: string): void;
  onError(message: string): void;
}

/** A fact opened in the list: its status, attribution, note and sources, each editable with the keyboard. */
export function FactDetails({ fact, onChanged, onRemoved, onError }: Props) {
  const api = useApi();
  const [attribution, setAttribution] = useState(fact.attribution);
  const [note, setNote] = useState(fact.note);
  const [sources, setSources] = useState<Source[]>([]);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
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
          <p>The words of this fact are no longer in the draft. Undo in the editor brings them back; tag them again to re-attach.</p>
          {confirmDiscard ? (
            <span className="fact-actions">
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
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmDiscard(true)}>
              Discard…
            </button>
          )}
        </div>
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
            <li key={source.id}>
              <span className="source-kind">{source.kind}</span> <span className="source-title">{source.title}</span>
              {source.url && <span className="source-where"> · {new URL(source.url).hostname}</span>}
              {source.person && <span className="source-where"> · {source.person}</span>}
              {source.onRecord === false && <span className="source-where"> · off the record</span>}
              <button type="button" className="link-button" aria-label={`Detach ${source.title}`} onClick={() => void run(() => api.detachSource({ factId: fact.id, sourceId: source.id }))}>
                Detach
              </button>
            </li>
          ))}
        </ul>
        <SourcePicker exclude={fact.sourceIds} onPick={(source) => void run(() => api.attachSource({ factId: fact.id, sourceId: source.id }))} onError={onError} />
      </div>
      {fact.checkedAt && (
        <p className="hint">
          {fact.status} by {fact.checkedBy || 'someone (set your name in Settings)'} on {new Date(fact.checkedAt).toLocaleString()}
        </p>
      )}
    </div>
  );
}
