/**
 * The main-process core in a child process of its own, for the kill -9 supervisor
 * (killSupervisor.test.ts). It builds the core exactly as `copydesk serve` does (browser
 * mode, background work on) and answers contract calls sent over the IPC channel through
 * the same dispatch both transports use. Bundled by the test with scripts/bundleTs.mjs.
 *
 * argv: libraryPath backupsDir exportHome
 */
import { openCore } from '../../electron/core/core';

interface Call {
  id: number;
  method: string;
  input: unknown;
}

const [libraryPath, backupsDir, exportHome] = process.argv.slice(2) as [string, string, string];
// The code is loaded; what follows is opening the library (lock, checks, migrations).
process.send?.({ loaded: true });
const openingStarted = Date.now();
const core = openCore({
  libraryPath,
  mode: 'browser',
  app: 'Copydesk (kill test)',
  background: true,
  backupsDir,
  exportFolders: { home: exportHome },
  log: (message) => process.stderr.write(`${message}\n`),
});

process.on('message', (message: Call) => {
  void core.dispatch(message.method as never, message.input as never).then(
    (response) => process.send?.({ id: message.id, response }),
    (error: unknown) => process.send?.({ id: message.id, response: { ok: false, error: { code: 'internal', message: String(error) } } }),
  );
});
process.on('SIGTERM', () => void core.shutdown().then(() => process.exit(0)));
process.send?.({ ready: true, state: core.state, openMs: Date.now() - openingStarted });
