import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ImportError, type ImportInput } from '../../../story/import/types';
import { yieldToEventLoop } from '../../core/jobs';
import { fromWireError, prepareImportFile, type PreparedFile, type StoryToPrepare, type WireError } from './parseFile';
import type { ParseRequest } from './parseWorker';

/** Turns a file into a story ready to store: in the parse worker where the bundle has one, else in this thread. */
export interface ImportParser {
  /** The bytes may be moved to the worker (transferred): the caller must not use them afterwards. */
  prepare(input: ImportInput, story: StoryToPrepare): Promise<PreparedFile>;
  close(): Promise<void>;
  readonly inWorker: boolean;
  /** The worker thread's id while one runs (tests see a worker kept or started afresh by it). */
  readonly threadId: number | undefined;
}

export const inProcessParser = (): ImportParser => ({ prepare: prepareImportFile, close: async () => {}, inWorker: false, threadId: undefined });

/** A file that keeps the worker busy longer than this is given up (the worker is stopped and started afresh). */
export const PARSE_TIME_LIMIT_MS = 60_000;

export interface WorkerParserOptions {
  /** The worker bundle's path, where jsdom is looked up from. */
  modulesFrom: string;
  /** Per file, from when the worker starts on it. */
  timeLimitMs?: number;
  /** For the worker to start and say it is ready. */
  startLimitMs?: number;
}

interface Request {
  id: number;
  input: ImportInput;
  story: StoryToPrepare;
  resolve(prepared: PreparedFile): void;
  reject(error: Error): void;
}

type Reply = { ready: boolean; error?: string } | { id: number; prepared?: PreparedFile; error?: WireError };

/** A view over the whole of a plain ArrayBuffer, which can be moved to the worker instead of copied. */
const movable = (bytes: Uint8Array) => bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

/**
 * One worker thread parsing files one at a time, in order, from the worker bundle's source
 * (so it loads the same way from a folder or from inside the packaged app's archive).
 * Several files may wait in the worker so that it never idles between two; a file that
 * crashes the worker or keeps it busy past the time limit fails alone: the worker is
 * started afresh and the files that waited behind it are sent again. A worker that cannot
 * start (its bundle broken, jsdom not found) hands everything to in-process parsing.
 */
