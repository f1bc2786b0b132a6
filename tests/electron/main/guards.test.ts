import { describe, expect, it } from 'vitest';
import { guardSession, guardWebContents, type GuardedContents } from '../../../electron/main/guards';
import { FakeWebContents } from './fakeElectron';

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

  it('refuses to attach webviews', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('session permission handlers', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  guardSession({
    setPermissionRequestHandler: (handler: unknown) => {
      request = handler as RequestHandler;
    },
    setPermissionCheckHandler: (handler: unknown) => {
      check = handler as CheckHandler;
    },
  } as never);

  const PERMISSIONS = [
    'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
    'clipboard-read', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'unknown', 'storage-access',
    'top-level-storage-access', 'speaker-selection', 'keyboardLock', 'fileSystem',
  ];
  for (const permission of PERMISSIONS) {
    it(`denies ${permission}`, () => {
      let granted: boolean | undefined;
      request!(undefined, permission, (value) => (granted = value), { requestingUrl: 'app://copydesk/index.html' });
      expect(granted).toBe(false);
      expect(check!(undefined, permission, 'app://copydesk')).toBe(false);
    });
  }

  it('allows writing to the clipboard from our pages only', () => {
    let granted: boolean | undefined;
    request!(undefined, 'clipboard-sanitized-write', (value) => (granted = value), { requestingUrl: 'app://copydesk/index.html' });
    expect(granted).toBe(true);
    request!(undefined, 'clipboard-sanitized-write', (value) => (granted = value), { requestingUrl: 'https://evil.test/' });
    expect(granted).toBe(false);
  });
});
