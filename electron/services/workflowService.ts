import type { Db } from '../../db/handle';
import * as stories from '../../db/stories';
import { listStoryEvents, recordStoryEvent } from '../../db/storyEvents';
import type { StoryEvent } from '../../story/history';
import { notesTextOf } from '../../story/notes';
import type { StoryStatus } from '../../story/model';
import type { MethodParams, StoryWorkflow } from '../api/contract';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';
import type { RevisionService } from './revisionService';
import { applyStatusChange } from './statusChange';
import { checkedEmbargo } from './storyRules';
import { definedOnly, type StoryService } from './storyService';

export interface WorkflowServiceDeps {
  db: Db;
  events: EventBus;
  stories: StoryService;
  revisions: RevisionService;
  /** The facts capability's check before "ready": throws while facts or TKs are open and not overridden. */
  assertReadyAllowed?: (storyId: string) => void;
  now?: () => Date;
}


/** The version a published story's text was at when published or last corrected. */
function acknowledgedVersion(history: StoryEvent[]): number | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i]!;
    if (event.kind === 'correction' || (event.kind === 'status' && event.data.to === 'published')) {
      const version = event.data.version;
      return typeof version === 'number' ? version : undefined;
    }
  }
  return undefined;
}

/** The status workflow, corrections to published stories, and the story's metadata. */
export function createWorkflowService({ db, events, stories: storyService, revisions, assertReadyAllowed, now = () => new Date() }: WorkflowServiceDeps) {
  const workflow = (id: string): StoryWorkflow => {
    const story = storyService.requireStory(id);
    const history = listStoryEvents(db, id);
    const acknowledged = acknowledgedVersion(history);
    return { status: story.status, correctionDue: story.status === 'published' && acknowledged !== undefined && story.version > acknowledged, history };
  };

  return {
    workflow,

    /** Move the story to another status, recorded with the time and the user's note. */
    setStatus(id: string, status: StoryStatus, note: string): StoryWorkflow {
      const changed = db.transaction(() => {
        const story = storyService.requireLive(id);
        return applyStatusChange({ db, revisions, assertReadyAllowed }, story, status, now().toISOString(), note.trim()) !== undefined;
      }).immediate();
      if (changed) events.emit('libraryChanged', { reason: 'saved', storyIds: [id] });
      return workflow(id);
    },

    /** A note saying what was corrected in a published story, kept in its history for the exports. */
    recordCorrection(id: string, note: string): StoryWorkflow {
      const text = note.trim();
      if (!text) throw new AppError('invalid_input', 'A correction needs a note saying what was corrected.');
      db.transaction(() => {
        const story = storyService.requireLive(id);
        if (story.status !== 'published') throw new AppError('invalid_input', 'Only a published story takes corrections; this one is not published.');
        recordStoryEvent(db, { storyId: id, at: now().toISOString(), kind: 'correction', note: text, data: { version: story.version } });
      }).immediate();
      return workflow(id);
    },

    /** Change the metadata of the Story details panel; the body and its version are not touched. */
    updateDetails({ id, changes }: MethodParams<'updateStoryDetails'>): { updatedAt: string } {
      const at = now().toISOString();
      db.transaction(() => {
        const story = storyService.requireLive(id);
        const details = definedOnly(changes);
        if ('embargo' in details) details.embargo = checkedEmbargo(details.embargo, story.embargo, now()) ?? null;
        const notes = notesTextOf(details.editorsNote ?? story.editorsNote, story.body);
        stories.updateStoryDetails(db, id, details, notes, at);
      }).immediate();
      events.emit('libraryChanged', { reason: 'saved', storyIds: [id] });
      return { updatedAt: at };
    },
  };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
