import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request written byte for byte, so tests can send what fetch
 * refuses to (any Host, duplicate headers, no Host at all).
 */
export function rawRequest(port: number, lines: string[], body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve(parse(Buffer.concat(chunks).toString('utf8'))));
    const head = [...lines, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', ''].join('\r\n');
    // No half-close: "Connection: close" makes the server end the exchange, as a browser would see it.
    socket.write(head + body);
  });
}

function parse(text: string): RawResponse {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/**
 * A keep-alive connection that sends one request at a time, written byte for
 * byte, and reads back one response (Content-Length, chunked, or until close).
 * When the server closes the connection (as it does after a request its parser
 * refuses), the next request opens a new one. A streaming response (the event
 * stream) is returned as soon as its head arrives, and the connection dropped.
 */
export class RawConnection {
  private socket: net.Socket | undefined;
  private buffer = Buffer.alloc(0);
  private closed = true;
  private wake: (() => void) | undefined;
  /** Connections opened so far (the first, and one after each close). */
  opened = 0;

  constructor(private readonly port: number) {}

  async send(head: string[], body = ''): Promise<RawResponse> {
    if (this.closed) this.connect();
    this.socket!.write(`${head.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    return this.readResponse();
  }

  close(): void {
    this.socket?.destroy();
    this.closed = true;
  }

  private connect(): void {
    const socket = net.connect(this.port, '127.0.0.1');
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.closed = false;
    this.opened += 1;
    const notify = () => {
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      notify();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket === socket) this.closed = true;
      notify();
    });
  }

  private async readResponse(): Promise<RawResponse> {
    for (;;) {
      const parsed = takeResponse(this.buffer, this.closed);
      if (parsed) {
        this.buffer = this.buffer.subarray(parsed.consumed);
        if (parsed.keepOpen === false) this.close();
        return parsed.response;
      }
      if (this.closed) throw new Error(`the server closed the connection mid-response: ${this.buffer.toString('latin1').slice(0, 200)}`);
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** One complete response at the start of `buffer`, or undefined if more bytes are needed. */
function takeResponse(buffer: Buffer, ended: boolean): { response: RawResponse; consumed: number; keepOpen: boolean } | undefined {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const { status, headers } = parse(buffer.subarray(0, headEnd).toString('latin1'));
  const start = headEnd + 4;
  const keepOpen = headers.connection?.toLowerCase() !== 'close';
  if (headers['content-type']?.startsWith('text/event-stream')) {
    return { response: { status, headers, body: buffer.subarray(start).toString('utf8') }, consumed: buffer.length, keepOpen: false };
  }
  if (headers['content-length'] !== undefined) {
    const end = start + Number(headers['content-length']);
    if (buffer.length < end) return undefined;
    return { response: { status, headers, body: buffer.subarray(start, end).toString('utf8') }, consumed: end, keepOpen };
  }
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
    const chunks: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
      if (buffer.length < lineEnd + 2 + size + 2) return undefined;
      if (size === 0) {
        return { response: { status, headers, body: Buffer.concat(chunks).toString('utf8') }, consumed: lineEnd + 4, keepOpen };
      }
      chunks.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  // No length: the body runs to the end of the connection.
  if (!ended) return undefined;
  return { response: { status, headers, body: buffer.subarray(start).toString('utf8') }, consumed: buffer.length, keepOpen: false };
}

/**
 * Write `bytes` as they are (several requests, a malformed one, a smuggling
 * attempt) and collect every response until the server closes the connection:
 * the last request should say "Connection: close" (a request the parser
 * refuses closes it too).
 */
export function rawExchange(port: number, bytes: string): Promise<RawResponse[]> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => (buffer = Buffer.concat([buffer, chunk])));
    socket.on('error', () => {});
    socket.on('close', () => {
      const responses: RawResponse[] = [];
      for (;;) {
        const parsed = takeResponse(buffer, true);
        if (!parsed || parsed.consumed === 0) break;
        responses.push(parsed.response);
        buffer = buffer.subarray(parsed.consumed);
        if (buffer.length === 0) break;
      }
      resolve(responses);
    });
    socket.write(bytes);
  });
}