export function createWorkerParser(workerSource: string, options: WorkerParserOptions): ImportParser {
  const timeLimitMs = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS;
  const startLimitMs = options.startLimitMs ?? PARSE_TIME_LIMIT_MS;
  let worker: Worker | undefined;
  let ready = false;
  let fallback: ImportParser | undefined;
  let closed = false;
  let nextId = 1;
  /** Sent to the current worker and not yet answered, in its order: the first is being parsed. */
  let sent: Request[] = [];
  /** When the worker started, or started on the file it is parsing now. */
  let since = 0;
  /** Looks at the clock now and then (one timer for the worker, not one per file). */
  let watchdog: ReturnType<typeof setInterval> | undefined;

  const watch = () => {
    if (sent.length === 0) return;
    const elapsed = performance.now() - since;
    // Until the worker says it is ready, the clock is its start-up's: one that never starts hands over to this thread.
    if (!ready && elapsed >= startLimitMs) useFallback();
    else if (ready && elapsed >= timeLimitMs) onTimeLimit();
  };

  const post = (running: Worker, request: Request) => {
    const { bytes, fileName } = request.input;
    // The file parsed next can be moved; one that waits behind others is copied and kept, to send again if the worker is lost.
    const move = ready && sent.length === 0 && movable(bytes);
    // (A copy made with `new Uint8Array`: a Buffer's slice() is a view of the same memory.)
    const payload = move ? bytes : new Uint8Array(bytes);
    const { id: storyId, path: storyPath, now } = request.story;
    const message: ParseRequest = { id: request.id, fileName, bytes: payload, storyId, path: storyPath, now: now.toISOString() };
    // A worker thread's port, not a window: there is no target origin.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    running.postMessage(message, [payload.buffer as ArrayBuffer]);
    sent.push(request);
    // Kept alive while it has work; an idle worker never holds the process open.
    running.ref();
  };

  const stopWorker = async () => {
    const running = worker;
    worker = undefined;
    ready = false;
    clearInterval(watchdog);
    watchdog = undefined;
    await running?.terminate();
  };

  /** The worker cannot run here: parse what it held, and everything after, in this thread. */
  function useFallback() {
    void stopWorker();
    fallback = inProcessParser();
    const waiting = sent;
    sent = [];
    // One at a time, a turn of the event loop between two: each file's parse is a block of its own.
    const here = fallback;
    void waiting.reduce(
      (previous, request) =>
        previous
          .then(yieldToEventLoop)
          .then(() => here.prepare(request.input, request.story))
          .then(request.resolve, request.reject),
      Promise.resolve(),
    );
  }

  /** The file being parsed failed the worker: fail it alone, and send the others again to a new worker. */
  const loseWorker = (reason: (fileName: string) => ImportError) => {
    void stopWorker();
    const [culprit, ...waiting] = sent;
    sent = [];
    if (culprit) culprit.reject(reason(culprit.input.fileName));
    if (waiting.length === 0) return;
    const running = start();
    for (const request of waiting) post(running, request);
  };

  function onTimeLimit() {
    const seconds = Math.round(timeLimitMs / 1000);
    loseWorker((fileName) => new ImportError('too_complex', fileName, `reading the file took longer than ${seconds} s, so it was stopped.`));
  }

  const start = (): Worker => {
    const started = new Worker(workerSource, { eval: true, workerData: { modulesFrom: options.modulesFrom } });
    worker = started;
    ready = false;
    since = performance.now();
    clearInterval(watchdog);
    watchdog = setInterval(watch, Math.min(1000, Math.max(50, Math.min(timeLimitMs, startLimitMs) / 10)));
    watchdog.unref();
    started.unref();
    const current = () => worker === started;
    started.on('message', (reply: Reply) => {
      if (!current()) return;
      if ('ready' in reply) {
        if (!reply.ready) return useFallback();
        ready = true;
        // The first file sent starts now.
        since = performance.now();
        return;
      }
      const index = sent.findIndex((request) => request.id === reply.id);
      if (index < 0) return;
      const [request] = sent.splice(index, 1);
      // The next file starts now (the worker takes them in order).
      since = performance.now();
      if (sent.length === 0) started.unref();
      if (reply.prepared) request!.resolve(reply.prepared);
      else request!.reject(fromWireError(reply.error ?? { kind: 'other', message: 'the file reader sent nothing back' }));
    });
    const lost = (why: string) => {
      if (!current()) return;
      if (!ready) return useFallback();
      loseWorker((fileName) => new ImportError('corrupt', fileName, `the file could not be read: the reader stopped on it (${why}).`));
    };
    started.on('error', (error) => lost(error.message.split('\n')[0]!));
    started.on('exit', (code) => lost(`exit code ${code}`));
    return started;
  };

  return {
    get inWorker() {
      return fallback === undefined;
    },
    get threadId() {
      return worker?.threadId;
    },
    prepare(input, story) {
      if (closed) return Promise.reject(new Error('The import parser is closed.'));
      if (!fallback && !worker) {
        try {
          start();
        } catch {
          // No thread can be made here (resource limits): parse in this thread.
          fallback = inProcessParser();
        }
      }
      if (fallback) return fallback.prepare(input, story);
      const running = worker!;
      return new Promise<PreparedFile>((resolve, reject) => {
        const request: Request = { id: nextId++, input, story, resolve, reject };
        if (sent.length === 0 && ready) since = performance.now();
        post(running, request);
      });
    },
    async close() {
      closed = true;
      for (const request of sent.splice(0)) request.reject(new Error('The import parser was closed.'));
      await stopWorker();
    },
  };
}

/** The import runs' parsers: one worker, shared, kept while imports follow one another. */
export interface ImportParsers {
  /** A parser for one import run; its close() hands the worker back. */
  open(): ImportParser;
  /** Stop the worker (the library session closes). */
  close(): Promise<void>;
}

/** A worker nobody has used for this long is stopped (its memory, jsdom's included, given back). */
export const PARSER_IDLE_MS = 30_000;

/**
 * The parse worker bundle built beside this bundle (dist/node, dist/electron), when there is
 * one: started on the first import and kept for the next ones (starting it takes a few
 * hundred milliseconds), stopped once idle. Without the bundle, files are parsed here.
 */
export function importParserFactory(bundleDir: string = __dirname, idleMs = PARSER_IDLE_MS): ImportParsers {
  const file = path.join(bundleDir, 'importWorker.cjs');
  let source: string | null | undefined;
  let shared: { parser: ImportParser; users: number; idle?: ReturnType<typeof setTimeout> } | undefined;
  const stop = (entry: NonNullable<typeof shared>) => {
    if (shared === entry) shared = undefined;
    clearTimeout(entry.idle);
    return entry.parser.close();
  };
  return {
    open() {
      if (source === undefined) {
        try {
          source = fs.readFileSync(file, 'utf8');
        } catch {
          source = null;
        }
      }
      if (source === null) return inProcessParser();
      // A worker that could not start stays in this thread for good: the next import tries a new one.
      if (shared && !shared.parser.inWorker && shared.users === 0) void stop(shared);
      const entry = (shared ??= { parser: createWorkerParser(source, { modulesFrom: file }), users: 0 });
      entry.users++;
      clearTimeout(entry.idle);
      let released = false;
      return {
        get inWorker() {
          return entry.parser.inWorker;
        },
        get threadId() {
          return entry.parser.threadId;
        },
        prepare: (input, story) => entry.parser.prepare(input, story),
        async close() {
          if (released) return;
          released = true;
          if (--entry.users > 0) return;
          entry.idle = setTimeout(() => void stop(entry), idleMs);
          entry.idle.unref();
        },
      };
    },
    async close() {
      if (shared) await stop(shared);
    },
  };
}
