import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { displayStatus, FACT_KINDS, FACT_STATUS_SYMBOLS, FACT_STATUSES, type Fact, type FactStatus } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { FactDetails } from './FactDetails';
import { revealFact } from './factEvents';

/** Status keys in the list: the first letter, except "x" for false (f is taken by nothing, but x reads as a cross). */
const STATUS_KEYS: Record<string, FactStatus> = { u: 'unverified', s: 'sourced', v: 'verified', d: 'disputed', x: 'false', r: 'removed' };

type StatusFilter = 'all' | FactStatus | 'detached' | 'open';

interface Props {
  storyId: string;
  facts: Fact[];
  onChanged(fact: Fact): void;
  onRemoved(factId: string): void;
  onError(message: string): void;
}

const isOpen = (fact: Fact) => fact.detached || fact.needsRecheck || fact.status === 'unverified' || fact.status === 'disputed' || fact.status === 'false';

export function FactList({ storyId, facts, onChanged, onRemoved, onError }: Props) {
  const api = useApi();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [kind, setKind] = useState<'all' | Fact['kind']>('all');
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [expandedId, setExpandedId] = useState<string | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(
    () =>
      facts.filter(
        (fact) =>
          (kind === 'all' || fact.kind === kind) &&
          (status === 'all' || (status === 'open' ? isOpen(fact) : status === 'detached' ? fact.detached : !fact.detached && fact.status === status)),
      ),
    [facts, status, kind],
  );
  const active = shown.find((f) => f.id === activeId) ?? shown[0];
  const expanded = shown.find((f) => f.id === expandedId);

  const setFactStatus = async (fact: Fact, next: FactStatus) => {
    try {
      onChanged(await api.updateFact({ factId: fact.id, status: next }));
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const move = (to: Fact | undefined) => {
    if (!to) return;
    setActiveId(to.id);
    revealFact(to.id);
    document.getElementById(`fact-${to.id}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== listRef.current) return;
    const index = active ? shown.indexOf(active) : -1;
    const key = event.key;
    if (key === 'ArrowDown') move(shown[Math.min(shown.length - 1, index + 1)]);
    else if (key === 'ArrowUp') move(shown[Math.max(0, index - 1)]);
    else if (key === 'Home') move(shown[0]);
    else if (key === 'End') move(shown[shown.length - 1]);
    else if (key === 'F8') {
      // Next (⇧: previous) fact still to check, wrapping round.
      const order = event.shiftKey ? shown.toReversed() : shown;
      const from = active ? order.indexOf(active) : -1;
      move([...order.slice(from + 1), ...order.slice(0, from + 1)].find(isOpen));
    } else if (key === 'Enter' && active) setExpandedId(expandedId === active.id ? undefined : active.id);
    else if (active && !event.metaKey && !event.ctrlKey && !event.altKey && STATUS_KEYS[key.toLowerCase()]) void setFactStatus(active, STATUS_KEYS[key.toLowerCase()]!);
    else return;
    event.preventDefault();
  };

  if (facts.length === 0) {
    return (
      <div className="empty-state facts-empty">
        <p>No facts tagged in this story yet.</p>
        <p className="hint">Select words in the story and press ⌘⇧F (Ctrl+Shift+F), then a letter for the kind, or accept a suggestion below.</p>
      </div>
    );
  }

  return (
    <div className="fact-list-section">
      <div className="facts-filters">
        <label>
          <span className="visually-hidden">Filter by status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} aria-label="Filter by status">
            <option value="all">All statuses</option>
            <option value="open">Still to check</option>
            {FACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FACT_STATUS_SYMBOLS[s]} {s}
              </option>
            ))}
            <option value="detached">{FACT_STATUS_SYMBOLS.detached} detached</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">Filter by kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} aria-label="Filter by kind">
            <option value="all">All kinds</option>
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* The listbox owns focus and the keys (aria-activedescendant), as the ARIA listbox pattern asks. */}
      <div
        ref={listRef}
        className="fact-list"
        role="listbox"
        aria-label="Facts in document order"
        tabIndex={0}
        aria-activedescendant={active ? `fact-${active.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.length === 0 && <p className="hint facts-none">No facts match these filters.</p>}
        {shown.map((fact) => (
          <FactRow
            key={fact.id}
            fact={fact}
            active={fact.id === active?.id}
            expanded={fact.id === expandedId}
            onSelect={() => {
              setActiveId(fact.id);
              revealFact(fact.id);
              setExpandedId(expandedId === fact.id ? undefined : fact.id);
            }}
          />
        ))}
      </div>
      {expanded && (
        <div className="fact-details-panel" aria-label={`Details of ${expanded.kind} “${(expanded.currentText ?? expanded.text).slice(0, 40)}”`} role="group">
          <FactDetails key={expanded.id} storyId={storyId} fact={expanded} onChanged={onChanged} onRemoved={onRemoved} onError={onError} />
        </div>
      )}
      <p className="hint facts-keys">↑↓ move · Enter details · u s v d x r set status · F8 next to check</p>
    </div>
  );
}

function FactRow({ fact, active, expanded, onSelect }: { fact: Fact; active: boolean; expanded: boolean; onSelect(): void }) {
  const shown = displayStatus(fact);
  const words = fact.currentText ?? fact.text;
  return (
    <div id={`fact-${fact.id}`} role="option" aria-selected={active} data-expanded={expanded} data-fact-id={fact.id} data-status={shown} className={`fact-item${active ? ' active' : ''}`}>
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className="fact-row" onClick={onSelect}>
        <span className={`fact-symbol status-${shown}`} aria-hidden="true">
          {FACT_STATUS_SYMBOLS[shown]}
        </span>
        <span className="fact-kind">{fact.kind}</span>
        <span className={`fact-status status-${shown}`}>{shown}</span>
        {fact.needsRecheck && <span className="fact-flag">changed since verified</span>}
        <span className="fact-text">{/^["“‘']/.test(words) ? words : `“${words}”`}</span>
        <span className="fact-meta">
          {fact.attribution && <span>{fact.attribution}</span>}
          <span>
            {fact.sourceIds.length} src
          </span>
          {fact.checkedBy && fact.checkedAt && <span>checked by {fact.checkedBy}</span>}
        </span>
      </div>
    </div>
  );
}
