import type { PostAnswer, PostReply, PostRequest } from './postProtocol';

/** Request bodies from this size up are sent from a worker (see postWorker.ts); smaller ones cost the main thread little. */
export const OFF_THREAD_BYTES = 64 * 1024;

let worker: Worker | undefined;
/** The worker failed to run: every request goes by the main thread from then on. */
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (answer: PostAnswer) => void; reject: (error: Error) => void }>();

function postWorker(): Worker | undefined {
  if (worker || typeof Worker !== 'function') return worker;
  worker = new Worker(new URL('./postWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }: MessageEvent<PostReply>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if (!request) return;
    if ('unreachable' in data) request.reject(new Error('unreachable'));
    else request.resolve({ status: data.status, text: data.text });
  });
  // A worker that cannot run answers none of its requests: they fail (the save is retried), later ones go by the main thread.
  worker.addEventListener('error', () => {
    for (const request of waiting.values()) request.reject(new Error('unreachable'));
    waiting.clear();
    worker = undefined;
    broken = true;
  });
  return worker;
}

/** POST `body` (JSON text) to `url`; rejects when no answer came (the server is unreachable). */
export async function post(url: string, headers: Record<string, string>, body: string): Promise<PostAnswer> {
  const offThread = body.length >= OFF_THREAD_BYTES && !broken ? postWorker() : undefined;
  if (!offThread) {
    const response = await fetch(url, { method: 'POST', headers, body });
    return { status: response.status, text: await response.text() };
  }
  const id = ++nextId;
  const answer = new Promise<PostAnswer>((resolve, reject) => waiting.set(id, { resolve, reject }));
  // The worker resolves `url` against its own script's address: send it whole.
  const request: PostRequest = { id, url: new URL(url, location.href).href, headers, body };
  offThread.postMessage(request, []);
  return answer;
}
