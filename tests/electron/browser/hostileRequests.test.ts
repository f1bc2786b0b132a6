import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../../electron/api/contract';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { attackInputFor, attackInputs, seedLibrary, type SeededLibrary } from '../../helpers/attackInputs';
import { HOST_VARIANTS, ORIGIN_VARIANTS } from '../../helpers/hostileHeaders';
import { hashFolder, hashLibraryTables } from '../../helpers/libraryHash';
import { RawConnection, rawExchange, type RawResponse } from '../../helpers/rawHttp';
import { openTestCore } from '../../helpers/testCore';

/**
 * Browser mode under attack, header by header: every Host and Origin variant
 * of tests/helpers/hostileHeaders.ts against every method of the contract (so
 * methods added later are attacked too), the event stream and the page, each
 * request carrying the valid token and an input that would do harm. The real
 * server module over raw sockets, on a real core and SQLite file; the dispatch
 * is wrapped to see whether any attack reached it.
 *
 * `npm run soak` (COPYDESK_SOAK=1) sends each Host variant with every Origin
 * (ours, the one a rebinding page would send, and each Origin variant), each
 * request on a fresh connection.
 */
const SOAK = process.env.COPYDESK_SOAK === '1';
const CONNECTIONS = 4;

let core: ReturnType<typeof openTestCore>;
let server: BrowserServer;
let seed: SeededLibrary;
let inputs: Record<string, unknown>;
let before: { tables: Record<string, string>; files: Record<string, string> };
const reached: string[] = [];
const logged: string[] = [];

const WRITE_METHODS = METHOD_NAMES.filter((name) => contract[name].kind === 'write');
const HOST_REFUSAL = /answers only to 127\.0\.0\.1 and localhost/;
const ORIGIN_REFUSAL = /must come from a Copydesk page/;
const LIVE_FILES = /(-wal|-shm|\.lock)$/;

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = path.join(core.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  seed = await seedLibrary(async (method, input) => {
    const response = await core.dispatch(method, input);
    if (!response.ok) throw new Error(`seeding ${method}: ${response.error.message}`);
    return response.value;
  });
  inputs = attackInputs(seed);
  before = snapshot();
  server = await startBrowserServer({
    dispatch: (method, input) => {
      reached.push(method);
      return core.dispatch(method, input);
    },
    events: core.events,
    rendererDir,
    log: (line) => logged.push(line),
  });
});
afterAll(async () => {
  await server?.close();
  core?.dispose();
});

function snapshot() {
  return { tables: hashLibraryTables(core.libraryPath), files: hashFolder(core.dir, LIVE_FILES) };
}

interface Attack {
  label: string;
  head: string[];
  body: string;
}

const ourOrigin = () => `http://127.0.0.1:${server.port}`;
const ourHost = () => `127.0.0.1:${server.port}`;
const bearer = () => `Authorization: Bearer ${server.token}`;
const apiTargets = (): Array<{ path: string; name: MethodName | 'events' }> => [
  ...METHOD_NAMES.map((name) => ({ path: `/api/${name}`, name })),
  { path: '/api/events', name: 'events' as const },
];
const bodyFor = (name: MethodName | 'events') => (name === 'events' ? '' : JSON.stringify(attackInputFor(inputs, name)));

