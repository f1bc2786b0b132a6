import { useCallback, useEffect, useState } from 'react';
import type { StoryWorkflow } from '../../electron/api/contract';
import type { StoryStatus } from '../../story/model';
import { useTransport } from '../api/TransportContext';
import { afterTypingPause } from '../hooks/typingPause';

export interface WorkflowControl {
  workflow: StoryWorkflow | undefined;
  error: string | undefined;
  setStatus(status: StoryStatus, note: string): Promise<void>;
  recordCorrection(note: string): Promise<void>;
  reload(): void;
}

/** The open story's status, history and whether a correction is owed; kept fresh as the story changes. */
export function useStoryWorkflow(storyId: string | undefined): WorkflowControl {
  const { api, on } = useTransport();
  const [workflow, setWorkflow] = useState<StoryWorkflow>();
  const [error, setError] = useState<string>();
  const [shownId, setShownId] = useState(storyId);
  if (shownId !== storyId) {
    setShownId(storyId);
    setWorkflow(undefined);
  }

  const reload = useCallback(() => {
    if (!storyId) return;
    api.getStoryWorkflow({ id: storyId }).then(
      (loaded) => {
        setWorkflow(loaded);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api, storyId]);

  useEffect(() => {
    reload();
    let cancel: (() => void) | undefined;
    const unsubscribe = on.libraryChanged(({ storyIds, reason }) => {
      if (!storyId || (!storyIds.includes(storyId) && reason !== 'restored')) return;
      cancel ??= afterTypingPause(() => {
        cancel = undefined;
        reload();
      }, 300);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [storyId, on, reload]);

  return {
    workflow,
    error,
    reload,
    setStatus: async (status, note) => {
      if (!storyId) return;
      setWorkflow(await api.setStoryStatus({ id: storyId, status, note }));
    },
    recordCorrection: async (note) => {
      if (!storyId) return;
      setWorkflow(await api.recordCorrection({ id: storyId, note }));
    },
  };
}
