import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { serializeStory, type SerializableFormat } from '../../../story/formats/registry';
import type { ExportInput } from '../../../story/formats/types';

/** Turns a story into a format's bytes: in a worker thread where the bundle has one, else in this thread. */
export interface StoryRenderer {
  render(format: SerializableFormat, input: ExportInput): Promise<Uint8Array>;
  close(): Promise<void>;
  readonly inWorker: boolean;
}

export const inProcessRenderer = (): StoryRenderer => ({ render: serializeStory, close: async () => {}, inWorker: false });

/**
 * One worker thread running the worker bundle's code (given as source, so it loads the
 * same way from a folder or from inside the packaged app's archive). Requests queue in
 * order; a crashed worker fails what it held and is started afresh on the next request.
 */
export function createWorkerRenderer(workerSource: string): StoryRenderer {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();

  const fail = (error: Error) => {
    worker = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error(`The export worker stopped: ${error.message}`));
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(workerSource, { eval: true });
    started.unref();
    started.on('message', (reply: { id: number; bytes?: Uint8Array; error?: string }) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.error !== undefined || !reply.bytes) waiting.reject(new Error(reply.error ?? 'The export worker sent nothing back.'));
      else waiting.resolve(reply.bytes);
    });
    started.on('error', fail);
    started.on('exit', (code) => code !== 0 && fail(new Error(`exit code ${code}`)));
    return started;
  };

  return {
    inWorker: true,
    render(format, input) {
      worker ??= start();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // A worker thread's port, not a window: there is no target origin.
        // oxlint-disable-next-line unicorn/require-post-message-target-origin
        worker!.postMessage({ id, format, input });
      });
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}

/** The worker bundle built beside this bundle (dist/node, dist/electron), when there is one. */
export function defaultStoryRenderer(bundleDir: string = __dirname): StoryRenderer {
  const file = path.join(bundleDir, 'exportWorker.cjs');
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return inProcessRenderer();
  }
  return createWorkerRenderer(source);
}
