import type { Db } from '../../db/handle';
import { recordStoryEvent } from '../../db/storyEvents';
import * as trash from '../../db/trash';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';
import { yieldToEventLoop } from '../core/jobs';

export interface TrashServiceDeps {
  db: Db;
  events: EventBus;
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stories deleted per transaction when emptying the trash, so the process stays responsive. */
const DELETE_CHUNK = 200;

/** Delete moves a story to the trash; it comes back on restore; it is gone only when the trash is emptied or it expires. */
export function createTrashService({ db, events, now = () => new Date() }: TrashServiceDeps) {
  async function deleteForGood(ids: string[]): Promise<number> {
    let deleted = 0;
    for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
      const chunk = ids.slice(start, start + DELETE_CHUNK);
      deleted += db.transaction(() => trash.deleteTrashedStories(db, chunk)).immediate();
      if (start + DELETE_CHUNK < ids.length) await yieldToEventLoop();
    }
    if (deleted > 0) events.emit('libraryChanged', { reason: 'deleted', storyIds: ids.slice(0, 1000) });
    return deleted;
  }

  return {
    trash(ids: string[]): string[] {
      const at = now().toISOString();
      const moved = db.transaction(() => {
        const done = trash.trashStories(db, ids, at);
        for (const id of done) recordStoryEvent(db, { storyId: id, at, kind: 'trash', data: { action: 'trashed' } });
        return done;
      }).immediate();
      if (moved.length === 0 && ids.length > 0) throw new AppError('not_found', 'Nothing was moved to the trash: the stories are already there or no longer exist.');
      events.emit('libraryChanged', { reason: 'trashed', storyIds: moved });
      return moved;
    },

    restore(ids: string[]): string[] {
      const at = now().toISOString();
      const restored = db.transaction(() => {
        const done = trash.untrashStories(db, ids);
        for (const id of done) recordStoryEvent(db, { storyId: id, at, kind: 'trash', data: { action: 'restored' } });
        return done;
      }).immediate();
      events.emit('libraryChanged', { reason: 'restored', storyIds: restored });
      return restored;
    },

    /** Delete every story in the trash for good (the app asks first). */
    empty(): Promise<number> {
      return deleteForGood(trash.trashedIds(db));
    },

    /** Delete stories trashed more than `retentionDays` ago. */
    purgeExpired(retentionDays: number): Promise<number> {
      const before = new Date(now().getTime() - retentionDays * DAY_MS).toISOString();
      return deleteForGood(trash.trashedIds(db, before));
    },
  };
}

export type TrashService = ReturnType<typeof createTrashService>;
