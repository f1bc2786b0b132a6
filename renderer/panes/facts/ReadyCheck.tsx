import { useEffect, useState } from 'react';
import type { GateResult } from '../../../story/facts/gate';
import type { Fact } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { revealFact } from './factEvents';

/** The export gate as the pane shows it: what stands between the story and "ready", and an override with a recorded reason. */
export function ReadyCheck({ storyId, facts }: { storyId: string; facts: Fact[] | undefined }) {
  const api = useApi();
  const [gate, setGate] = useState<GateResult | undefined>(undefined);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);

  // Read again whenever the facts change.
  useEffect(() => {
    if (facts === undefined) return;
    let live = true;
    api
      .checkExportGate({ storyId })
      .then((result) => live && setGate(result))
      .catch(() => live && setGate(undefined));
    return () => {
      live = false;
    };
  }, [api, storyId, facts]);

  const override = async () => {
    try {
      const { event } = await api.overrideExportGate({ storyId, action: 'ready', note });
      setMessage(`Override recorded in the story history (${new Date(event.at).toLocaleString()}).`);
      setNote('');
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  if (!gate) return null;
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
          <ul className="gate-list">
            {gate.blockers.slice(0, 12).map((blocker) =>
              blocker.type === 'tk' ? (
                <li key={`tk-${blocker.index}`}>
                  TK{blocker.note ? ` (${blocker.note})` : ''}: “…{blocker.context}…”
                </li>
              ) : (
                <li key={blocker.factId}>
                  <button type="button" className="link-button" onClick={() => revealFact(blocker.factId)}>
                    {blocker.reason}: “{blocker.text.slice(0, 60)}”
                  </button>
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
      {message && <p className="hint" role="status">{message}</p>}
    </section>
  );
}
