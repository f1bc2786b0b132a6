import { useEffect, useMemo, useState } from 'react';
import type { DocJSON } from '../../../story/document';
import { exportGate } from '../../../story/facts/gate';
import { FACT_STATUS_SYMBOLS, type Fact } from '../../../story/facts/model';
import type { StoryEvent } from '../../../story/history';
import { useApi } from '../../api/TransportContext';
import { revealFact } from './factEvents';
import { FactReportLinks } from './FactReportLinks';

const REASON_SYMBOL = { unverified: FACT_STATUS_SYMBOLS.unverified, disputed: FACT_STATUS_SYMBOLS.disputed, false: FACT_STATUS_SYMBOLS.false, detached: FACT_STATUS_SYMBOLS.detached, 'needs-recheck': FACT_STATUS_SYMBOLS.disputed } as const;

/**
 * The export gate as the pane shows it: every fact still to check and every TK between the story and
 * "ready" or a final export, and an override whose reason is recorded in the story's history.
 */
export function ReadyCheck({ storyId, facts, body }: { storyId: string; facts: Fact[] | undefined; body: DocJSON }) {
  const api = useApi();
  const [overrides, setOverrides] = useState<StoryEvent[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // The same gate the export and the status change apply, read on the draft as it is on screen.
  const gate = useMemo(() => (facts ? exportGate(storyId, facts, body) : undefined), [storyId, facts, body]);

  useEffect(() => {
    let live = true;
    api
      .listStoryEvents({ id: storyId })
      .then((history) => live && setOverrides(history.filter((event) => event.kind === 'override')))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, storyId]);

  const override = async () => {
    try {
      const { event } = await api.overrideExportGate({ storyId, action: 'ready', note });
      setOverrides((list) => [...list, event]);
      setNote('');
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  if (!gate) return null;
  const last = overrides.at(-1);
  return (
    <section className="facts-section ready-check" aria-labelledby="ready-heading">
      <h3 id="ready-heading">Ready check</h3>
      {gate.clear ? (
        <p className="gate-clear">● Every fact checked and no TK left.</p>
      ) : (
        <>
          <p className="gate-summary" data-testid="gate-summary">
            Before “ready” or a final export: {gate.summary}.
          </p>
          <ul className="gate-list" aria-label="Still to check">
            {gate.blockers.map((blocker) =>
              blocker.type === 'tk' ? (
                <li key={`tk-${blocker.index}`}>
                  <span className="gate-tk">TK</span>
                  {blocker.note ? ` (${blocker.note})` : ''}: “…{blocker.context}…”
                </li>
              ) : (
                <li key={blocker.factId}>
                  <span aria-hidden="true">{REASON_SYMBOL[blocker.reason]} </span>
                  {blocker.reason === 'detached' ? (
                    <span>
                      detached {blocker.kind}: “{blocker.text.slice(0, 60)}”
                    </span>
                  ) : (
                    <button type="button" className="link-button" onClick={() => revealFact(blocker.factId)}>
                      {blocker.reason === 'needs-recheck' ? 'changed since verified' : blocker.reason} {blocker.kind}: “{blocker.text.slice(0, 60)}”
                    </button>
                  )}
                </li>
              ),
            )}
          </ul>
          <label className="fact-field">
            <span>Go on anyway because…</span>
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Recorded in the story history" />
          </label>
          <button type="button" disabled={note.trim() === ''} onClick={() => void override()}>
            Override and record
          </button>
        </>
      )}
      {error && (
        <p className="facts-error" role="alert">
          {error}
        </p>
      )}
      {last && (
        <p className="hint" role="status" data-testid="last-override">
          Override recorded in the story history on {new Date(last.at).toLocaleString()}: “{last.note}”
          {overrides.length > 1 ? ` (${overrides.length} overrides in all)` : ''}
        </p>
      )}
      <FactReportLinks storyId={storyId} />
    </section>
  );
}
