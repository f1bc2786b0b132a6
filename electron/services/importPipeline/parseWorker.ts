/**
 * The import's parse worker: reads files into stories, and stories into the statements that
 * store them, off the main thread, so a large web page or Word file (hundreds of
 * milliseconds of parsing) never stalls the app. Bundled on
 * its own (dist/*\/importWorker.cjs) and started from its source by parsePool.ts, which
 * passes the bundle's path so jsdom is found beside it. Files are parsed one at a time, in
 * the order they arrive; the pool relies on that to know which file a hang or crash belongs to.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveModulesFrom } from '../import/sanitize';
import { prepareImportFile, toWireError } from './parseFile';

export interface ParseRequest {
  id: number;
  /** The name the importer sees (it chooses the format by it, and names it in errors). */
  fileName: string;
  bytes: Uint8Array;
  /** The story to make: its id, the path its history names, the import's clock (ISO). */
  storyId: string;
  path: string;
  now: string;
}

const port = parentPort!;
const modulesFrom = (workerData as { modulesFrom?: string } | undefined)?.modulesFrom;
let unusable: string | undefined;
try {
  if (!modulesFrom) throw new Error('the worker was not told where its bundle is');
  resolveModulesFrom(modulesFrom);
  // HTML is sanitized on jsdom, loaded on the first web page: check now that it can be found.
  createRequire(modulesFrom).resolve('jsdom');
} catch (error) {
  unusable = (error as Error).message.split('\n')[0];
}

const queue: ParseRequest[] = [];
let parsing = false;

async function parseQueued(): Promise<void> {
  if (parsing) return;
  parsing = true;
  while (queue.length > 0) {
    const request = queue.shift()!;
    // A worker thread's port, not a window: there is no target origin to name.
    /* oxlint-disable unicorn/require-post-message-target-origin */
    try {
      const prepared = await prepareImportFile({ fileName: request.fileName, bytes: request.bytes }, { id: request.storyId, path: request.path, now: new Date(request.now) });
      port.postMessage({ id: request.id, prepared }, [prepared.statements.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id: request.id, error: toWireError(error) });
    }
  }
  parsing = false;
}

port.on('message', (request: ParseRequest) => {
  queue.push(request);
  void parseQueued();
});
port.postMessage({ ready: unusable === undefined, ...(unusable ? { error: unusable } : {}) });
/* oxlint-enable unicorn/require-post-message-target-origin */
