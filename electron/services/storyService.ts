import crypto from 'node:crypto';
import type { Db } from '../../db/handle';
import * as stories from '../../db/stories';
import { listStoryEvents, recordStoryEvent } from '../../db/storyEvents';
import type { StoryEvent } from '../../story/history';
import { emptyDoc, type DocJSON } from '../../story/document';
import { blankStoryFields, type Story, type StoryFields } from '../../story/model';
import type { MethodParams, SaveResult } from '../api/contract';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';
import type { RevisionService } from './revisionService';
import { applyStatusChange } from './statusChange';
import { checkedEmbargo } from './storyRules';
import { withDerived } from './storyDerived';

export interface StoryServiceDeps {
  db: Db;
  events: EventBus;
  revisions: RevisionService;
  now?: () => Date;
  /** The facts capability's check before "ready" (see applyStatusChange). */
  assertReadyAllowed?: (storyId: string) => void;
  /** Called inside the save's transaction with the body just written: the facts service re-reads the fact marks. */
  onBodySaved?: (storyId: string, body: DocJSON, at: string) => void;
}

export { withDerived } from './storyDerived';

/** Creating, reading, listing and saving stories. */
export function createStoryService({ db, events, revisions, now = () => new Date(), onBodySaved, assertReadyAllowed }: StoryServiceDeps) {
  const timestamp = () => now().toISOString();

  function requireStory(id: string): Story {
    const story = stories.getStory(db, id);
    if (!story) throw new AppError('not_found', `There is no story with id ${id}; it may have been deleted.`);
    return story;
  }

  function requireLive(id: string): Story {
    const story = requireStory(id);
    if (stories.trashedAtOf(db, id)) throw new AppError('not_found', `The story "${story.headline || 'Untitled story'}" is in the trash; restore it to change it.`);
    return story;
  }

  return {
    requireStory,
    requireLive,

    create(input: MethodParams<'createStory'>): Story {
      const at = timestamp();
      const changes = definedOnly(input);
      const fields: StoryFields = { ...blankStoryFields(emptyDoc()), ...changes };
      fields.embargo = checkedEmbargo(fields.embargo, null, now()) ?? null;
      const story = db.transaction(() => {
        const inserted = stories.insertStory(db, withDerived(fields, crypto.randomUUID(), at, at));
        recordStoryEvent(db, { storyId: inserted.id, at, kind: 'created' });
        return inserted;
      })();
      events.emit('libraryChanged', { reason: 'created', storyIds: [story.id] });
      return story;
    },

    get(id: string): Story {
      return requireStory(id);
    },

    list(page: MethodParams<'listStories'>) {
      return stories.listStories(db, page);
    },

    history(id: string): StoryEvent[] {
      requireStory(id);
      return listStoryEvents(db, id);
    },

    count(): number {
      return stories.countStories(db);
    },

    /**
     * Save changes made on `baseVersion`; a story saved meanwhile by someone else is a
     * conflict, and nothing is written. A status change is recorded in the story's
     * history; every five minutes of editing leaves an automatic revision.
     */
    save({ id, baseVersion, changes }: MethodParams<'saveStory'>): SaveResult {
      const result = db.transaction((): SaveResult => {
        const current = requireLive(id);
        if (current.version !== baseVersion) {
          throw new AppError(
            'conflict',
            `This story was changed elsewhere (now version ${current.version}; this edit was made on version ${baseVersion}).`,
            { current },
          );
        }
        const { id: _id, bodyText: _t, wordCount: _w, createdAt, updatedAt: _u, version: _v, ...fields } = current;
        const { status, ...rest } = definedOnly(changes);
        const merged: StoryFields = { ...fields, ...rest };
        merged.embargo = checkedEmbargo(merged.embargo, current.embargo, now()) ?? null;
        const at = timestamp();
        const record = withDerived(merged, id, createdAt, at);
        const version = stories.updateStoryIfVersion(db, record, baseVersion);
        if (version === undefined) throw new AppError('conflict', 'This story was changed elsewhere while saving.', { current: requireStory(id) });
        // Facts follow the body: marks gone → detached, back → attached, changed words → re-check (issue 5).
        if (changes.body !== undefined) onBodySaved?.(id, record.body, record.updatedAt);
        const saved: Story = { ...record, version };
        if (status !== undefined && status !== current.status) applyStatusChange({ db, revisions, assertReadyAllowed }, saved, status, at);
        revisions.autoSnapshot(status === undefined ? saved : { ...saved, status });
        return { id, version, updatedAt: record.updatedAt, wordCount: record.wordCount };
      }).immediate();
      events.emit('libraryChanged', { reason: 'saved', storyIds: [id] });
      return result;
    },
  };
}

export type StoryService = ReturnType<typeof createStoryService>;

/** Drop keys whose value is undefined, so that "not sent" never blanks a field. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
