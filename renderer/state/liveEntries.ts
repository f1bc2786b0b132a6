import type { Transport } from '../api/transport';

/** What every entry of a live store carries: its readers, and a counter that outdates loads in flight. */
export interface LiveEntry {
  users: number;
  /** Only the newest load's answer is kept. */
  loads: number;
  stop(): void;
}

interface Lifecycle<E extends LiveEntry> {
  create(): E;
  /** Read the entry's value from the API. */
  load(entry: E): void;
  /** Keep it current from the events; returns the unsubscribe. */
  listen(entry: E): () => void;
  /** Called when the last reader let it go and the entry was dropped. */
  released(): void;
}

/**
 * Holds `entries.get(key)` for one more reader; the returned function lets it go. The first reader
 * creates and loads the entry and subscribes it to its events, and to the connection: events sent
 * while it was down are lost, so the entry is loaded again when it comes back. The last one to let
 * go drops it (and outdates any load still in flight).
 */
export function retainLiveEntry<K, E extends LiveEntry>(entries: Map<K, E>, key: K, transport: Transport, lifecycle: Lifecycle<E>): () => void {
  let entry = entries.get(key);
  if (!entry) {
    const created = lifecycle.create();
    entries.set(key, created);
    const stopEvents = lifecycle.listen(created);
    const stopConnection = transport.onConnection((state) => state === 'connected' && lifecycle.load(created));
    created.stop = () => {
      stopEvents();
      stopConnection();
    };
    entry = created;
    lifecycle.load(created);
  }
  entry.users++;
  const held = entry;
  return () => {
    if (--held.users > 0) return;
    held.stop();
    held.loads++;
    entries.delete(key);
    lifecycle.released();
  };
}
