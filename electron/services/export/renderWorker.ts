/**
 * The export worker: serializes stories off the main thread, so a batch of Word
 * files (the slowest format, several milliseconds of packing each) never stalls the
 * app. Bundled on its own (dist/*\/exportWorker.cjs) and started by renderPool.ts.
 */
import { parentPort } from 'node:worker_threads';
import { serializeStory, type SerializableFormat } from '../../../story/formats/registry';
import type { ExportInput } from '../../../story/formats/types';

interface RenderRequest {
  id: number;
  format: SerializableFormat;
  input: ExportInput;
}

// A worker thread's port, not a window: there is no target origin to name.
/* oxlint-disable unicorn/require-post-message-target-origin */
parentPort?.on('message', (request: RenderRequest) => {
  serializeStory(request.format, request.input).then(
    (bytes) => parentPort?.postMessage({ id: request.id, bytes }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
