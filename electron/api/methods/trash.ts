import { z } from 'zod';
import { returns } from '../methodDef';
import { storyId } from './stories';

const ids = z.array(storyId).min(1, { error: 'must name at least one story' }).max(10_000, { error: 'may name at most 10000 stories' });

export const trashMethods = {
  /** Move stories to the trash; returns the ids moved. */
  trashStories: returns<string[]>()({ kind: 'write', input: z.strictObject({ ids }) }),
  /** Bring stories back from the trash; returns the ids restored. */
  restoreStories: returns<string[]>()({ kind: 'write', input: z.strictObject({ ids }) }),
  /** Delete every story in the trash for good; the app asks the user first. Returns how many. */
  emptyTrash: returns<number>()({ kind: 'write', input: z.strictObject({ confirm: z.literal(true, { error: 'must be true: emptying the trash cannot be undone' }) }) }),
};
