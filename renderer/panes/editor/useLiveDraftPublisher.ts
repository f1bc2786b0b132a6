import { useCallback, useEffect, useRef } from 'react';
import type { Story } from '../../../story/model';
import { liveDraft } from '../../state/liveDraft';
import type { StoryDraft } from './useStoryAutosave';

const PUBLISH_INTERVAL_MS = 100;

/** Publishes the open story's on-screen state for the preview and facts panes, at most every 100 ms. */
export function useLiveDraftPublisher(story: Story, snapshot: () => StoryDraft): () => void {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const publishNow = useCallback(() => {
    timer.current = undefined;
    const { id: _id, bodyText: _text, wordCount: _words, createdAt: _created, updatedAt: _updated, version: _version, ...stored } = story;
    liveDraft.publish({ storyId: story.id, base: story, fields: { ...stored, ...snapshot() } });
  }, [story, snapshot]);

  useEffect(() => {
    publishNow();
    return () => {
      clearTimeout(timer.current);
      if (liveDraft.current()?.storyId === story.id) liveDraft.publish(undefined);
    };
  }, [publishNow, story.id]);

  return useCallback(() => {
    timer.current ??= setTimeout(publishNow, PUBLISH_INTERVAL_MS);
  }, [publishNow]);
}
