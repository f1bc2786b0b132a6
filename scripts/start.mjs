// `npm start`: build what is stale, then run the Electron app. Where the Electron binary is
// missing, try Electron's own installer (bounded); if that fails, say so in one line and run
// browser mode instead. `npm start -- --browser` goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import dns from 'node:dns/promises';
import net from 'node:net';
import path from 'node:path';
import { buildNode, buildRenderer } from './build.mjs';
import { electronBinary, root } from './electron-env.mjs';
import { ensureElectronNativeBinding } from './electron-native.mjs';

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((arg) => arg !== '--browser');

const INSTALL_TIMEOUT_MS = 120_000;
const REACH_TIMEOUT_MS = 3_000;

/** Is Electron's download host reachable at all? Answers within a few seconds, so a closed network fails fast. */
async function downloadHostReachable() {
  const mirror = process.env.ELECTRON_MIRROR ?? process.env.npm_config_electron_mirror ?? 'https://github.com/';
  const { hostname, port, protocol } = new URL(mirror);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), REACH_TIMEOUT_MS));
  const attempt = (async () => {
    await dns.lookup(hostname);
    return await new Promise((resolve) => {
      const socket = net.connect(Number(port) || (protocol === 'http:' ? 80 : 443), hostname);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  })().catch(() => false);
  return Promise.race([attempt, timeout]);
}

async function tryInstallElectron() {
  if (!(await downloadHostReachable())) return 'its download host cannot be reached from this machine';
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.error?.code === 'ETIMEDOUT') return `the download took over ${INSTALL_TIMEOUT_MS / 1000} s`;
  if (result.status !== 0) return (result.stderr || 'the installer failed').trim().split('\n').pop();
  return undefined;
}

function runBrowserMode() {
  const cli = path.join(root, 'bin', 'copydesk.cjs');
  const child = spawn(process.execPath, [cli, 'serve', ...passThrough], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runElectron(executable) {
  await ensureElectronNativeBinding();
  const child = spawn(executable, [root, ...passThrough], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

try {
  await buildNode();
  await buildRenderer();
} catch (error) {
  console.error(`Build failed: ${error.message}`);
  process.exit(1);
}

if (forceBrowser) {
  runBrowserMode();
} else {
  let electron = electronBinary();
  if (!electron.path) {
    const failure = await tryInstallElectron();
    electron = failure ? { reason: failure } : electronBinary();
    if (!electron.path) console.error(`Electron is not available (${electron.reason ?? failure}); starting Copydesk in browser mode instead.`);
  }
  if (electron.path) {
    try {
      await runElectron(electron.path);
    } catch (error) {
      console.error(`The Electron app could not start (${error.message}); starting Copydesk in browser mode instead.`);
      runBrowserMode();
    }
  } else {
    runBrowserMode();
  }
}
