import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_EVENT_BACKLOG_BYTES, MAX_EVENT_STREAMS, startBrowserServer, type BrowserServer } from '../../../electron/browser/server';
import { openTestCore } from '../../helpers/testCore';

/** The event stream cannot be turned against the server: a bounded number of streams, each with a bounded backlog. */
let core: ReturnType<typeof openTestCore>;
let server: BrowserServer;

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = path.join(core.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  server = await startBrowserServer({ dispatch: core.dispatch, events: core.events, rendererDir });
});
afterAll(async () => {
  await server.close();
  core.dispose();
});

/** An event-stream request on a raw socket; resolves with the socket and the status once the head is in. */
function openStream(): Promise<{ socket: net.Socket; status: number; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      resolve({ socket, status: Number(text.split(' ')[1]), head: text });
    };
    socket.on('data', onData);
    socket.on('error', reject);
    socket.write(
      [`POST /api/events HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Origin: http://127.0.0.1:${server.port}`, `Authorization: Bearer ${server.token}`, 'Content-Length: 0', '', ''].join('\r\n'),
    );
  });
}

describe('event stream limits', () => {
  it(`holds at most ${MAX_EVENT_STREAMS} streams; the next is told to retry, and a closed one frees its place`, async () => {
    const open = [];
    for (let i = 0; i < MAX_EVENT_STREAMS; i += 1) {
      const stream = await openStream();
      expect(stream.status).toBe(200);
      open.push(stream.socket);
    }
    expect(server.eventStreams).toBe(MAX_EVENT_STREAMS);
    const refused = await openStream();
    expect(refused.status).toBe(503);
    expect(refused.head).toMatch(/Retry-After: 5/i);
    refused.socket.destroy();

    open.pop()!.destroy();
    await vi.waitFor(() => expect(server.eventStreams).toBe(MAX_EVENT_STREAMS - 1));
    const again = await openStream();
    expect(again.status).toBe(200);
    open.push(again.socket);
    for (const socket of open) socket.destroy();
    await vi.waitFor(() => expect(server.eventStreams).toBe(0));
  });

  it('drops a stream whose reader stopped reading, and keeps serving the others', async () => {
    const stalled = await openStream();
    stalled.socket.pause();
    const reader = await openStream();
    let readerBytes = 0;
    reader.socket.on('data', (chunk: Buffer) => (readerBytes += chunk.length));
    expect(server.eventStreams).toBe(2);

    const message = 'x'.repeat(64 * 1024);
    let sent = 0;
    // Loopback socket buffers take a few megabytes before the backlog grows; 256 MB means it never stopped.
    while (server.eventStreams === 2 && sent < 256 * 1024 * 1024) {
      core.events.emit('jobProgress', { jobId: 'flood', label: 'flood', done: 0, total: 1, state: 'running', message });
      sent += message.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(server.eventStreams).toBe(1);
    expect(sent).toBeGreaterThan(MAX_EVENT_BACKLOG_BYTES);
    await vi.waitFor(() => expect(readerBytes).toBeGreaterThanOrEqual(sent));
    stalled.socket.destroy();
    reader.socket.destroy();
  });
});
