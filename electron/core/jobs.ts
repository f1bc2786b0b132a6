import crypto from 'node:crypto';
import type { EventBus } from './eventBus';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobContext {
  /** Aborted when the user cancels; long loops check it between items. */
  signal: AbortSignal;
  /** Report progress; sent to every window as a `jobProgress` event (throttled). */
  progress(done: number, total: number): void;
}

export interface StartedJob<T> {
  jobId: string;
  done: Promise<T>;
}

/** Let the event loop run (other requests, events) between chunks of a long job. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const PROGRESS_INTERVAL_MS = 100;

/**
 * Long jobs (bulk import, batch export, backup, re-index) run here: each has an id,
 * reports progress as events, and can be cancelled. The job itself keeps the main
 * process responsive by working in chunks (yieldToEventLoop) or in a worker thread.
 */
export class JobRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly finishing = new Set<Promise<unknown>>();

  constructor(private readonly events: EventBus) {}

  start<T>(label: string, run: (context: JobContext) => Promise<T>): StartedJob<T> {
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    let last = { done: 0, total: 0 };
    let lastSent = 0;
    const send = (state: JobState, message?: string) =>
      this.events.emit('jobProgress', { jobId, label, done: last.done, total: last.total, state, ...(message ? { message } : {}) });

    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total) => {
        last = { done, total };
        const now = Date.now();
        if (now - lastSent >= PROGRESS_INTERVAL_MS || done === total) {
          lastSent = now;
          send('running');
        }
      },
    };

    const done = (async () => {
      await yieldToEventLoop();
      try {
        const result = await run(context);
        send(controller.signal.aborted ? 'cancelled' : 'done');
        return result;
      } catch (error) {
        send(controller.signal.aborted ? 'cancelled' : 'failed', (error as Error).message);
        throw error;
      } finally {
        this.running.delete(jobId);
      }
    })();
    const settled = done.then(
      () => undefined,
      () => undefined,
    );
    this.finishing.add(settled);
    void settled.then(() => this.finishing.delete(settled));
    return { jobId, done };
  }

  /** Ask a job to stop; true if it was running. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  get activeJobIds(): string[] {
    return [...this.running.keys()];
  }

  /** Resolves once every job started so far has ended (however it ended). */
  async settled(): Promise<void> {
    while (this.finishing.size > 0) await Promise.all(this.finishing);
  }
}
