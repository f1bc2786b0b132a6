import { useMemo, useState } from 'react';
import { FACT_KINDS, type FactKind } from '../../../story/facts/model';
import type { Suggestion } from '../../../story/analysis/types';
import { sentenceAround } from '../../../story/analysis/mentions';
import type { Fact, FactMeta } from '../../../story/facts/model';

const NAME_KINDS: readonly FactKind[] = ['person', 'organisation', 'place'];
import { useApi } from '../../api/TransportContext';
import { requestTag } from './factEvents';
import { quoted } from './quoted';

interface Props {
  storyId: string;
  /** The text the suggestions' offsets refer to. */
  text: string;
  suggestions: Suggestion[] | undefined;
  /** Suggestions dismissed in this story (still in the draft), to bring back. */
  dismissed: Suggestion[];
  error: string | undefined;
  onDismissed(keys: string[]): void;
  onTagged(fact: Fact): void;
  onError(message: string): void;
}

const SHOWN = 40;

function metaOf(s: Suggestion): FactMeta {
  return {
    ...(s.name ? { name: s.name } : {}),
    ...(s.title ? { title: s.title } : {}),
    ...(s.speaker?.asWritten ? { speakerAsWritten: s.speaker.asWritten } : {}),
    ...(s.resolvedDate ? { resolvedDate: s.resolvedDate } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.quoteType ? { quoteType: s.quoteType } : {}),
  };
}


function detail(s: Suggestion): string {
  if (s.kind === 'quote') return s.speaker?.resolved ? `${s.quoteType ?? 'quote'} · ${s.speaker.resolved}${s.speaker.asWritten && s.speaker.asWritten !== s.speaker.resolved ? ` (“${s.speaker.asWritten}”)` : ''}` : `${s.quoteType ?? 'quote'} · speaker not found`;
  if (s.kind === 'date') return s.resolvedDate ? `= ${s.resolvedDate.replace('/', ' – ')}` : 'date';
  if (s.kind === 'person') return s.title ? `person · ${s.title}` : 'person';
  return s.kind;
}

/** What the suggesters found in the draft: accept (it becomes a fact) or dismiss (remembered for this story). */
export function SuggestionList({ storyId, text, suggestions, dismissed, error, onDismissed, onTagged, onError }: Props) {
  const api = useApi();
  const [expanded, setExpanded] = useState(false);
  const [kind, setKind] = useState<'all' | FactKind>('all');
  const [showDismissed, setShowDismissed] = useState(false);

  // A name said ten times is one suggestion (its first mention), with its count; quotes, figures and dates each stand alone.
  const grouped = useMemo(() => {
    const seen = new Map<string, { suggestion: Suggestion; count: number }>();
    const out: Array<{ suggestion: Suggestion; count: number }> = [];
    for (const suggestion of suggestions ?? []) {
      if (!NAME_KINDS.includes(suggestion.kind)) {
        out.push({ suggestion, count: 1 });
        continue;
      }
      const first = seen.get(suggestion.key);
      if (first) first.count++;
      else {
        const entry = { suggestion, count: 1 };
        seen.set(suggestion.key, entry);
        out.push(entry);
      }
    }
    return out;
  }, [suggestions]);

  const accept = async (s: Suggestion) => {
    const request = {
      storyId,
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: s.text,
      context: sentenceAround(text, s.start),
      attribution: s.speaker?.resolved ?? '',
      meta: metaOf(s),
    };
    // The editor, when it handles tagging, creates the fact and marks the words itself.
    if (requestTag(request)) return;
    try {
      onTagged(await api.createFact({ storyId, kind: s.kind, text: s.text, context: request.context, attribution: request.attribution, meta: request.meta }));
    } catch (failure) {
      onError((failure as Error).message);
    }
  };

  const restore = async (s: Suggestion) => {
    try {
      onDismissed(await api.restoreSuggestion({ storyId, key: s.key }));
    } catch (failure) {
      onError((failure as Error).message);
    }
  };

  const dismiss = async (s: Suggestion) => {
    try {
      onDismissed(await api.dismissSuggestion({ storyId, key: s.key }));
    } catch (failure) {
      onError((failure as Error).message);
    }
  };

  const list = grouped.filter((entry) => kind === 'all' || entry.suggestion.kind === kind);
  const visible = expanded ? list : list.slice(0, SHOWN);
  return (
    <section className="facts-section" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">
        Suggestions <span className="pane-count">{suggestions ? list.length : '…'}</span>
      </h3>
      <div className="facts-filters suggestion-filters">
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} aria-label="Show suggestions of kind">
          <option value="all">All kinds</option>
          {FACT_KINDS.filter((k) => k !== 'claim').map((k) => (
            <option key={k} value={k}>
              {k}s ({grouped.filter((entry) => entry.suggestion.kind === k).length})
            </option>
          ))}
        </select>
      </div>
      {error && <p className="hint">The suggesters could not read this draft: {error}</p>}
      {suggestions && list.length === 0 && <p className="hint">Nothing new to suggest.</p>}
      <ul className="suggestion-list">
        {visible.map(({ suggestion: s, count }) => (
          <li key={`${s.kind}:${s.start}:${s.end}`} className="suggestion" data-kind={s.kind}>
            <span className="suggestion-text">
              <span className="fact-kind">{s.kind}</span> {quoted(s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text)}
            </span>
            <span className="suggestion-detail">
              {detail(s)}
              {count > 1 ? ` · ${count} mentions` : ''}
            </span>
            <span className="fact-actions">
              <button type="button" aria-label={`Accept ${s.kind} “${s.text.slice(0, 40)}”`} onClick={() => void accept(s)}>
                Accept
              </button>
              <button type="button" aria-label={`Dismiss ${s.kind} “${s.text.slice(0, 40)}”`} onClick={() => void dismiss(s)}>
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
      {list.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${list.length}`}
        </button>
      )}
      {dismissed.length > 0 && (
        <p className="hint dismissed-toggle">
          <button type="button" className="link-button" aria-expanded={showDismissed} onClick={() => setShowDismissed(!showDismissed)}>
            {showDismissed ? 'Hide' : 'Show'} {dismissed.length} dismissed
          </button>
        </p>
      )}
      {showDismissed && (
        <ul className="suggestion-list dismissed-list" aria-label="Dismissed suggestions">
          {dismissed.map((s) => (
            <li key={s.key} className="suggestion dismissed">
              <span className="suggestion-text">
                <span className="fact-kind">{s.kind}</span> {quoted(s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text)}
              </span>
              <span className="fact-actions">
                <button type="button" aria-label={`Restore ${s.kind} “${s.text.slice(0, 40)}”`} onClick={() => void restore(s)}>
                  Restore
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
