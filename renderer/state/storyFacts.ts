import { useEffect, useSyncExternalStore } from 'react';
import type { Fact } from '../../story/facts/model';
import type { Transport } from '../api/transport';
import { useTransport } from '../api/TransportContext';
import { retainLiveEntry, type LiveEntry } from './liveEntries';

/**
 * The facts of the open story, loaded once and shared by every reader: the facts pane, the
 * editor's status underlines and F8, the status bar (and the preview's overlay). Reloaded when
 * the main process says the story's facts changed (`factsChanged`: tagged, checked, sourced, or
 * reconciled with a saved body); a change made here is shown at once with `put`.
 */
export interface StoryFactsState {
  facts: Fact[] | undefined;
  error: string | undefined;
}

interface Entry extends LiveEntry {
  state: StoryFactsState;
}

const EMPTY: StoryFactsState = { facts: undefined, error: undefined };
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function set(storyId: string, state: StoryFactsState): void {
  const entry = entries.get(storyId);
  if (!entry) return;
  entry.state = state;
  notify();
}

function load(transport: Transport, storyId: string): void {
  const entry = entries.get(storyId);
  if (!entry) return;
  const load = ++entry.loads;
  transport.api.listFacts({ storyId }).then(
    (facts) => entry.loads === load && set(storyId, { facts, error: undefined }),
    (error: Error) => entry.loads === load && set(storyId, { facts: entry.state.facts, error: error.message }),
  );
}

function retain(transport: Transport, storyId: string): () => void {
  return retainLiveEntry(entries, storyId, transport, {
    create: () => ({ state: EMPTY, users: 0, loads: 0, stop: () => undefined }),
    load: () => load(transport, storyId),
    listen: () => transport.on.factsChanged(({ storyId: changed }) => changed === storyId && load(transport, storyId)),
    released: notify,
  });
}

export const storyFacts = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get(storyId: string | undefined): StoryFactsState {
    return (storyId && entries.get(storyId)?.state) || EMPTY;
  },
  /** Show a fact as the API just returned it (created or changed), before the reload the event brings. */
  put(fact: Fact): void {
    const state = entries.get(fact.storyId)?.state;
    if (!state?.facts) return;
    const known = state.facts.some((f) => f.id === fact.id);
    set(fact.storyId, { ...state, facts: known ? state.facts.map((f) => (f.id === fact.id ? fact : f)) : [...state.facts, fact] });
  },
  remove(storyId: string, factId: string): void {
    const state = entries.get(storyId)?.state;
    if (state?.facts) set(storyId, { ...state, facts: state.facts.filter((f) => f.id !== factId) });
  },
};

/** The facts of a story, kept current while the component is mounted. */
export function useStoryFacts(storyId: string | undefined): StoryFactsState {
  const transport = useTransport();
  useEffect(() => (storyId ? retain(transport, storyId) : undefined), [transport, storyId]);
  return useSyncExternalStore(storyFacts.subscribe, () => storyFacts.get(storyId));
}
