import type { Db } from '../../db/handle';
import * as stories from '../../db/stories';
import { recordStoryEvent } from '../../db/storyEvents';
import type { StoryFields } from '../../story/model';
import type { Revision, RevisionSummary } from '../../story/revisions';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';
import type { RevisionService } from './revisionService';
import { withDerived, type StoryService } from './storyService';

export interface VersionsServiceDeps {
  db: Db;
  events: EventBus;
  stories: StoryService;
  revisions: RevisionService;
  now?: () => Date;
  /** The facts follow a restored body as they follow a saved one (see storyService). */
  onBodySaved?: (storyId: string, body: StoryFields['body'], at: string) => void;
}

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** What the user does with revisions: save a version, look at one, restore one. */
export function createVersionsService({ db, events, stories: storyService, revisions, now = () => new Date(), onBodySaved }: VersionsServiceDeps) {
  return {
    /** "Save version" (Cmd/Ctrl+S): a snapshot of the story as stored, kept however old it gets. */
    saveVersion(storyId: string, note: string): RevisionSummary {
      return db.transaction(() => revisions.snapshot(storyService.requireLive(storyId), 'manual', note.trim()))();
    },

    list(storyId: string): RevisionSummary[] {
      storyService.requireStory(storyId);
      return revisions.list(storyId);
    },

    get(revisionId: number): Revision {
      return revisions.get(revisionId);
    },

    /**
     * Put a revision's text and fields back (not its status: the workflow moves on). The
     * story as it was is kept first as a 'restore' revision, so a restore loses nothing;
     * the story's version is bumped, so an editor still holding the old text conflicts
     * instead of overwriting.
     */
    restore(revisionId: number): { storyId: string; version: number } {
      const revision = revisions.get(revisionId);
      const result = db.transaction(() => {
        const current = storyService.requireLive(revision.storyId);
        const at = now().toISOString();
        revisions.snapshot(current, 'restore', `Before restoring the version of ${when(revision.at)} UTC`);
        const { id, bodyText: _t, wordCount: _w, createdAt, updatedAt: _u, version: baseVersion, ...currentFields } = current;
        const fields: StoryFields = { ...currentFields, ...revision.fields, status: current.status };
        const version = stories.updateStoryIfVersion(db, withDerived(fields, id, createdAt, at), baseVersion);
        if (version === undefined) throw new AppError('conflict', 'The story changed while restoring; try again.');
        onBodySaved?.(id, fields.body, at);
        recordStoryEvent(db, { storyId: id, at, kind: 'restore', data: { revisionId, revisionAt: revision.at, fromVersion: baseVersion, version } });
        return { storyId: id, version };
      }).immediate();
      events.emit('libraryChanged', { reason: 'saved', storyIds: [result.storyId] });
      return result;
    },
  };
}

export type VersionsService = ReturnType<typeof createVersionsService>;
