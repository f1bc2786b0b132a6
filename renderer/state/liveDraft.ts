import { useSyncExternalStore } from 'react';
import type { Story, StoryFields } from '../../story/model';

/**
 * The open story as it is on screen right now, saved or not: the editor publishes it
 * (at most every 100 ms while typing) and the preview and facts panes read it.
 */
export interface LiveDraft {
  storyId: string;
  /** The stored story the draft started from (id, timestamps, version at open). */
  base: Story;
  fields: StoryFields;
}

type Listener = () => void;

class LiveDraftStore {
  private draft: LiveDraft | undefined;
  private readonly listeners = new Set<Listener>();

  publish(draft: LiveDraft | undefined): void {
    this.draft = draft;
    this.listeners.forEach((listener) => listener());
  }

  current(): LiveDraft | undefined {
    return this.draft;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const liveDraft = new LiveDraftStore();

export function useLiveDraft(): LiveDraft | undefined {
  return useSyncExternalStore(liveDraft.subscribe, () => liveDraft.current());
}
