import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { RENDERER_CSP } from '../../../electron/core/csp';
import { openTestCore } from '../../helpers/testCore';
import { rawRequest } from '../../helpers/rawHttp';

let core: ReturnType<typeof openTestCore>;
let server: BrowserServer;
let logged: string[];

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = path.join(core.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  fs.writeFileSync(path.join(core.dir, 'outside.txt'), 'not for the web');
  logged = [];
  server = await startBrowserServer({ dispatch: core.dispatch, events: core.events, rendererDir, log: (line) => logged.push(line) });
});
afterAll(async () => {
  await server.close();
  core.dispose();
});

const origin = () => `http://127.0.0.1:${server.port}`;
const host = () => `127.0.0.1:${server.port}`;

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  const lines = [
    `POST /api/${method} HTTP/1.1`,
    `Host: ${headers.Host ?? host()}`,
    ...(headers.Origin === '' ? [] : [`Origin: ${headers.Origin ?? origin()}`]),
    ...(headers.Authorization === '' ? [] : [`Authorization: ${headers.Authorization ?? `Bearer ${server.token}`}`]),
    'Content-Type: application/json',
  ];
  return rawRequest(server.port, lines, typeof body === 'string' ? body : JSON.stringify(body));
}

// Every Host and Origin variant against every method: hostileRequests.test.ts.

describe('browser-mode server', () => {
  it('binds loopback with a 256-bit token in the launch URL', () => {
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    expect(server.launchUrl).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  it('answers API calls with the right token, Host and Origin', async () => {
    const response = await api('createStory', { headline: 'Through HTTP' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { headline: 'Through HTTP' } });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['no token', ''],
    ['a wrong token', 'Bearer wrong'],
    ['the token with a suffix', 'SUFFIX'],
    ['the token without Bearer', 'TOKEN'],
    ['basic auth', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with 401', async (_label, authorization) => {
    const value = authorization === 'SUFFIX' ? `Bearer ${server.token}x` : authorization === 'TOKEN' ? server.token : authorization;
    const response = await api('listStories', {}, { Authorization: value });
    expect(response.status).toBe(401);
  });


  it('accepts localhost as well as 127.0.0.1', async () => {
    const response = await api('listStories', {}, { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` });
    expect(response.status).toBe(200);
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const preflight = await rawRequest(server.port, [
      'OPTIONS /api/createStory HTTP/1.1',
      `Host: ${host()}`,
      'Origin: https://evil.test',
      'Access-Control-Request-Method: POST',
    ]);
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const ok = await api('listStories', {});
    for (const response of [preflight, ok]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('accepts the API by POST only', async () => {
    const response = await rawRequest(server.port, ['GET /api/listStories HTTP/1.1', `Host: ${host()}`, `Origin: ${origin()}`, `Authorization: Bearer ${server.token}`]);
    expect(response.status).toBe(405);
  });

  it('sets the security headers on pages and API responses', async () => {
    const page = await rawRequest(server.port, ['GET / HTTP/1.1', `Host: ${host()}`]);
    expect(page.status).toBe(200);
    for (const response of [page, await api('listStories', {})]) {
      expect(response.headers['content-security-policy']).toBe(RENDERER_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('refuses bodies over the limit with 413 and bad JSON with 400', async () => {
    const big = JSON.stringify({ id: 'x'.repeat(2 * 1024 * 1024) });
    expect((await api('getStory', big)).status).toBe(413);
    const bad = await api('listStories', '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves static files without path traversal', async () => {
    for (const target of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/%2e%2e%5coutside.txt', '/missing.js']) {
      const response = await rawRequest(server.port, [`GET ${target} HTTP/1.1`, `Host: ${host()}`]);
      expect(response.status, target).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('streams contract events to the page over the event stream', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const request = http.request({
        port: server.port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/api/events',
        headers: { Origin: origin(), Authorization: `Bearer ${server.token}` },
      });
      request.on('response', (response) => {
        expect(response.headers['content-type']).toContain('text/event-stream');
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: libraryChanged')) {
            request.destroy();
            resolve(text);
          }
        });
        setTimeout(() => void core.dispatch('createStory', { headline: 'Evented' }), 50);
      });
      request.on('error', reject);
      request.end();
    });
    expect(received).toMatch(/event: libraryChanged\ndata: \{"reason":"created"/);
  });

  it('never writes the token into a response body or a log line', async () => {
    const responses = [await api('listStories', {}, { Authorization: 'Bearer nope' }), await api('nope', {}), await api('getStory', { id: server.token })];
    for (const response of responses) expect(response.body).not.toContain(server.token);
    expect(logged.join('\n')).not.toContain(server.token);
  });
});
