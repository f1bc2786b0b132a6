import { isAppUrl } from './appOrigin';

/** Schemes the OS may open for us (in the user's browser or mail client), and nothing else. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * What to do with a link the renderer tries to follow or open. The window
 * never navigates away from the app; web and mail links go to the OS.
 */
export type LinkDecision = 'deny' | 'open-external';

export function decideLink(raw: string): LinkDecision {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8_192) return 'deny';
  // A URL that is not exactly itself after parsing (leading spaces, control characters) is refused.
  // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
  if (raw !== raw.trim() || /[\u0000-\u001f\u007f]/.test(raw)) return 'deny';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'deny';
  }
  if (!EXTERNAL_SCHEMES.has(url.protocol)) return 'deny';
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return 'deny';
  return 'open-external';
}

/** In-window navigation is allowed only within our own app origin (e.g. a reload). */
export function isNavigationAllowed(raw: string): boolean {
  return isAppUrl(raw);
}
