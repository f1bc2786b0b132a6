import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isOpenFact } from '../../../story/facts/gate';
import { displayStatus, FACT_KINDS, FACT_STATUS_SYMBOLS, FACT_STATUSES, type Fact, type FactStatus } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { useLatest } from '../../hooks/useLatest';
import { FactDetails } from './FactDetails';
import { quoted } from './quoted';
import { FACT_FOCUSED, revealFact, WALK_FACTS } from './factEvents';

/** Status keys in the list: the first letter, except "x" for false (x reads as a cross). */
const STATUS_KEYS: Record<string, FactStatus> = { u: 'unverified', s: 'sourced', v: 'verified', d: 'disputed', x: 'false', r: 'removed' };

type StatusFilter = 'all' | FactStatus | 'detached' | 'open';

interface Props {
  storyId: string;
  facts: Fact[];
  onChanged(fact: Fact): void;
  onRemoved(factId: string): void;
  onError(message: string): void;
  onOpenSource(sourceId: string): void;
}

const matches = (fact: Fact, status: StatusFilter, kind: 'all' | Fact['kind']) =>
  (kind === 'all' || fact.kind === kind) &&
  (status === 'all' || (status === 'open' ? isOpenFact(fact) : status === 'detached' ? fact.detached : !fact.detached && fact.status === status));

