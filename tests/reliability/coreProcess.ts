import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ApiResponse } from '../../electron/api/errors';

const ROOT = path.resolve(__dirname, '../..');

let bundled: Promise<string> | undefined;

/** The child entry (coreChild.ts) bundled once per test run, as the CLI's bundle is. */
export function coreChildBundle(): Promise<string> {
  bundled ??= import(path.join(ROOT, 'scripts', 'bundleTs.mjs')).then((module: { bundleTs(entry: string, out: string): Promise<string> }) =>
    module.bundleTs(path.join(ROOT, 'tests', 'reliability', 'coreChild.ts'), 'coreChild.cjs'),
  );
  return bundled;
}

const live = new Set<CoreProcess>();

/** Kill every core process still running (a test that failed or timed out leaves them). */
export async function killAllCoreProcesses(): Promise<void> {
  await Promise.all([...live].map((core) => core.kill('SIGKILL')));
}

/** A core running in a child process; calls go through its dispatch over the IPC channel. */
export class CoreProcess {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, (response: ApiResponse<unknown>) => void>();
  readonly ready: Promise<void>;
  /** The code is loaded and the library is about to be opened. */
  readonly loaded: Promise<void>;
  private onLoaded: () => void = () => {};
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr = '';
  /** How long opening the library took (lock, checks, migrations), once ready. */
  openMs: number | undefined;

  constructor(bundle: string, libraryPath: string, backupsDir: string, exportHome: string) {
    this.child = fork(bundle, [libraryPath, backupsDir, exportHome], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    // Sends racing the kill fail with EPIPE; the calls concerned stay unanswered (unacknowledged).
    this.child.on('error', () => undefined);
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.loaded = new Promise((resolve) => (this.onLoaded = resolve));
    live.add(this);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        live.delete(this);
        resolve({ code, signal });
      }),
    );
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: { ready?: boolean; openMs?: number; id?: number; response?: ApiResponse<unknown> }) => {
        if ((message as { loaded?: boolean }).loaded) this.onLoaded();
        else if (message.ready) {
          this.openMs = message.openMs;
          resolve();
        }
        else if (message.id !== undefined) {
          this.pending.get(message.id)?.(message.response!);
          this.pending.delete(message.id);
        }
      });
      void this.exited.then(({ code, signal }) => reject(new Error(`the core exited before it was ready (${signal ?? code}): ${this.stderr}`)));
    });
    this.ready.catch(() => undefined);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** A contract call; never settles if the process dies first (the writer treats it as unacknowledged). */
  call<T>(method: string, input: unknown): Promise<ApiResponse<T>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (response: ApiResponse<unknown>) => void);
      // A channel closed by the kill fails the send (EPIPE) through the callback: the call is never answered.
      if (this.child.connected) this.child.send({ id, method, input }, () => undefined);
    });
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
