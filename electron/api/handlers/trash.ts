import type { Handlers } from '../dispatch';
import type { TrashService } from '../../services/trashService';

export function trashHandlers(trash: TrashService): Pick<Handlers, 'trashStories' | 'restoreStories' | 'emptyTrash'> {
  return {
    trashStories: ({ ids }) => trash.trash(ids),
    restoreStories: ({ ids }) => trash.restore(ids),
    emptyTrash: () => trash.empty(),
  };
}
