import type { Handlers } from '../dispatch';
import type { JobRunner } from '../../core/jobs';
import type { SettingsService } from '../../services/settingsService';
import type { StoryService } from '../../services/storyService';
import type { LibraryQueryService } from '../../services/libraryQueryService';
import type { WorkflowService } from '../../services/workflowService';
import type { VersionsService } from '../../services/versionsService';
import type { TrashService } from '../../services/trashService';
import type { ImportService } from '../../services/importPipeline/importService';
import { jobHandlers } from './jobs';
import { libraryHandlers, type LibraryServices } from './library';
import { settingsHandlers } from './settings';
import { storyHandlers } from './stories';
import { libraryQueryHandlers } from './libraryQuery';
import { workflowHandlers } from './workflow';
import { revisionHandlers } from './revisions';
import { trashHandlers } from './trash';
import { backupHandlers, type LibraryControl } from './backups';
import { importHandlers } from './import';

export interface Services extends LibraryServices {
  stories: StoryService;
  settings: SettingsService;
  jobs: JobRunner;
  libraryQuery: LibraryQueryService;
  workflow: WorkflowService;
  versions: VersionsService;
  trash: TrashService;
  imports: ImportService;
  control: LibraryControl;
}

/** Every method of the contract, each bound to the service that does the work (one module per domain). */
export function createHandlers(services: Services): Handlers {
  return {
    ...libraryHandlers(services),
    ...storyHandlers(services.stories),
    ...settingsHandlers(services.settings),
    ...jobHandlers(services.jobs),
    ...libraryQueryHandlers(services.libraryQuery, services.stories),
    ...workflowHandlers(services.workflow),
    ...revisionHandlers(services.versions),
    ...trashHandlers(services.trash),
    ...backupHandlers(services.control),
    ...importHandlers(services.imports),
  };
}
