import type { Handlers } from '../dispatch';
import type { JobRunner } from '../../core/jobs';

export function jobHandlers(jobs: JobRunner): Pick<Handlers, 'cancelJob'> {
  return {
    cancelJob: ({ jobId }) => jobs.cancel(jobId),
  };
}
