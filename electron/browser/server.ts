import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { contract, DEFAULT_MAX_BYTES, type EventName } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import { isMethodName } from '../api/dispatch';
import type { ApiErrorBody, ApiErrorCode, ApiResponse } from '../api/errors';
import { SECURITY_HEADERS } from '../core/csp';
import type { EventBus } from '../core/eventBus';
import { contentTypeFor, resolveStaticPath } from '../core/staticFiles';
import { isHostAllowed, isOriginAllowed, isTokenValid, newLaunchToken, originFormPath, singleHeader } from './requestGuards';

export interface BrowserServerOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (default) for an ephemeral port. */
  port?: number;
  token?: string;
  log?: (message: string) => void;
  /** Called once, when a request first passes the token check (the page that was opened has the token). */
  onTokenUsed?: () => void;
}

export interface BrowserServer {
  readonly port: number;
  readonly token: string;
  /** The address to open: it carries the token, so print it only to the user who launched us. */
  readonly launchUrl: string;
  /** Event streams open now (each window holds one). */
  readonly eventStreams: number;
  close(): Promise<void>;
}

const HTTP_STATUS: Readonly<Partial<Record<ApiErrorCode, number>>> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  disk_full: 507,
  internal: 500,
};

const EVENTS_PATH = '/api/events';
const HEARTBEAT_MS = 15_000;
/** Far more than the windows anyone opens; each stream holds a socket and a timer. */
export const MAX_EVENT_STREAMS = 64;
/**
 * Event bytes a stream may have waiting for a reader that does not read. Past
 * this the stream is dropped (the page reconnects), so a stalled or hostile
 * reader cannot make the server buffer events without end.
 */
export const MAX_EVENT_BACKLOG_BYTES = 1024 * 1024;

/** Serve the renderer and the API on loopback, for browser mode and the e2e tests. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newLaunchToken();
  const log = options.log ?? (() => {});
  const streams = new Set<http.ServerResponse>();
  let port = 0;
  let tokenUsed = false;

  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      log(`[copydesk] request failed: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The request could not be handled.'));
      else res.destroy();
    });
  });
  server.headersTimeout = 20_000;
  // Node drops headers past the 2,000th without a word, so a second Host (or Origin, or
  // Authorization) could hide there from the guards; count them all instead (the 16 KB
  // header limit still bounds a request).
  server.maxHeadersCount = 0;
  server.requestTimeout = 120_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const pathname = originFormPath(req.url);
    if (!isHostAllowed(req.rawHeaders, port) || pathname === undefined) {
      return sendJson(res, 403, failure('forbidden', 'This server answers only to 127.0.0.1 and localhost on its own port.'));
    }
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname);
    return serveStatic(req, res, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, failure('forbidden', 'The API accepts POST only.'));
    }
    if (!isOriginAllowed(singleHeader(req.rawHeaders, 'origin'), port)) {
      return sendJson(res, 403, failure('forbidden', 'Requests must come from a Copydesk page on this server.'));
    }
    if (!isTokenValid(singleHeader(req.rawHeaders, 'authorization'), token)) {
      return sendJson(res, 401, failure('forbidden', 'Missing or wrong access token; open the address Copydesk printed at launch.'));
    }
    if (!tokenUsed) {
      tokenUsed = true;
      options.onTokenUsed?.();
    }
    if (pathname === EVENTS_PATH) return openEventStream(req, res);

    const method = pathname.slice('/api/'.length);
    const limit = isMethodName(method) ? (contract[method].maxBytes ?? DEFAULT_MAX_BYTES) : DEFAULT_MAX_BYTES;
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      return sendJson(res, 413, failure('invalid_input', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`), true);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('invalid_input', `${method}: the request body is not valid JSON.`));
    }
    const response = await options.dispatch(method, input);
    sendJson(res, response.ok ? 200 : (HTTP_STATUS[response.error.code] ?? 503), response);
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (streams.size >= MAX_EVENT_STREAMS) {
      res.setHeader('Retry-After', '5');
      return sendJson(res, 503, failure('unavailable', `Too many Copydesk windows are listening for changes (${MAX_EVENT_STREAMS}); close some and this one will catch up.`));
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  }

  const unsubscribe = options.events.subscribe((name: EventName, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) {
      if (stream.writableLength > MAX_EVENT_BACKLOG_BYTES) {
        streams.delete(stream);
        stream.destroy();
      } else {
        stream.write(frame);
      }
    }
  });

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      res.writeHead(405).end();
      return;
    }
    const file = resolveStaticPath(options.rendererDir, pathname);
    let stat: fs.Stats | undefined;
    try {
      stat = file ? fs.statSync(file) : undefined;
    } catch {
      stat = undefined;
    }
    if (!file || !stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': stat.size,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    launchUrl: `http://127.0.0.1:${port}/?token=${token}`,
    get eventStreams() {
      return streams.size;
    },
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function failure(code: ApiErrorCode, message: string): ApiResponse<never> {
  const error: ApiErrorBody = { code, message };
  return { ok: false, error };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, closeConnection = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...(closeConnection ? { Connection: 'close' } : {}),
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
