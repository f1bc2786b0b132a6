import { startSearchIndexUpkeep, type RunningUpkeep, type UpkeepOutcome } from '../../db/searchIndexUpkeep';
import type { EventBus } from '../core/eventBus';
import type { JobRunner } from '../core/jobs';

export interface SearchIndexServiceDeps {
  libraryPath: string;
  nativeBinding?: string;
  events: EventBus;
  jobs: JobRunner;
  log?: (message: string) => void;
  /** Wait this long after an import (or while jobs run) before merging. */
  quietMs?: number;
}

export interface SearchIndexService {
  /** Merge now (after any merge already running): what the bench and tests wait on. */
  upkeep(): Promise<UpkeepOutcome | undefined>;
  /** Resolves once no merge is running or scheduled. */
  settled(): Promise<void>;
  dispose(): Promise<void>;
}

const QUIET_MS = 2_000;

/**
 * Keeps search fast after bulk writes: once an import has finished and no job is running,
 * the full-text indexes are merged on their own thread (db/searchIndexUpkeep.ts).
 */
export function createSearchIndexService({ libraryPath, nativeBinding, events, jobs, log = () => {}, quietMs = QUIET_MS }: SearchIndexServiceDeps): SearchIndexService {
  let running: RunningUpkeep | undefined;
  let last: Promise<UpkeepOutcome | undefined> = Promise.resolve(undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const run = (): Promise<UpkeepOutcome | undefined> => {
    last = last.then(async () => {
      if (disposed) return undefined;
      running = startSearchIndexUpkeep(libraryPath, nativeBinding ? { nativeBinding } : {});
      try {
        return await running.done;
      } catch (error) {
        log(`[copydesk] merging the search index failed: ${(error as Error).message}`);
        return undefined;
      } finally {
        running = undefined;
      }
    });
    return last;
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (jobs.activeJobIds.length > 0) schedule();
      else void run();
    }, quietMs);
    timer.unref?.();
  };

  const busy = () => timer !== undefined || running !== undefined;

  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'importFinished' && (payload as { imported: number }).imported > 0) schedule();
  });

  return {
    upkeep: run,
    async settled() {
      while (busy()) {
        if (timer) await new Promise((resolve) => setTimeout(resolve, 20));
        await last;
      }
    },
    async dispose() {
      disposed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running?.stop();
    },
  };
}
