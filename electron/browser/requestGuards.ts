import crypto from 'node:crypto';

/**
 * The one value of a header, from Node's raw list (which keeps duplicates in
 * order); undefined when it is missing or sent more than once, since two
 * copies of a header the guards read may be read differently by each side.
 */
export function singleHeader(rawHeaders: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() !== name) continue;
    count += 1;
    found = rawHeaders[i + 1] ?? '';
  }
  return count === 1 ? found : undefined;
}

/**
 * The Host header must name us exactly: 127.0.0.1 or localhost on our port.
 * Anything else (another name, a numeric form of the address, a duplicate
 * header) may be a DNS-rebinding page and is refused.
 */
export function isHostAllowed(rawHeaders: readonly string[], port: number): boolean {
  const host = singleHeader(rawHeaders, 'host')?.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * The path of a request target in origin form ("/api/x?y"); undefined for any
 * other form. An absolute target ("http://evil.test/api/x") or a network-path
 * one ("//evil.test/api/x", "/\evil.test/…") names a host of its own, which
 * HTTP says wins over the Host header, so the Host check would not be the
 * whole story; "*" and authority forms name no path of ours. Browsers talking
 * to us directly only ever send origin form.
 */
export function originFormPath(target: string | undefined): string | undefined {
  if (!target || target[0] !== '/' || target[1] === '/' || target[1] === '\\') return undefined;
  return new URL(target, 'http://127.0.0.1').pathname;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Every API request must come from a page of ours: one Origin header, present and exact. */
export function isOriginAllowed(origin: string | string[] | undefined, port: number): boolean {
  return typeof origin === 'string' && allowedOrigins(port).includes(origin);
}

/** Constant-time comparison of `Authorization: Bearer <token>` with the launch token. */
export function isTokenValid(authorization: string | undefined, token: string): boolean {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return false;
  const given = crypto.createHash('sha256').update(authorization.slice('Bearer '.length)).digest();
  const expected = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(given, expected);
}

/** A fresh 256-bit token for one launch. */
export function newLaunchToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}
