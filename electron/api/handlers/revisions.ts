import type { Handlers } from '../dispatch';
import type { VersionsService } from '../../services/versionsService';

export function revisionHandlers(versions: VersionsService): Pick<Handlers, 'saveVersion' | 'listRevisions' | 'getRevision' | 'restoreRevision'> {
  return {
    saveVersion: ({ id, note }) => versions.saveVersion(id, note),
    listRevisions: ({ id }) => versions.list(id),
    getRevision: ({ revisionId }) => versions.get(revisionId),
    restoreRevision: ({ revisionId }) => versions.restore(revisionId),
  };
}