export function FactList({ storyId, facts, onChanged, onRemoved, onError, onOpenSource }: Props) {
  const api = useApi();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [kind, setKind] = useState<'all' | Fact['kind']>('all');
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [expandedId, setExpandedId] = useState<string | undefined>(undefined);
  /** Bumped to open the source picker of the expanded fact from the keyboard ("a"). */
  const [addSourceKey, setAddSourceKey] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  // In the story's order; detached facts (no place in the story) in a group of their own at the end.
  const shown = useMemo(() => {
    const list = facts.filter((fact) => matches(fact, status, kind));
    return [...list.filter((f) => !f.detached), ...list.filter((f) => f.detached)];
  }, [facts, status, kind]);
  const active = shown.find((f) => f.id === activeId) ?? shown[0];
  const expanded = shown.find((f) => f.id === expandedId);
  const attached = shown.filter((f) => !f.detached);
  const detached = shown.filter((f) => f.detached);

  const setFactStatus = async (fact: Fact, next: FactStatus) => {
    try {
      onChanged(await api.updateFact({ factId: fact.id, status: next }));
    } catch (error) {
      onError((error as Error).message);
    }
  };

  /** Make a fact the current one: its row in view, its words shown in the story (the focus stays here). */
  const move = (to: Fact | undefined) => {
    if (!to) return;
    setActiveId(to.id);
    if (!to.detached) revealFact(to.id, false);
    document.getElementById(`fact-${to.id}`)?.scrollIntoView({ block: 'nearest' });
  };
  const moveRef = useLatest(move);
  // F8 / ⇧F8 while the list has the focus walks the list as filtered; the editor's F8 shows its fact here.
  const shownRef = useLatest({ shown, active });
  useEffect(() => {
    const onWalk = (event: Event) => {
      if (!listRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      const { shown: list, active: current } = shownRef.current;
      const order = (event as CustomEvent<{ direction: 'next' | 'previous' }>).detail.direction === 'previous' ? list.toReversed() : list;
      const from = current ? order.indexOf(current) : -1;
      moveRef.current([...order.slice(from + 1), ...order.slice(0, from + 1)].find(isOpenFact));
    };
    const onFocused = (event: Event) => {
      const { factId } = (event as CustomEvent<{ factId: string }>).detail;
      setActiveId(factId);
      document.getElementById(`fact-${factId}`)?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener(WALK_FACTS, onWalk);
    window.addEventListener(FACT_FOCUSED, onFocused);
    return () => {
      window.removeEventListener(WALK_FACTS, onWalk);
      window.removeEventListener(FACT_FOCUSED, onFocused);
    };
  }, [moveRef, shownRef]);

  const row = (fact: Fact) => (
    <FactRow
      key={fact.id}
      fact={fact}
      active={fact.id === active?.id}
      expanded={fact.id === expandedId}
      onSelect={() => {
        setActiveId(fact.id);
        if (!fact.detached) revealFact(fact.id, false);
        setExpandedId(fact.id);
        listRef.current?.focus({ preventScroll: true });
      }}
      onGoTo={() => !fact.detached && revealFact(fact.id, true)}
    />
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== listRef.current || event.metaKey || event.ctrlKey || event.altKey) return;
    const index = active ? shown.indexOf(active) : -1;
    const key = event.key;
    const letter = key.toLowerCase();
    if (key === 'ArrowDown') move(shown[Math.min(shown.length - 1, index + 1)]);
    else if (key === 'ArrowUp') move(shown[Math.max(0, index - 1)]);
    else if (key === 'Home') move(shown[0]);
    else if (key === 'End') move(shown[shown.length - 1]);
    else if (key === 'Enter' && active) setExpandedId(expandedId === active.id ? undefined : active.id);
    else if (key === 'Escape' && expandedId) setExpandedId(undefined);
    else if (letter === 'e' && active && !active.detached) revealFact(active.id, true);
    else if (letter === 'a' && active) {
      setExpandedId(active.id);
      setAddSourceKey((n) => n + 1);
    } else if (active && STATUS_KEYS[letter]) void setFactStatus(active, STATUS_KEYS[letter]!);
    else return;
    event.preventDefault();
  };

  if (facts.length === 0) {
    return (
      <div className="empty-state facts-empty">
        <p>No facts tagged in this story yet.</p>
        <p className="hint">Select words in the story and press ⌘⇧F (Ctrl+Shift+F), then a letter for the kind, or use the Fact button, or accept a suggestion below.</p>
      </div>
    );
  }

  return (
    <div className="fact-list-section">
      <div className="facts-filters">
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
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} aria-label="Filter by kind">
          <option value="all">All kinds</option>
          {FACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
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
        {attached.map(row)}
        {detached.length > 0 && (
          <div role="group" aria-labelledby="facts-detached-label" className="fact-group">
            <div id="facts-detached-label" className="fact-group-label">
              {FACT_STATUS_SYMBOLS.detached} Detached: words gone from the draft ({detached.length})
            </div>
            {detached.map(row)}
          </div>
        )}
      </div>
      {expanded && (
        <div className="fact-details-panel" aria-label={`Details of ${expanded.kind} “${(expanded.currentText ?? expanded.text).slice(0, 40)}”`} role="group">
          <FactDetails
            key={expanded.id}
            storyId={storyId}
            fact={expanded}
            addSourceKey={addSourceKey}
            onChanged={onChanged}
            onRemoved={onRemoved}
            onError={onError}
            onOpenSource={onOpenSource}
          />
        </div>
      )}
      <p className="hint facts-keys">↑↓ move · Enter details (Esc closes) · u s v d x r status · a add source · e go to words · F8 next to check</p>
    </div>
  );
}

function FactRow({ fact, active, expanded, onSelect, onGoTo }: { fact: Fact; active: boolean; expanded: boolean; onSelect(): void; onGoTo(): void }) {
  const shown = displayStatus(fact);
  const words = fact.currentText ?? fact.text;
  return (
      <div
        id={`fact-${fact.id}`}
        role="option"
        aria-selected={active}
        data-expanded={expanded}
        data-fact-id={fact.id}
        data-status={shown}
        data-recheck={fact.needsRecheck || undefined}
        className={`fact-item${active ? ' active' : ''}`}
      >
        {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- the listbox has the keys */}
        <div className="fact-row" onClick={onSelect} onDoubleClick={onGoTo}>
          <span className={`fact-symbol status-${shown}`} aria-hidden="true">
            {FACT_STATUS_SYMBOLS[shown]}
          </span>
          <span className="fact-kind">{fact.kind}</span>
          <span className={`fact-status status-${shown}`}>
            {shown}
            {fact.detached && fact.status !== 'unverified' && <span className="fact-was"> · was {fact.status}</span>}
          </span>
          {fact.needsRecheck && <span className="fact-flag">◑ changed since verified: re-check</span>}
          <span className="fact-text">{quoted(words)}</span>
          <span className="fact-meta">
            {fact.attribution && <span className="fact-attribution">{fact.attribution}</span>}
            <span>{fact.sourceIds.length === 1 ? '1 source' : `${fact.sourceIds.length} sources`}</span>
            {fact.meta?.resolvedDate && <span>= {fact.meta.resolvedDate.replace('/', ' – ')}</span>}
          </span>
        </div>
      </div>
  );
}
