import { electronTransport } from './electronTransport';
import { httpTransport, takeLaunchToken } from './httpTransport';
import type { Transport } from './transport';

/** Electron's preload bridge when present, else the browser-mode server; undefined when no token was given. */
export function createTransport(): Transport | undefined {
  if (window.copydesk) return electronTransport(window.copydesk);
  const token = takeLaunchToken(window.location, window.history, window.sessionStorage);
  return token ? httpTransport(token) : undefined;
}
