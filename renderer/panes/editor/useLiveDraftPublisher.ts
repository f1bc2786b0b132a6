import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Story } from '../../../story/model';
import { liveDraft } from '../../state/liveDraft';
import type { StoryDraft } from './useStoryAutosave';

/** A change is published once typing has paused this long… */
const QUIET_MS = 150;
/** …or, while typing goes on, this long after the first change not yet published. */
const MAX_WAIT_MS = 1000;
/** However busy the window, a due publish runs within this long. */
const IDLE_TIMEOUT_MS = 200;

const whenIdle = (fn: () => void): number => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS }) : (setTimeout(fn, 0) as unknown as number));
const cancelIdle = (handle: number | undefined): void => {
  if (handle === undefined) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
};

export interface LiveDraftPublisher {
  /** The draft changed: publish it once typing pauses (or within a second while it goes on). */
  changed(): void;
  /** Publish a pending change now (the writer turned to something else). */
  flush(): void;
}

/**
 * Publishes the open story's on-screen state for the preview and facts panes: 150 ms after typing
 * pauses, at least every second while it goes on, in the main thread's idle time. Each publish makes
 * both panes catch up with a 20,000-word story (a few ms of work, and the preview's frame to lay out
 * and paint); published on every keystroke it ran between keystrokes of a fast typist and delayed
 * them. A writer typing at an ordinary pace pauses longer than 150 ms between most keys, so the panes
 * still follow each word.
 */
export function useLiveDraftPublisher(story: Story, snapshot: () => StoryDraft): LiveDraftPublisher {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const idle = useRef<number>(undefined);
  /** When the oldest change not yet published was made. */
  const pendingSince = useRef<number>(undefined);

  const publishNow = useCallback(() => {
    clearTimeout(timer.current);
    cancelIdle(idle.current);
    timer.current = undefined;
    idle.current = undefined;
    pendingSince.current = undefined;
    const { id: _id, bodyText: _text, wordCount: _words, createdAt: _created, updatedAt: _updated, version: _version, ...stored } = story;
    liveDraft.publish({ storyId: story.id, base: story, fields: { ...stored, ...snapshot() } });
  }, [story, snapshot]);

  useEffect(() => {
    publishNow();
    return () => {
      clearTimeout(timer.current);
      cancelIdle(idle.current);
      if (liveDraft.current()?.storyId === story.id) liveDraft.publish(undefined);
    };
  }, [publishNow, story.id]);

  return useMemo(
    () => ({
      changed() {
        const now = performance.now();
        pendingSince.current ??= now;
        if (idle.current !== undefined) return;
        clearTimeout(timer.current);
        const wait = Math.max(0, Math.min(QUIET_MS, pendingSince.current + MAX_WAIT_MS - now));
        timer.current = setTimeout(() => {
          idle.current = whenIdle(publishNow);
        }, wait);
      },
      flush() {
        if (pendingSince.current !== undefined) publishNow();
      },
    }),
    [publishNow],
  );
}
