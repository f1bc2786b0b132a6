import { useSyncExternalStore } from 'react';

export interface ValueStore<T> {
  publish(value: T): void;
  /** The value now (for readers outside React). */
  current(): T;
  subscribe(listener: () => void): () => void;
  /** The value now, re-rendering the calling component (and only it) when it changes. */
  use(): T;
}

/** One value that a few components read, so that a change re-renders those and not their parents. */
export function valueStore<T>(initial: T): ValueStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const snapshot = () => current;
  return {
    publish(value) {
      if (Object.is(value, current)) return;
      current = value;
      listeners.forEach((listener) => listener());
    },
    current: snapshot,
    subscribe,
    use: () => useSyncExternalStore(subscribe, snapshot),
  };
}
