import type { Handlers } from '../dispatch';
import type { JobRunner } from '../../core/jobs';
import type { SettingsService } from '../../services/settingsService';
import type { StoryService } from '../../services/storyService';
import type { ExportService } from '../../services/export/exportService';
import { exportHandlers } from './export';
import { importingHandlers } from './importing';
import type { LibraryQueryService } from '../../services/libraryQueryService';
import type { WorkflowService } from '../../services/workflowService';
import type { VersionsService } from '../../services/versionsService';
import type { TrashService } from '../../services/trashService';
import type { ImportService } from '../../services/importPipeline/importService';
import { jobHandlers } from './jobs';
import { libraryHandlers, type LibraryServices } from './library';
import { settingsHandlers } from './settings';
import { storyHandlers } from './stories';
import { factHandlers } from './facts';
import { sourceHandlers } from './sources';
import { entityHandlers } from './entities';
import type { FactService } from '../../services/facts/factService';
import type { SourceService } from '../../services/facts/sourceService';
import type { EntityService } from '../../services/facts/entityService';
import type { CheckService } from '../../services/facts/checkService';
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
  exports: ExportService;
  facts: FactService;
  sources: SourceService;
  entities: EntityService;
  checks: CheckService;
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
    ...exportHandlers(services.exports),
    ...factHandlers(services.facts, services.checks),
    ...sourceHandlers(services.sources),
    ...entityHandlers(services.entities),
    ...importingHandlers(),
    ...libraryQueryHandlers(services.libraryQuery, services.stories),
    ...workflowHandlers(services.workflow),
    ...revisionHandlers(services.versions),
    ...trashHandlers(services.trash),
    ...backupHandlers(services.control),
    ...importHandlers(services.imports),
  };
}
