import type { Db } from '../../../db/handle';
import type { DocJSON } from '../../../story/document';
import type { EventBus } from '../../core/eventBus';
import type { SettingsService } from '../settingsService';
import { createCheckService } from './checkService';
import { createEntityService } from './entityService';
import { createFactService } from './factService';
import { createSourceService } from './sourceService';

/** The fact-checking services, wired together, and the hook the story save calls inside its transaction. */
export function createFactServices({ db, events, settings, libraryPath }: { db: Db; events: EventBus; settings: SettingsService; libraryPath: string }) {
  const entities = createEntityService({ db });
  const facts = createFactService({ db, events, settings, entities });
  const sources = createSourceService({ db, libraryPath });
  const checks = createCheckService({ db, entities });
  return {
    services: { facts, sources, entities, checks },
    /** Keep the story's facts in step with the body just written (same transaction); tell the panes if any changed. */
    onBodySaved(storyId: string, body: DocJSON, at: string): void {
      if (facts.reconcileWithBody(storyId, body, at) > 0) queueMicrotask(() => events.emit('factsChanged', { storyId }));
    },
  };
}
