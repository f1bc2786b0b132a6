import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawConnection, type RawResponse } from '../../helpers/rawHttp';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * No token in any log line or error message: a real `copydesk serve` is driven
 * through every failure it has (refused Host, Origin and tokens, near misses of
 * the token, bad and oversized bodies, a handler that crashes, a full disk,
 * export errors, an aborted upload), the CLI is run against the library it
 * holds, and everything they print and answer is searched for the token and for
 * the request headers sent.
 */
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'node', 'cli.cjs');
const MARK = `hdr${crypto.randomBytes(6).toString('hex')}`;

let temp: ReturnType<typeof makeTempDir>;
let library: string;
let child: ChildProcess;
let stdout = '';
let stderr = '';
let port = 0;
let token = '';
let pageLimitFile: string;
const responses: RawResponse[] = [];

function env() {
  return {
    ...process.env,
    HOME: temp.dir,
    XDG_DATA_HOME: temp.dir,
    COPYDESK_RENDERER_DIR: path.join(temp.dir, 'renderer'),
    COPYDESK_TEST_HOOKS: '1',
    COPYDESK_TEST_PAGE_LIMIT_FILE: pageLimitFile,
  };
}

beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--node-only', '--quiet']);
  expect(built.status, built.stderr?.toString()).toBe(0);
  temp = makeTempDir();
  library = path.join(temp.dir, 'library.sqlite');
  pageLimitFile = path.join(temp.dir, 'page-limit');
  fs.mkdirSync(path.join(temp.dir, 'renderer'));
  fs.writeFileSync(path.join(temp.dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title>');
  // Where documents go is a file, not a folder: adding a document source crashes its handler.
  fs.writeFileSync(`${library}.files`, 'in the way');
  child = spawn(process.execPath, [CLI, 'serve', '--library', library, '--no-open', '--port', '0'], { env: env() });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Copydesk is running at (\S+)/.exec(stdout);
      if (!match) return;
      const url = new URL(match[1]!);
      port = Number(url.port);
      token = url.searchParams.get('token')!;
      resolve();
    });
    child.on('exit', (code) => reject(new Error(`copydesk serve exited with ${code}: ${stderr}`)));
  });
});
/** The command line, beside the running server. */
function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: env() });
}

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  temp.cleanup();
});

/** Headers a careless server might copy into an error: each carries the marker. */
const marked = () => [`Cookie: session=${MARK}`, `User-Agent: ${MARK}-agent`, `X-Forwarded-For: ${MARK}`, `Referer: http://${MARK}.test/`, `X-Request-Id: ${MARK}`];

async function call(method: string, body: string, headers: { host?: string; origin?: string; authorization?: string } = {}): Promise<RawResponse> {
  const connection = new RawConnection(port);
  try {
    const response = await connection.send(
      [
        `POST /api/${method} HTTP/1.1`,
        `Host: ${headers.host ?? `127.0.0.1:${port}`}`,
        `Origin: ${headers.origin ?? `http://127.0.0.1:${port}`}`,
        `Authorization: ${headers.authorization ?? `Bearer ${token}`}`,
        'Content-Type: application/json',
        ...marked(),
      ],
      body,
    );
    responses.push(response);
    return response;
  } finally {
    connection.close();
  }
}

const json = (value: unknown) => JSON.stringify(value);

/** Resolves once the server has printed a line matching `pattern` (the test hook says when it applied a page limit). */
function printed(pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!pattern.test(stderr)) return;
      child.stderr!.off('data', check);
      resolve();
    };
    child.stderr!.on('data', check);
    check();
  });
}

