import crypto from 'node:crypto';

/**
 * The Host header must name us exactly: 127.0.0.1 or localhost on our port.
 * Anything else (another name, a numeric form of the address, a duplicate
 * header) may be a DNS-rebinding page and is refused.
 */
export function isHostAllowed(rawHeaders: readonly string[], port: number): boolean {
  const hosts: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === 'host') hosts.push(rawHeaders[i + 1] ?? '');
  }
  if (hosts.length !== 1) return false;
  const host = hosts[0]!.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Every API request must come from a page of ours: the Origin header, present and exact. */
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