/** Send every attack, spread over a few keep-alive connections (or one connection each, in the soak). */
async function sendAll(attacks: Attack[]): Promise<Array<{ attack: Attack; response: RawResponse }>> {
  const results: Array<{ attack: Attack; response: RawResponse }> = [];
  let next = 0;
  let opened = 0;
  const worker = async () => {
    let connection = new RawConnection(server.port);
    while (next < attacks.length) {
      const attack = attacks[next++]!;
      if (SOAK) {
        connection.close();
        connection = new RawConnection(server.port);
      }
      results.push({ attack, response: await connection.send(attack.head, attack.body) });
      if (SOAK) opened += connection.opened;
    }
    if (!SOAK) opened += connection.opened;
    connection.close();
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  console.info(`  ${attacks.length} requests over ${opened} connections`);
  return results;
}

/** Nothing got through: no dispatch, no event stream, nothing of the library in any answer, the library as it was. */
function expectNothingGotThrough(results: Array<{ attack: Attack; response: RawResponse }>) {
  expect(reached, 'requests that reached the dispatch').toEqual([]);
  expect(server.eventStreams).toBe(0);
  for (const { attack, response } of results) {
    expect(response.headers['content-type'] ?? '', attack.label).not.toContain('text/event-stream');
    expect(response.body, attack.label).not.toContain(seed.secret);
    expect(response.body, attack.label).not.toContain(server.token);
  }
  expect(snapshot()).toEqual(before);
  expect(fs.existsSync('/tmp/planted-by-attacker')).toBe(false);
}

describe('browser mode under attack: Host and Origin', () => {
  it('attacks carry inputs that would change or read the library were they let through', () => {
    const potent = METHOD_NAMES.filter((name) => Object.hasOwn(inputs, name));
    for (const name of potent) {
      const parsed = (contract[name].input as z.ZodType).safeParse(inputs[name]);
      expect(parsed.success, `the attack input for ${name} no longer passes its schema: update tests/helpers/attackInputs.ts`).toBe(true);
    }
    console.info(`  ${potent.length} of ${METHOD_NAMES.length} methods attacked with inputs that pass their schema (${WRITE_METHODS.filter((name) => potent.includes(name)).length} of ${WRITE_METHODS.length} writes); the rest with {}`);
  });

  it(`refuses ${HOST_VARIANTS.length} Host variants on every method (read and write), the event stream and the page, with a valid token`, async () => {
    reached.length = 0;
    expect(HOST_VARIANTS.length).toBeGreaterThanOrEqual(30);
    const port = server.port;
    const originChoices = (hostLines: string[]) => {
      const named = /^host\s*:\s*(\S*)/i.exec(hostLines[0] ?? '')?.[1];
      const ours = [`Origin: ${ourOrigin()}`];
      return SOAK ? [ours, named ? [`Origin: http://${named}`] : [], ...ORIGIN_VARIANTS.map((variant) => variant.originLines(port))] : [ours];
    };
    const attacks: Attack[] = [];
    for (const variant of HOST_VARIANTS) {
      const hostLines = variant.hostLines(port);
      for (const originLines of originChoices(hostLines)) {
        for (const { path: target, name } of apiTargets()) {
          const requestTarget = variant.target ? variant.target(target, port) : target;
          attacks.push({
            label: `${variant.label} → ${name} (${originLines.join('') || 'no Origin'})`,
            head: [`POST ${requestTarget} ${variant.version ?? 'HTTP/1.1'}`, ...hostLines, ...originLines, bearer(), 'Content-Type: application/json'],
            body: bodyFor(name),
          });
        }
        const page = variant.target ? variant.target('/', port) : '/';
        attacks.push({ label: `${variant.label} → the page`, head: [`GET ${page} ${variant.version ?? 'HTTP/1.1'}`, ...hostLines, ...originLines], body: '' });
      }
    }
    const results = await sendAll(attacks);
    const byStatus = new Map<number, number>();
    for (const { attack, response } of results) {
      byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
      // 403 from our Host check, or 400 from Node's parser for bytes no HTTP allows (NUL, folding, a missing Host).
      expect([400, 403], attack.label).toContain(response.status);
      if (response.status === 403) expect(response.body, attack.label).toMatch(HOST_REFUSAL);
    }
    expectNothingGotThrough(results);
    console.info(`  Host: ${HOST_VARIANTS.length} variants × (${METHOD_NAMES.length} methods + event stream + page)${SOAK ? ` × ${ORIGIN_VARIANTS.length + 2} Origins` : ''} = ${results.length} requests, all refused (${[...byStatus].map(([status, count]) => `${count}× ${status}`).join(', ')})`);
  });

  it(`refuses ${ORIGIN_VARIANTS.length} Origin variants on every method (write and read) and the event stream, with a valid token`, async () => {
    expect(ORIGIN_VARIANTS.length).toBeGreaterThanOrEqual(10);
    reached.length = 0;
    const attacks: Attack[] = [];
    for (const variant of ORIGIN_VARIANTS) {
      for (const { path: target, name } of apiTargets()) {
        attacks.push({
          label: `${variant.label} → ${name}`,
          head: [`POST ${target} HTTP/1.1`, `Host: ${ourHost()}`, ...variant.originLines(server.port), bearer(), 'Content-Type: application/json'],
          body: bodyFor(name),
        });
      }
    }
    const results = await sendAll(attacks);
    for (const { attack, response } of results) {
      expect(response.status, attack.label).toBe(403);
      expect(response.body, attack.label).toMatch(ORIGIN_REFUSAL);
    }
    expectNothingGotThrough(results);
    const writes = WRITE_METHODS.length + 1;
    console.info(`  Origin: ${ORIGIN_VARIANTS.length} variants × (${METHOD_NAMES.length} methods + event stream) = ${results.length} requests (${ORIGIN_VARIANTS.length * writes} on the ${WRITE_METHODS.length} writes and the stream), all refused with 403`);
  });

  it('lets a pipelined or smuggled request past no guard', async () => {
    const port = server.port;
    const good = (name: string, extra: string[] = []) => [`POST /api/${name} HTTP/1.1`, `Host: ${ourHost()}`, `Origin: ${ourOrigin()}`, bearer(), ...extra];
    const plant = JSON.stringify({ headline: 'Smuggled past the Host check' });
    const hidden = [`POST /api/createStory HTTP/1.1`, `Host: evil.test:${port}`, `Origin: http://evil.test:${port}`, bearer(), 'Content-Type: application/json', `Content-Length: ${plant.length}`, 'Connection: close', '', plant].join('\r\n');
    const cases: Array<[label: string, bytes: string]> = [
      ['pipelined after a good request', [...good('listStories', ['Content-Length: 2']), '', `{}${hidden}`].join('\r\n')],
      ['inside a body that Content-Length says is empty', [...good('listStories', ['Content-Length: 0']), '', hidden].join('\r\n')],
      ['Content-Length and Transfer-Encoding together', [...good('listStories', [`Content-Length: ${hidden.length + 5}`, 'Transfer-Encoding: chunked']), '', `0\r\n\r\n${hidden}`].join('\r\n')],
      ['after the last chunk', [...good('listStories', ['Transfer-Encoding: chunked']), '', `2\r\n{}\r\n0\r\n\r\n${hidden}`].join('\r\n')],
      ['two different Content-Lengths', [...good('listStories', ['Content-Length: 2', `Content-Length: ${hidden.length + 2}`]), '', `{}${hidden}`].join('\r\n')],
      ['an obfuscated Transfer-Encoding', [...good('listStories', [`Content-Length: ${hidden.length + 5}`, 'Transfer-Encoding: xchunked']), '', `0\r\n\r\n${hidden}`].join('\r\n')],
      ['a chunk size with junk', [...good('listStories', ['Transfer-Encoding: chunked']), '', `2;x=${'a'.repeat(10)}\r\n{}\r\n0\r\n\r\n${hidden}`].join('\r\n')],
      ['a bare LF line end', `${good('listStories', ['Content-Length: 2']).join('\n')}\n\n{}${hidden}`],
      ['a Host hidden after 2,000 other headers', [`POST /api/createStory HTTP/1.1`, `Host: ${ourHost()}`, `Origin: ${ourOrigin()}`, bearer(), ...Array.from({ length: 2000 }, () => `a: b`), `Host: evil.test:${port}`, `Content-Length: ${plant.length}`, 'Connection: close', '', plant].join('\r\n')],
    ];
    for (const [label, bytes] of cases) {
      const responses = await rawExchange(port, bytes);
      expect(responses.length, label).toBeGreaterThan(0);
      for (const response of responses) expect(response.body, label).not.toContain('Smuggled past');
    }
    expect(reached.filter((name) => name !== 'listStories'), 'requests other than the good listStories that reached the dispatch').toEqual([]);
    reached.length = 0;
    expect(snapshot()).toEqual(before);
  });

  it('refuses oversized headers and keeps answering', async () => {
    const big = await rawExchange(server.port, [`GET / HTTP/1.1`, `Host: ${ourHost()}`, `Cookie: ${'a'.repeat(20_000)}`, 'Connection: close', '', ''].join('\r\n'));
    expect(big[0]?.status).toBe(431);
    const page = await rawExchange(server.port, [`GET / HTTP/1.1`, `Host: ${ourHost()}`, 'Connection: close', '', ''].join('\r\n'));
    expect(page[0]?.status).toBe(200);
  });

  it('control: with our Host and Origin the same requests reach the dispatch and the event stream opens', async () => {
    reached.length = 0;
    const connection = new RawConnection(server.port);
    for (const name of METHOD_NAMES) {
      // An array is no method's input: the dispatch refuses it before any handler runs, so nothing changes.
      const response = await connection.send([`POST /api/${name} HTTP/1.1`, `Host: ${ourHost()}`, `Origin: ${ourOrigin()}`, bearer(), 'Content-Type: application/json'], '[]');
      expect(response.status, name).toBe(400);
      expect(JSON.parse(response.body), name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const stream = await connection.send([`POST /api/events HTTP/1.1`, `Host: localhost:${server.port}`, `Origin: http://localhost:${server.port}`, bearer()]);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    connection.close();
    expect(reached).toEqual(METHOD_NAMES);
    expect(snapshot()).toEqual(before);
    expect(logged.join('\n')).not.toContain(server.token);
  });
});
