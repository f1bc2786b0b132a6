import { useCallback, useEffect, useRef } from 'react';
import type { Story } from '../../../story/model';
import { liveDraft } from '../../state/liveDraft';
import type { StoryDraft } from './useStoryAutosave';

const PUBLISH_INTERVAL_MS = 100;
/** However busy the window, a change is published within this long after the interval. */
const IDLE_TIMEOUT_MS = 200;

const whenIdle = (fn: () => void): number => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS }) : (setTimeout(fn, 0) as unknown as number));
const cancelIdle = (handle: number | undefined): void => {
  if (handle === undefined) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
};

/**
 * Publishes the open story's on-screen state for the preview and facts panes, at most every 100 ms,
 * in the main thread's idle time: their updates start after a keystroke's frame is painted, not
 * between a keystroke and its paint.
 */
export function useLiveDraftPublisher(story: Story, snapshot: () => StoryDraft): () => void {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const idle = useRef<number>(undefined);

  const publishNow = useCallback(() => {
    timer.current = undefined;
    idle.current = undefined;
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

  return useCallback(() => {
    timer.current ??= setTimeout(() => {
      idle.current = whenIdle(publishNow);
    }, PUBLISH_INTERVAL_MS);
  }, [publishNow]);
}
