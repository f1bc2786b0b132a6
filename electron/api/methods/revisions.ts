import { z } from 'zod';
import type { Revision, RevisionSummary } from '../../../story/revisions';
import { returns } from '../methodDef';
import { storyId } from './stories';

const revisionId = z.int({ error: 'must be a revision id' }).min(1, { error: 'must be a revision id' });

export const revisionMethods = {
  /** "Save version": a snapshot of the story as stored (flush the editor first), kept for good. */
  saveVersion: returns<RevisionSummary>()({
    kind: 'write',
    input: z.strictObject({ id: storyId, note: z.string().max(500, { error: 'must be at most 500 characters' }).default('') }),
  }),
  /** A story's revisions, newest first. */
  listRevisions: returns<RevisionSummary[]>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
  getRevision: returns<Revision>()({ kind: 'read', input: z.strictObject({ revisionId }) }),
  /** Put a revision back; the story as it was is kept as a revision first. */
  restoreRevision: returns<{ storyId: string; version: number }>()({ kind: 'write', input: z.strictObject({ revisionId }) }),
};
