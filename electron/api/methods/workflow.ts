import { z } from 'zod';
import { STORY_STATUSES, type StoryStatus } from '../../../story/model';
import type { StoryEvent } from '../../../story/history';
import { returns } from '../methodDef';
import { storyChanges, storyId } from './stories';

export interface StoryWorkflow {
  status: StoryStatus;
  /** Published, and its text changed since: a correction note is owed. */
  correctionDue: boolean;
  /** The story's history, oldest first. */
  history: StoryEvent[];
}

const note = z.string().max(2000, { error: 'must be at most 2000 characters' });

/** The metadata of the Story details panel (the fields above the body are the editor's). */
export const storyDetailsChanges = storyChanges.pick({
  headlineVariants: true,
  section: true,
  keywords: true,
  language: true,
  urgency: true,
  genre: true,
  embargo: true,
  editorsNote: true,
  copyright: true,
  usageTerms: true,
  related: true,
});

export const workflowMethods = {
  getStoryWorkflow: returns<StoryWorkflow>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
  /** Move a story to another status; the transition is recorded with the time and the note. */
  setStoryStatus: returns<StoryWorkflow>()({
    kind: 'write',
    input: z.strictObject({ id: storyId, status: z.enum(STORY_STATUSES), note: note.default('') }),
  }),
  /** Say what was corrected in a published story that changed. */
  recordCorrection: returns<StoryWorkflow>()({
    kind: 'write',
    input: z.strictObject({ id: storyId, note: note.trim().min(1, { error: 'must say what was corrected' }) }),
  }),
  /** Change the story's metadata; not guarded by (and not bumping) the version the editor saves on. */
  updateStoryDetails: returns<{ updatedAt: string }>()({
    kind: 'write',
    input: z.strictObject({ id: storyId, changes: storyDetailsChanges }),
  }),
};
