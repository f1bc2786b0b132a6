import type { Db } from '../../db/handle';
import { updateStoryStatus } from '../../db/stories';
import { recordStoryEvent } from '../../db/storyEvents';
import type { StoryEvent } from '../../story/history';
import { statusLabel, type Story, type StoryStatus } from '../../story/model';
import type { RevisionService } from './revisionService';

export interface StatusChangeDeps {
  db: Db;
  revisions: RevisionService;
  /** The facts capability's check before "ready": throws while facts or TKs are open and not overridden. */
  assertReadyAllowed?: ((storyId: string) => void) | undefined;
}

/**
 * Move a story to another status inside the caller's transaction: the status is
 * written, the transition recorded in the story's history ({from, to, version}, with
 * the user's note) and the story snapshotted as a revision. The move to "ready" passes
 * the fact gate first (a throw rolls the caller's transaction back).
 */
export function applyStatusChange(
  { db, revisions, assertReadyAllowed }: StatusChangeDeps,
  story: Story,
  to: StoryStatus,
  at: string,
  note = '',
): StoryEvent | undefined {
  if (story.status === to) return undefined;
  if (to === 'ready') assertReadyAllowed?.(story.id);
  updateStoryStatus(db, story.id, to, at);
  const event = recordStoryEvent(db, { storyId: story.id, at, kind: 'status', note, data: { from: story.status, to, version: story.version } });
  revisions.snapshot({ ...story, status: to, updatedAt: at }, 'status', `${statusLabel(story.status)} → ${statusLabel(to)}${note ? `: ${note}` : ''}`);
  return event;
}
