import { useEffect, useSyncExternalStore } from 'react';
import type { Settings } from '../../story/settings';
import type { Transport } from '../api/transport';
import { useTransport } from '../api/TransportContext';
import { retainLiveEntry, type LiveEntry } from './liveEntries';

/**
 * The settings, loaded once per transport and shared by every reader: the checker's name, the
 * headline and dek targets, the preview's house choices. Replaced by each `settingsChanged`
 * event, read again when the connection comes back (events sent while it was down are lost),
 * and set at once with `put` from the answer of this window's own `updateSettings`.
 */
/** A newer value (an event, a put) also outdates a load in flight. */
interface Entry extends LiveEntry {
  settings: Settings | undefined;
}

const entries = new Map<Transport, Entry>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function set(entry: Entry, settings: Settings): void {
  entry.loads++;
  entry.settings = settings;
  notify();
}

function load(transport: Transport, entry: Entry): void {
  const load = ++entry.loads;
  transport.api.getSettings({}).then(
    (settings) => entry.loads === load && set(entry, settings),
    // A failed read keeps the last value; the next event or reconnect brings a fresh one.
    () => undefined,
  );
}

function retain(transport: Transport): () => void {
  return retainLiveEntry(entries, transport, transport, {
    create: () => ({ settings: undefined, users: 0, loads: 0, stop: () => undefined }),
    load: (entry) => load(transport, entry),
    listen: (entry) => transport.on.settingsChanged((settings) => set(entry, settings)),
    released: notify,
  });
}

export const settingsStore = {
  /** Keep the settings of this transport loaded and current; call the returned function when done. */
  retain,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The settings as last known, undefined until the first load answered (or while nothing reads them). */
  get(transport: Transport): Settings | undefined {
    return entries.get(transport)?.settings;
  },
  /** Show settings as the API just returned them (this window's `updateSettings`), before the event comes. */
  put(transport: Transport, settings: Settings): void {
    const entry = entries.get(transport);
    if (entry) set(entry, settings);
  },
};

/** The settings, kept current while the component is mounted; undefined until loaded. */
export function useSettings(): Settings | undefined {
  const transport = useTransport();
  useEffect(() => retain(transport), [transport]);
  return useSyncExternalStore(settingsStore.subscribe, () => settingsStore.get(transport));
}

/** The settings, or `fallback` (usually DEFAULT_SETTINGS) until they are loaded. */
export function useSettingsOr(fallback: Readonly<Settings>): Readonly<Settings> {
  return useSettings() ?? fallback;
}

/** Put the answer of this window's `updateSettings` into the store, so every pane shows it at once. */
export function usePutSettings(): (settings: Settings) => void {
  const transport = useTransport();
  return (settings) => settingsStore.put(transport, settings);
}
