import crypto from 'node:crypto';
import type { Db } from '../../db/handle';
import * as stories from '../../db/stories';
import { listStoryEvents, recordStoryEvent } from '../../db/storyEvents';
import type { StoryEvent } from '../../story/history';
import type { StoryRecord } from '../../db/stories';
import { countWords, emptyDoc, plainTextOf, type DocJSON } from '../../story/document';
import { blankStoryFields, type Story, type StoryFields } from '../../story/model';
import { assertValidDoc } from '../../story/schema/schema';
import type { MethodParams, SaveResult } from '../api/contract';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';

export interface StoryServiceDeps {
  db: Db;
  events: EventBus;
  now?: () => Date;
  /** Called inside the save's transaction with the body just written: the facts service re-reads the fact marks. */
  onBodySaved?: (storyId: string, body: DocJSON, at: string) => void;
}

/** The stored record of validated fields, with the text and counts derived from the body. */
function withDerived(fields: StoryFields, id: string, createdAt: string, updatedAt: string): StoryRecord {
  assertValidDoc(fields.body);
  const bodyText = plainTextOf(fields.body);
  return { ...fields, id, bodyText, wordCount: countWords(bodyText), createdAt, updatedAt };
}

/** Creating, reading, listing and saving stories. */
export function createStoryService({ db, events, now = () => new Date(), onBodySaved }: StoryServiceDeps) {
  const timestamp = () => now().toISOString();

  function requireStory(id: string): Story {
    const story = stories.getStory(db, id);
    if (!story) throw new AppError('not_found', `There is no story with id ${id}; it may have been deleted.`);
    return story;
  }

  return {
    create(input: MethodParams<'createStory'>): Story {
      const at = timestamp();
      const fields: StoryFields = { ...blankStoryFields(emptyDoc()), ...definedOnly(input) };
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

    /** Save changes made on `baseVersion`; a story saved meanwhile by someone else is a conflict, and nothing is written. */
    save({ id, baseVersion, changes }: MethodParams<'saveStory'>): SaveResult {
      const result = db.transaction((): SaveResult => {
        const current = requireStory(id);
        if (current.version !== baseVersion) {
          throw new AppError(
            'conflict',
            `This story was changed elsewhere (now version ${current.version}; this edit was made on version ${baseVersion}).`,
            { current },
          );
        }
        const { id: _id, bodyText: _t, wordCount: _w, createdAt, updatedAt: _u, version: _v, ...fields } = current;
        const merged: StoryFields = { ...fields, ...definedOnly(changes) };
        const record = withDerived(merged, id, createdAt, timestamp());
        const version = stories.updateStoryIfVersion(db, record, baseVersion);
        if (version === undefined) throw new AppError('conflict', 'This story was changed elsewhere while saving.', { current: requireStory(id) });
        // Facts follow the body: marks gone → detached, back → attached, changed words → re-check (issue 5).
        if (changes.body !== undefined) onBodySaved?.(id, record.body, record.updatedAt);
        return { id, version, updatedAt: record.updatedAt, wordCount: record.wordCount };
      }).immediate();
      events.emit('libraryChanged', { reason: 'saved', storyIds: [id] });
      return result;
    },
  };
}

export type StoryService = ReturnType<typeof createStoryService>;

/** Drop keys whose value is undefined, so that "not sent" never blanks a field. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
