import { useEffect, useMemo, useState } from 'react';
import type { Story, StoryFields } from '../../../story/model';
import { useApi } from '../../api/TransportContext';
import { Autosave, type SaveState } from './autosave';

export type StoryDraft = Pick<StoryFields, 'headline' | 'dek' | 'authors' | 'body'>;

export interface StoryAutosave {
  changed(): void;
  flush(): Promise<void>;
  overwriteFrom(version: number): void;
  readonly state: SaveState;
  readonly hasUnsavedChanges: boolean;
}

/** Autosave of one story through the API; lives as long as the story is open, then flushes and stops. */
export function useStoryAutosave(story: Story, snapshot: () => StoryDraft): StoryAutosave {
  const api = useApi();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: Date.parse(story.updatedAt) });

  const autosave = useMemo(
    () =>
      new Autosave<StoryDraft>(story.version, {
        snapshot,
        save: async (draft, baseVersion) => (await api.saveStory({ id: story.id, baseVersion, changes: draft })).version,
        onState: setState,
      }),
    [api, story.id, story.version, snapshot],
  );

  useEffect(
    () => () => {
      void autosave.flush().then(() => autosave.stop());
    },
    [autosave],
  );

  return useMemo(
    () => ({
      changed: () => autosave.changed(),
      flush: () => autosave.flush(),
      overwriteFrom: (version: number) => autosave.overwriteFrom(version),
      state,
      get hasUnsavedChanges() {
        return autosave.hasUnsavedChanges;
      },
    }),
    [autosave, state],
  );
}
