import type { Event, Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { decideLink, isNavigationAllowed } from './navigation';
import { isPermissionAllowed } from './permissions';

/** The parts of WebContents the guards use (so that tests can drive them without Electron). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Frames of ours may show these besides the app itself: the sandboxed preview's document. */
const SUBFRAME_DOCUMENTS = new Set(['about:srcdoc', 'about:blank']);

/**
 * No navigation away from the app, no redirects, no new windows, no webviews.
 * Web and mail links the user clicks open in the OS's own apps.
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const refuse = (event: Event, url: string) => {
    event.preventDefault();
    if (decideLink(url) === 'open-external') openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) refuse(event, url);
  });
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame) return; // handled by will-navigate
    if (!isNavigationAllowed(details.url) && !SUBFRAME_DOCUMENTS.has(details.url)) refuse(details as unknown as Event, details.url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideLink(url) === 'open-external') openExternal(url);
    return { action: 'deny' };
  });
}

/** Deny every permission request and check that is not allow-listed for our own pages, and every device (HID, serial, USB). */
export function guardSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? '', isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, isAppUrl));
  session.setDevicePermissionHandler(() => false);
}
