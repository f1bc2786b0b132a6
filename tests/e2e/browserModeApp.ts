import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/** Far above a start or stop on a loaded machine (under a second); a server that takes longer is stuck, and the test says so. */
const PROCESS_WAIT_MS = 30_000;

function exited(child: ChildProcessWithoutNullStreams): boolean {
  // A process ended by a signal has a signalCode and no exitCode.
  return child.exitCode !== null || child.signalCode !== null;
}

/** Copydesk in browser mode, started as a user would (`copydesk serve`), on its own library. */
export class BrowserModeApp {
  private child: ChildProcessWithoutNullStreams | undefined;
  url = '';
  port = 0;
  token = '';
  private output = '';

  private constructor(
    readonly dir: string,
    readonly libraryPath: string,
    /** Extra environment of the server process (test-only hooks, HOME bounding where exports may go). */
    public env: NodeJS.ProcessEnv = {},
  ) {}

  /** `env` is added to the server's environment (e.g. HOME, which bounds where exports may be written). */
  static async start(libraryPath?: string, env: NodeJS.ProcessEnv = {}): Promise<BrowserModeApp> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
    const app = new BrowserModeApp(dir, libraryPath ?? path.join(dir, 'library.sqlite'), env);
    await app.launch();
    return app;
  }

  /** Start the server process and wait for the line with its address; `port` null: as `npm start` does (the remembered port). */
  async launch(port: number | null = 0): Promise<void> {
    const portArgs = port === null ? [] : ['--port', String(port)];
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'copydesk.cjs'), 'serve', '--library', this.libraryPath, '--no-open', ...portArgs], {
      env: { ...process.env, XDG_DATA_HOME: this.dir, ...this.env },
    });
    this.child = child;
    this.output = '';
    child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const stuck = setTimeout(() => reject(new Error(`copydesk serve printed no address within ${PROCESS_WAIT_MS} ms; it said: ${out}${this.output}`)), PROCESS_WAIT_MS);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Copydesk is running at (\S+)/.exec(out);
        if (match) {
          clearTimeout(stuck);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(stuck);
        reject(new Error(`copydesk serve exited with ${code ?? signal}: ${this.output}`));
      });
    });
    const parsed = new URL(this.url);
    this.port = Number(parsed.port);
    this.token = parsed.searchParams.get('token')!;
  }

  /** What the server has written to stderr since it was last launched (for a failing test's message). */
  get errorOutput(): string {
    return this.output;
  }

  /** The server process's id (for kill -9 in the crash test). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Stop as the user would (Ctrl+C), waiting until the library is closed. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || exited(child)) return;
    await new Promise<void>((resolve, reject) => {
      const stuck = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`copydesk serve did not exit within ${PROCESS_WAIT_MS} ms of ${signal}: ${this.output}`));
      }, PROCESS_WAIT_MS);
      child.once('exit', () => {
        clearTimeout(stuck);
        resolve();
      });
      child.kill(signal);
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
