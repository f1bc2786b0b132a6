import fs from 'node:fs';
import path from 'node:path';
import { startBrowserServer } from '../../browser/server';
import { openAppWindow, type AppWindow } from '../../browser/openAppWindow';
import type { LaunchPage } from '../../browser/launchPage';
import { defaultDataDir } from '../../core/paths';
import { parseCommandArgs, UsageError } from '../args';
import { listenOnRememberedPort, rememberPort } from '../browserPort';
import { libraryPathFrom, openCliCore } from '../openCoreForCli';
import { pageLimitFileFromEnv, watchPageLimitFile } from '../testing/pageLimitHook';
import type { CliIo } from '../io';

export const serveUsage = 'copydesk serve [--library PATH] [--port N] [--no-open]';

/** The built renderer, next to this bundle in dist/. */
export function defaultRendererDir(): string {
  return path.resolve(__dirname, '..', 'renderer');
}

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    library: { type: 'string' },
    port: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError(`--port must be a port number (0-65535), not "${values.port}".`);
  const rendererDir = process.env.COPYDESK_RENDERER_DIR ?? defaultRendererDir();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    io.err(`The app is not built (no ${path.join(rendererDir, 'index.html')}); run "npm run build" first.`);
    return 1;
  }

  const core = openCliCore(values.library, 'browser');
  const libraryPath = libraryPathFrom(values.library);
  let launchPage: LaunchPage | undefined;
  let appWindow: AppWindow | undefined;
  const start = (listenPort: number) =>
    startBrowserServer({ dispatch: core.dispatch, events: core.events, rendererDir, port: listenPort, log: io.err, onTokenUsed: () => launchPage?.remove() });
  // Without --port: the port of the last launch when it is free (same origin, same journal of unsaved edits), else any.
  const server = port === undefined ? await listenOnRememberedPort(libraryPath, start) : await start(port);
  rememberPort(libraryPath, server.port);
  const pageLimitFile = pageLimitFileFromEnv(process.env);
  if (pageLimitFile) watchPageLimitFile(core.library.db, pageLimitFile, io.err);
  io.out(`Copydesk is running at ${server.launchUrl}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    launchPage?.remove();
    // The window goes with the server, rather than staying open on an address that no longer answers.
    // Chromium quits cleanly on SIGTERM, so the journal of unsaved edits it holds is kept.
    if (appWindow && appWindow.child.exitCode === null && appWindow.child.signalCode === null) appWindow.child.kill('SIGTERM');
    await server.close();
    await core.shutdown();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
  // However the process ends (an uncaught error too), the page with the token goes with it.
  process.on('exit', () => launchPage?.remove());

  if (!values['no-open']) {
    const startedAt = Date.now();
    appWindow = openAppWindow(server.launchUrl, defaultDataDir());
    if (!appWindow) {
      io.err('No Chromium or Chrome was found to open it in (or there is no display): open the address above in a browser.');
    } else {
      launchPage = appWindow.launchPage;
      appWindow.child.on('exit', (code) => {
        // A browser that hands the window to an instance already running exits at once; keep serving then.
        if (code === 0 && Date.now() - startedAt > 3_000) void stop(0);
      });
    }
  }
  return new Promise<number>(() => {});
}
