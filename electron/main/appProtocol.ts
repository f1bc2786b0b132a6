import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../core/csp';
import { contentTypeFor, resolveStaticPath } from '../core/staticFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** The answer to a request on app://: GET of a file of the built renderer, nothing else. */
export async function appProtocolResponse(request: Pick<Request, 'method' | 'url'>, rendererDir: string): Promise<Response> {
  const headers = { ...SECURITY_HEADERS };
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405, headers });
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404, headers });
  const file = resolveStaticPath(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404, headers });
  try {
    const body = await fs.readFile(file);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request, rendererDir));
}
