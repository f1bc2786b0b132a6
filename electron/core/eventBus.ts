import type { EventName, EventPayload } from '../api/contract';

type Listener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fan-out of contract events to every connected window or browser tab. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
