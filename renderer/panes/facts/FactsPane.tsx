import { useEffect, useMemo, useState } from 'react';
import { plainTextOf } from '../../../story/document';
import { factSummary } from '../../../story/facts/summary';
import { sameWords } from '../../../story/facts/marks';
import type { Fact } from '../../../story/facts/model';
import type { ConsistencyWarning } from '../../../story/analysis/consistency';
import { useApi, useTransport } from '../../api/TransportContext';
import { useLiveDraft, type LiveDraft } from '../../state/liveDraft';
import { FactList } from './FactList';
import { SuggestionList } from './SuggestionList';
import { ConsistencyList } from './ConsistencyList';
import { ReadyCheck } from './ReadyCheck';
import { useDraftAnalysis } from './useDraftAnalysis';
import './factsPane.css';

/** The facts of the open story: tagged facts with status and sources, suggestions, consistency warnings, the ready check. */
export function FactsPane() {
  const draft = useLiveDraft();
  return (
    <section className="pane facts-pane" aria-labelledby="facts-heading">
      {draft ? (
        <StoryFacts key={draft.storyId} draft={draft} />
      ) : (
        <>
          <header className="pane-header">
            <h2 id="facts-heading">Facts</h2>
          </header>
          <div className="empty-state">
            <p>No story open.</p>
            <p className="hint">Open a story to see its facts, sources and suggestions.</p>
          </div>
        </>
      )}
    </section>
  );
}

function StoryFacts({ draft }: { draft: LiveDraft }) {
  const api = useApi();
  const transport = useTransport();
  const storyId = draft.storyId;
  const [facts, setFacts] = useState<Fact[] | undefined>(undefined);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<ConsistencyWarning[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  // Read on opening and whenever the main process says this story's facts (or body) changed.
  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([api.listFacts({ storyId }), api.listDismissedSuggestions({ storyId })])
        .then(([list, keys]) => {
          if (!live) return;
          setFacts(list);
          setDismissed(keys);
          setError(undefined);
        })
        .catch((failure: Error) => live && setError(failure.message));
    void load();
    const offFacts = transport.on.factsChanged(({ storyId: changed }) => {
      if (changed === storyId) void load();
    });
    const offLibrary = transport.on.libraryChanged(({ storyIds }) => {
      if (storyIds.includes(storyId)) void load();
    });
    return () => {
      live = false;
      offFacts();
      offLibrary();
    };
  }, [api, transport, storyId]);

  const text = useMemo(() => plainTextOf(draft.fields.body), [draft.fields.body]);
  const { analysis, error: analysisError } = useDraftAnalysis(text, draft.fields.dateline.date || undefined);

  // Suggestions not yet tagged and not dismissed.
  const suggestions = useMemo(() => {
    if (!analysis) return undefined;
    const tagged = (facts ?? []).map((fact) => fact.currentText ?? fact.text);
    return analysis.suggestions.filter((s) => !dismissed.includes(s.key) && !tagged.some((words) => sameWords(words, s.text)));
  }, [analysis, facts, dismissed]);

  // Checked again when the draft's reading or the facts change.
  useEffect(() => {
    if (!analysis || !facts) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .checkConsistency({ storyId, mentions: analysis.mentions })
        .then((found) => live && setWarnings(found))
        .catch(() => live && setWarnings([]));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, storyId, analysis, facts]);

  const replace = (fact: Fact) => setFacts((list) => list?.map((f) => (f.id === fact.id ? fact : f)));

  return (
    <>
      <header className="pane-header">
        <h2 id="facts-heading">Facts</h2>
      </header>
      <p className="facts-summary" data-testid="facts-summary" aria-live="polite">
        {facts ? factSummary(facts) : '…'}
      </p>
      <div className="facts-scroll">
        {error && (
          <p className="facts-error" role="alert">
            {error}
          </p>
        )}
        {facts && <FactList storyId={storyId} facts={facts} onChanged={replace} onRemoved={(id) => setFacts((list) => list?.filter((f) => f.id !== id))} onError={setError} />}
        <SuggestionList
          storyId={storyId}
          text={analysis?.text ?? text}
          suggestions={suggestions}
          error={analysisError}
          onDismissed={setDismissed}
          onTagged={(fact) => setFacts((list) => (list ? [...list, fact] : [fact]))}
          onError={setError}
        />
        <ConsistencyList warnings={warnings} onMarked={(spelling) => setWarnings((list) => list.filter((w) => w.spelling !== spelling))} onError={setError} storyId={storyId} />
        <ReadyCheck storyId={storyId} facts={facts} />
      </div>
    </>
  );
}
