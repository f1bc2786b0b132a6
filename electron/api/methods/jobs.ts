import { z } from 'zod';
import { returns } from '../methodDef';

export const jobMethods = {
  /** Ask a running job (import, export, backup) to stop; false if it had already finished. */
  cancelJob: returns<boolean>()({ kind: 'write', input: z.strictObject({ jobId: z.uuid({ error: 'must be a job id' }) }) }),
};