describe('the token stays secret', () => {
  it('is in no answer to a refused or failed request, and no answer echoes a request header', async () => {
    expect((await call('listStories', '{}', { host: `${MARK}.evil.test:${port}` })).status).toBe(403);
    expect((await call('listStories', '{}', { origin: `http://${MARK}.evil.test` })).status).toBe(403);
    for (const authorization of [`Bearer ${MARK}`, `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, `bearer ${token}`, `Basic ${Buffer.from(`copydesk:${token}`).toString('base64')}`, token, '']) {
      expect((await call('createStory', json({ headline: 'x' }), { authorization })).status, authorization.slice(0, 8)).toBe(401);
    }
    expect((await call('createStory', `{"headline": "${MARK}`)).status).toBe(400);
    expect((await call('getStory', json({ id: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
    expect((await call('noSuchMethod', '{}')).status).toBe(404);
    expect((await call('getStory', json({ id: MARK }))).status).toBe(400);
    expect((await call('getStory', json({ id: crypto.randomUUID() }))).status).toBe(404);

    // A handler that crashes (the documents folder is a file).
    const crashed = await call('addDocumentSource', json({ fileName: 'memo.txt', dataBase64: Buffer.from('memo').toString('base64') }));
    expect(crashed.status).toBe(500);

    // A full disk, then space again.
    const story = JSON.parse((await call('createStory', json({ headline: 'Before the disk filled' }))).body) as { value: { id: string; version: number } };
    fs.writeFileSync(pageLimitFile, 'full');
    await printed(/page limit set to/);
    const full = await call('saveStory', json({ id: story.value.id, baseVersion: story.value.version, changes: { body: { type: 'doc', content: Array.from({ length: 200 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(2000) }] })) } } }));
    fs.writeFileSync(pageLimitFile, 'off');
    await printed(/page limit lifted[^]*page limit set to[^]*page limit lifted/);
    expect(full.status).toBe(507);

    // Export errors: a folder outside home, a folder that is not there, a folder name with a path in it.
    for (const destination of ['/etc', path.join(temp.dir, 'missing', 'deeper')]) {
      const plan = await call('planExport', json({ scope: { all: true }, formats: ['html'], destination: { kind: 'folder', path: destination } }));
      expect(plan.status, destination).toBeGreaterThanOrEqual(400);
    }
    expect((await call('createExportFolder', json({ parent: temp.dir, name: '../escape' }))).status).toBeGreaterThanOrEqual(400);
    expect((await call('listExportFolders', json({ path: '/proc' }))).status).toBeGreaterThanOrEqual(400);

    // Import errors: a page nested past the importer's depth limit.
    await call('importPastedHtml', json({ html: `<html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<p>Deep text</p></body></html>` }));

    for (const response of responses) {
      const text = `${JSON.stringify(response.headers)}\n${response.body}`;
      expect(text).not.toContain(token);
      expect(text).not.toContain(MARK);
    }
  });

  // After the requests above (which crashed a handler), so their log lines are in stderr too.
  it('is in no log line of the server or the command line, even when requests break off', async () => {
    // An upload broken off half way, and an event stream dropped.
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write([`POST /api/createStory HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Origin: http://127.0.0.1:${port}`, `Authorization: Bearer ${token}`, 'Content-Length: 100000', '', '{"headline":"'].join('\r\n'));
        setImmediate(() => socket.destroy());
      });
      socket.on('close', () => resolve());
    });
    const stream = new RawConnection(port);
    expect((await stream.send([`POST /api/events HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Origin: http://127.0.0.1:${port}`, `Authorization: Bearer ${token}`])).status).toBe(200);
    stream.close();

    // The command line on the library the server holds: refused, naming the holder.
    const runs = [cli('list', '--library', library), cli('new', '--library', library, '--headline', 'x'), cli('export', '--library', library, '--format', 'html', '--out', temp.dir, '--all'), cli('serve', '--library', library, '--no-open', '--port', String(port))];
    for (const run of runs) {
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/in use by Copydesk \(browser mode\)/);
    }

    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    expect(stderr).toMatch(/addDocumentSource failed/);
    expect(stderr).toMatch(/request failed: aborted/);
    const printed = [stdout, stderr, ...runs.flatMap((run) => [run.stdout, run.stderr])].join('\n');
    const lines = printed.split('\n').filter((line) => line.includes(token));
    // The one place it is printed: the address given to the user who started the server.
    expect(lines).toEqual([`Copydesk is running at http://127.0.0.1:${port}/?token=${token}`]);
    expect(printed).not.toContain(MARK);
  });
});
