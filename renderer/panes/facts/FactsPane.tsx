import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { plainTextOf } from '../../../story/document';
import { factSummary } from '../../../story/facts/summary';
import { factRangesInText, sameWords } from '../../../story/facts/marks';
import type { Suggestion } from '../../../story/analysis/types';
import type { ConsistencyWarning } from '../../../story/analysis/consistency';
import { useApi } from '../../api/TransportContext';
import { storyFacts, useStoryFacts } from '../../state/storyFacts';
import { SourceLedger } from './sources/SourceLedger';
import { RegistryView } from './registry/RegistryView';
import { useLiveDraft, type LiveDraft } from '../../state/liveDraft';
import { FactList } from './FactList';
import { SuggestionList } from './SuggestionList';
import { ConsistencyList } from './ConsistencyList';
import { ReadyCheck } from './ReadyCheck';
import { useDraftAnalysis } from './useDraftAnalysis';
import './factStatus.css';
import './factsPane.css';

const NAME_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'place']);

/** The facts of the open story: tagged facts with status and sources, suggestions, consistency warnings, the ready check. */
export function FactsPane() {
  // Rendered at low priority: React yields to typing while the pane catches up with the draft.
  const draft = useDeferredValue(useLiveDraft());
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
  const storyId = draft.storyId;
  const { facts, error: loadError } = useStoryFacts(storyId);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<ConsistencyWarning[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [view, setView] = useState<{ name: 'sources'; sourceId?: string } | { name: 'registry' } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api
      .listDismissedSuggestions({ storyId })
      .then((keys) => live && setDismissed(keys))
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [api, storyId]);

  const text = useMemo(() => plainTextOf(draft.fields.body), [draft.fields.body]);
  const { analysis, error: analysisError, state: analysisState } = useDraftAnalysis(text, draft.fields.dateline.date || undefined);

  // Suggestions not yet tagged and not dismissed: a name once tagged anywhere is tagged; a quote, figure or date where a fact of its kind is marked.
  const marked = useMemo(() => factRangesInText(draft.fields.body), [draft.fields.body]);
  // In the order of the draft on screen (a fact just tagged takes its place before the save says so).
  const ordered = useMemo(() => {
    if (!facts) return undefined;
    const place = new Map<string, number>();
    for (const range of marked) if (!place.has(range.factId)) place.set(range.factId, range.start);
    return facts.toSorted((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
  }, [facts, marked]);
  const suggestions = useMemo(() => {
    if (!analysis) return undefined;
    const byId = new Map((facts ?? []).map((fact) => [fact.id, fact]));
    const names = (facts ?? []).filter((fact) => NAME_KINDS.has(fact.kind)).map((fact) => fact.currentText ?? fact.text);
    const tagged = (s: Suggestion) =>
      NAME_KINDS.has(s.kind)
        ? names.some((words) => sameWords(words, s.text))
        : marked.some((range) => byId.get(range.factId)?.kind === s.kind && range.start < s.end && range.end > s.start);
    return analysis.suggestions.filter((s) => !dismissed.includes(s.key) && !tagged(s));
  }, [analysis, facts, dismissed, marked]);
  // Dismissed ones, one per key, to bring back.
  const dismissedSuggestions = useMemo(() => {
    const seen = new Set<string>();
    return (analysis?.suggestions ?? []).filter((s) => dismissed.includes(s.key) && !seen.has(s.key) && seen.add(s.key));
  }, [analysis, dismissed]);

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

  const shownError = error ?? loadError;

  return (
    <>
      <header className="pane-header">
        <h2 id="facts-heading">Facts</h2>
        <span className="pane-header-actions">
          <button type="button" className="link-button" onClick={() => setView({ name: 'sources' })}>
            Sources
          </button>
          <button type="button" className="link-button" onClick={() => setView({ name: 'registry' })}>
            Names
          </button>
        </span>
      </header>
      <p className="facts-summary" data-testid="facts-summary" aria-live="polite">
        {facts ? factSummary(facts) : '…'}
      </p>
      <div className="facts-scroll" data-analysis={analysisState}>
        {shownError && (
          <p className="facts-error" role="alert">
            {shownError}
            <button type="button" className="link-button" onClick={() => setError(undefined)}>
              Dismiss
            </button>
          </p>
        )}
        {ordered && (
          <FactList
            storyId={storyId}
            facts={ordered}
            onChanged={storyFacts.put}
            onRemoved={(id) => storyFacts.remove(storyId, id)}
            onError={setError}
            onOpenSource={(sourceId) => setView({ name: 'sources', sourceId })}
          />
        )}
        <SuggestionList
          storyId={storyId}
          text={analysis?.text ?? text}
          suggestions={suggestions}
          dismissed={dismissedSuggestions}
          error={analysisError}
          onDismissed={setDismissed}
          onTagged={storyFacts.put}
          onError={setError}
        />
        <ConsistencyList warnings={warnings} onMarked={(spelling) => setWarnings((list) => list.filter((w) => w.spelling !== spelling))} onError={setError} storyId={storyId} />
        <ReadyCheck storyId={storyId} facts={ordered} body={draft.fields.body} />
      </div>
      {view?.name === 'sources' && <SourceLedger storyId={storyId} initialSourceId={view.sourceId} onClose={() => setView(undefined)} />}
      {view?.name === 'registry' && <RegistryView onClose={() => setView(undefined)} />}
    </>
  );
}
