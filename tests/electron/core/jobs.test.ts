import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../electron/api/contract';
import { EventBus } from '../../../electron/core/eventBus';
import { JobRunner, yieldToEventLoop } from '../../../electron/core/jobs';

function runnerWithLog() {
  const events = new EventBus();
  const log: Array<EventPayload<'jobProgress'>> = [];
  events.subscribe((name, payload) => {
    if (name === 'jobProgress') log.push(payload as EventPayload<'jobProgress'>);
  });
  return { jobs: new JobRunner(events), log };
}

describe('job runner', () => {
  it('reports progress and ends with done and the result', async () => {
    const { jobs, log } = runnerWithLog();
    const job = jobs.start('Importing 3 files', async ({ progress }) => {
      for (let i = 1; i <= 3; i++) {
        await yieldToEventLoop();
        progress(i, 3);
      }
      return 'three';
    });
    await expect(job.done).resolves.toBe('three');
    expect(log.at(-1)).toEqual({ jobId: job.jobId, label: 'Importing 3 files', done: 3, total: 3, state: 'done' });
    expect(log.some((event) => event.state === 'running')).toBe(true);
    expect(jobs.activeJobIds).toEqual([]);
  });

  it('stops a job that checks its signal when cancelled, and says cancelled', async () => {
    const { jobs, log } = runnerWithLog();
    let processed = 0;
    const job = jobs.start('Exporting', async ({ signal, progress }) => {
      for (let i = 0; i < 1000 && !signal.aborted; i++) {
        processed++;
        progress(i, 1000);
        await yieldToEventLoop();
      }
    });
    await yieldToEventLoop();
    await yieldToEventLoop();
    expect(jobs.cancel(job.jobId)).toBe(true);
    await job.done;
    expect(processed).toBeLessThan(1000);
    expect(log.at(-1)?.state).toBe('cancelled');
    expect(jobs.cancel(job.jobId)).toBe(false);
  });

  it('reports a failure with its message', async () => {
    const { jobs, log } = runnerWithLog();
    const job = jobs.start('Backing up', async () => {
      throw new Error('No space left on device');
    });
    await expect(job.done).rejects.toThrow('No space left');
    expect(log.at(-1)).toMatchObject({ state: 'failed', message: 'No space left on device' });
  });

  it('says when every job has ended, cancelled or not', async () => {
    const { jobs } = runnerWithLog();
    let finished = 0;
    for (let n = 0; n < 3; n++) {
      jobs.start(`Job ${n}`, async ({ signal }) => {
        for (let i = 0; i < 50 && !signal.aborted; i++) await yieldToEventLoop();
        finished++;
      });
    }
    jobs.activeJobIds.slice(0, 1).forEach((id) => jobs.cancel(id));
    await jobs.settled();
    expect(finished).toBe(3);
    expect(jobs.activeJobIds).toEqual([]);
  });
});
