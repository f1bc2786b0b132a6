import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardSession, guardWebContents, type GuardedContents } from '../../../electron/main/guards';
import { ALLOWED_PERMISSIONS } from '../../../electron/main/permissions';
import { FakeWebContents } from './fakeElectron';
import { HOSTILE_LINKS } from './hostileLinks';

function guarded() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  guardWebContents(contents as unknown as GuardedContents, (url) => opened.push(url));
  return { contents, opened };
}

describe('webContents guards', () => {
  it('blocks navigation away from the app and hands web links to the OS', () => {
    const { contents, opened } = guarded();
    expect(contents.fire('will-navigate', 'https://example.com/story')).toBe(true);
    expect(contents.fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://copydesk/index.html')).toBe(false);
    expect(opened).toEqual(['https://example.com/story']);
  });

  it('blocks every redirect out of the app', () => {
    const { contents } = guarded();
    expect(contents.fire('will-redirect', 'https://evil.test/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://copydesk/index.html')).toBe(false);
  });

  it('lets the preview frame show its own document but not navigate to the web', () => {
    const { contents, opened } = guarded();
    expect(contents.fireFrameNavigate('about:srcdoc', false)).toBe(false);
    expect(contents.fireFrameNavigate('https://example.com/', false)).toBe(true);
    expect(contents.fireFrameNavigate('data:text/html,x', false)).toBe(true);
    expect(opened).toEqual(['https://example.com/']);
  });

  it('denies every new window, opening only web and mail links externally', () => {
    const { contents, opened } = guarded();
    for (const url of ['https://example.com/', 'mailto:a@b.c', 'javascript:alert(1)', 'app://copydesk/index.html', 'file:///x']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/', 'mailto:a@b.c']);
  });

  it(`refuses every hostile address in every way a page can go there, and hands only web and mail links to the OS (${HOSTILE_LINKS.length} addresses)`, () => {
    // (The app's own address is the one place a window may go: tested above.)
    for (const [url, decision] of HOSTILE_LINKS.filter(([link]) => link !== 'app://copydesk/index.html')) {
      const { contents, opened } = guarded();
      expect(contents.fire('will-navigate', url), `will-navigate ${url}`).toBe(true);
      expect(contents.fire('will-redirect', url), `will-redirect ${url}`).toBe(true);
      expect(contents.fireFrameNavigate(url, false), `frame ${url}`).toBe(url !== 'about:blank');
      expect(contents.windowOpenHandler!({ url }), `window.open ${url}`).toEqual({ action: 'deny' });
      // will-navigate, the subframe and window.open each hand a web link over once; nothing else reaches the OS.
      expect(opened, url).toEqual(decision === 'open-external' ? [url, url, url] : []);
    }
  });

  it('refuses to attach webviews', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('session permission handlers', () => {
  type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
  type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
  type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
  /** Every permission Electron's types let a page request, and every one it checks: a Record, so tsc fails when Electron adds one. */
  type RequestPermission = Parameters<RequestHandler>[1];
  type CheckPermission = Parameters<CheckHandler>[1];
  const REQUESTED: Record<RequestPermission, true> = {
    'clipboard-read': true, 'clipboard-sanitized-write': true, 'display-capture': true, fullscreen: true, geolocation: true, 'idle-detection': true,
    media: true, mediaKeySystem: true, midi: true, midiSysex: true, notifications: true, pointerLock: true, keyboardLock: true, openExternal: true,
    'speaker-selection': true, 'storage-access': true, 'top-level-storage-access': true, 'window-management': true, unknown: true, fileSystem: true,
  };
  const CHECKED: Record<CheckPermission, true> = {
    'clipboard-read': true, 'clipboard-sanitized-write': true, geolocation: true, fullscreen: true, hid: true, 'idle-detection': true, media: true,
    mediaKeySystem: true, midi: true, midiSysex: true, notifications: true, openExternal: true, pointerLock: true, serial: true, 'storage-access': true,
    'top-level-storage-access': true, usb: true, 'deprecated-sync-clipboard-read': true, fileSystem: true,
  };

  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  let device: DeviceHandler | undefined;
  guardSession({
    setPermissionRequestHandler: (handler) => void (request = handler ?? undefined),
    setPermissionCheckHandler: (handler) => void (check = handler ?? undefined),
    setDevicePermissionHandler: (handler) => void (device = handler ?? undefined),
  });
  const ask = (permission: RequestPermission, requestingUrl: string): boolean | undefined => {
    let granted: boolean | undefined;
    request!({ getURL: () => requestingUrl } as WebContents, permission, (value) => (granted = value), { requestingUrl } as Parameters<RequestHandler>[3]);
    return granted;
  };
  const checks = (permission: CheckPermission, origin: string) => check!(null, permission, origin, { requestingUrl: origin } as Parameters<CheckHandler>[3]);

  for (const permission of Object.keys(REQUESTED) as RequestPermission[]) {
    const allowed = ALLOWED_PERMISSIONS.has(permission);
    it(`request for ${permission}: ${allowed ? 'granted to our pages only' : 'denied'}`, () => {
      expect(ask(permission, 'app://copydesk/index.html')).toBe(allowed);
      for (const foreign of ['https://evil.test/', 'app://copydesk.evil.test/', 'about:blank', 'file:///index.html', '']) expect(ask(permission, foreign), foreign).toBe(false);
    });
  }
  for (const permission of Object.keys(CHECKED) as CheckPermission[]) {
    const allowed = ALLOWED_PERMISSIONS.has(permission);
    it(`check for ${permission}: ${allowed ? 'granted to our origin only' : 'denied'}`, () => {
      expect(checks(permission, 'app://copydesk')).toBe(allowed);
      expect(checks(permission, 'https://evil.test')).toBe(false);
      expect(checks(permission, 'null')).toBe(false);
    });
  }

  it('allow-lists only writing to the clipboard (sanitized)', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
  });

  it('denies every device (HID, serial, USB), whoever asks', () => {
    for (const deviceType of ['hid', 'serial', 'usb'] as const) {
      expect(device!({ deviceType, origin: 'app://copydesk', device: {} } as unknown as Parameters<DeviceHandler>[0])).toBe(false);
    }
  });
});
