import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appModeArgs } from '../../../electron/browser/findBrowser';
import { writeLaunchPage } from '../../../electron/browser/launchPage';
import { startBrowserServer } from '../../../electron/browser/server';
import { rawRequest } from '../../helpers/rawHttp';
import { makeTempDir } from '../../helpers/tempDir';
import { openTestCore } from '../../helpers/testCore';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const LAUNCH_URL = 'http://127.0.0.1:4123/?token=QmFkIHRva2VuIGZvciB0ZXN0cyBvbmx5IDAxMjM0NTY3';

describe('the launch page', () => {
  it('keeps the token off the browser command line, in a file only its owner can read', () => {
    const page = writeLaunchPage(temp.dir, LAUNCH_URL);
    const args = appModeArgs(page.url, path.join(temp.dir, 'browser-profile'), false);
    expect(args.join(' ')).not.toContain('token');
    expect(args).toContain(`--app=${page.url}`);
    expect(page.url).toMatch(/^file:\/\//);
    expect(fs.statSync(page.file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(page.file, 'utf8')).toContain(`location.replace(${JSON.stringify(LAUNCH_URL)})`);
  });

  it('cannot be broken out of by the address, and clears pages a killed launch left (not one another server wrote just now)', () => {
    const killed = writeLaunchPage(temp.dir, LAUNCH_URL);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    fs.utimesSync(killed.file, twoMinutesAgo, twoMinutesAgo);
    const starting = writeLaunchPage(temp.dir, LAUNCH_URL);
    const page = writeLaunchPage(temp.dir, 'http://127.0.0.1:4123/?token=a</script><script>alert(1)</script>');
    expect(fs.existsSync(killed.file)).toBe(false);
    expect(fs.existsSync(starting.file)).toBe(true);
    expect(fs.readFileSync(page.file, 'utf8')).not.toContain('</script><script>alert');
    page.remove();
    page.remove();
    expect(fs.existsSync(page.file)).toBe(false);
  });

  it('is removed once a request first passes the token check, not before', async () => {
    const core = openTestCore();
    const rendererDir = path.join(core.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    let used = 0;
    const server = await startBrowserServer({ dispatch: core.dispatch, events: core.events, rendererDir, onTokenUsed: () => (used += 1) });
    try {
      const call = (authorization: string) =>
        rawRequest(server.port, ['POST /api/listStories HTTP/1.1', `Host: 127.0.0.1:${server.port}`, `Origin: http://127.0.0.1:${server.port}`, `Authorization: ${authorization}`], '{}');
      await rawRequest(server.port, ['GET / HTTP/1.1', `Host: 127.0.0.1:${server.port}`]);
      expect((await call('Bearer wrong')).status).toBe(401);
      expect(used).toBe(0);
      expect((await call(`Bearer ${server.token}`)).status).toBe(200);
      expect((await call(`Bearer ${server.token}`)).status).toBe(200);
      expect(used).toBe(1);
    } finally {
      await server.close();
      core.dispose();
    }
  });
});

interface BrowserReport {
  pid: number;
  argv: string[];
  file: string;
  mode: number;
  html: string;
}

/**
 * `copydesk serve` as a user starts it (no --no-open), with a FakeBrowser in place
 * of Chromium: it reports the command line it was given and the page it was
 * pointed at, as seen at the moment a browser would read it.
 */
describe('copydesk serve opens the app through the launch page', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  const CLI = path.join(ROOT, 'dist', 'node', 'cli.cjs');

  beforeAll(() => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--node-only', '--quiet']);
    expect(built.status, built.stderr?.toString()).toBe(0);
  });

  async function serveWithFakeBrowser({ stayOpen = false } = {}) {
    const reports = net.createServer();
    const report = new Promise<BrowserReport>((resolve) =>
      reports.on('connection', (socket) => {
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.on('end', () => resolve(JSON.parse(text) as BrowserReport));
      }),
    );
    await new Promise<void>((resolve) => reports.listen(0, '127.0.0.1', resolve));
    const fakeBrowser = path.join(temp.dir, 'FakeBrowser');
    fs.writeFileSync(
      fakeBrowser,
      `#!${process.execPath}
const fs = require('node:fs');
const net = require('node:net');
const { fileURLToPath } = require('node:url');
const app = process.argv.find((arg) => arg.startsWith('--app=')).slice('--app='.length);
const file = fileURLToPath(app);
const report = { pid: process.pid, argv: process.argv.slice(2), file, mode: fs.statSync(file).mode & 0o777, html: fs.readFileSync(file, 'utf8') };
net.connect(Number(process.env.FAKE_BROWSER_REPORT_PORT), '127.0.0.1', function () { this.end(JSON.stringify(report)); });
// A window the user keeps open, until it is told to quit.
if (${stayOpen}) setInterval(() => {}, 1000);
`,
      { mode: 0o755 },
    );
    const rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
    const dataHome = path.join(temp.dir, 'data');
    const child = spawn(process.execPath, [CLI, 'serve', '--library', path.join(temp.dir, 'library.sqlite'), '--port', '0'], {
      env: {
        ...process.env,
        HOME: temp.dir,
        XDG_DATA_HOME: dataHome,
        DISPLAY: ':fake',
        CHROMIUM_PATH: fakeBrowser,
        COPYDESK_RENDERER_DIR: rendererDir,
        FAKE_BROWSER_REPORT_PORT: String((reports.address() as net.AddressInfo).port),
      },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      void exited.then((code) => reject(new Error(`serve exited with ${code}`)));
    });
    const browser = await report;
    reports.close();
    const stop = async () => {
      child.kill('SIGTERM');
      return exited;
    };
    return { line, browser, dataDir: path.join(dataHome, 'Copydesk'), stop };
  }

  it('prints the launch address unchanged, starts the browser on a private page in the data dir, and removes it once the token is used', async () => {
    const serve = await serveWithFakeBrowser();
    try {
      const match = /^Copydesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/.exec(serve.line);
      expect(match, serve.line).not.toBeNull();
      const [, launchUrl, port, token] = match!;
      expect(serve.browser.argv.join(' ')).not.toContain(token);
      expect(serve.browser.argv).toContain(`--app=${pathToFileURL(serve.browser.file).href}`);
      expect(path.dirname(serve.browser.file)).toBe(serve.dataDir);
      expect(serve.browser.mode).toBe(0o600);
      expect(serve.browser.html).toContain(`location.replace(${JSON.stringify(launchUrl)})`);
      expect(fs.existsSync(serve.browser.file)).toBe(true);

      const origin = `http://127.0.0.1:${port}`;
      const answer = await rawRequest(Number(port), ['POST /api/listStories HTTP/1.1', `Host: 127.0.0.1:${port}`, `Origin: ${origin}`, `Authorization: Bearer ${token}`], '{}');
      expect(answer.status).toBe(200);
      expect(fs.existsSync(serve.browser.file)).toBe(false);
    } finally {
      await serve.stop();
    }
  });

  it('removes the page when the server stops before the page was used', async () => {
    const serve = await serveWithFakeBrowser();
    expect(fs.existsSync(serve.browser.file)).toBe(true);
    expect(await serve.stop()).toBe(0);
    expect(fs.existsSync(serve.browser.file)).toBe(false);
    expect(fs.readdirSync(serve.dataDir).filter((name) => name.startsWith('browser-launch-'))).toEqual([]);
  });

  it('closes the window it opened when the server stops, rather than leaving it on a dead address', async () => {
    const serve = await serveWithFakeBrowser({ stayOpen: true });
    const running = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(running(serve.browser.pid)).toBe(true);
    expect(await serve.stop()).toBe(0);
    await expect.poll(() => running(serve.browser.pid), { timeout: 10_000 }).toBe(false);
  });
});
