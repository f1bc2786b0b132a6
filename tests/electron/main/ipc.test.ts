import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, methodChannel } from '../../../electron/api/contract';
import type { Dispatch } from '../../../electron/api/dispatch';
import { isTrustedSender, registerApiHandlers } from '../../../electron/main/ipc';
import { FakeIpcMain, fakeIpcEvent } from './fakeElectron';

const OURS = new Set([7]);

describe('IPC sender check', () => {
  const cases: Array<[string, Parameters<typeof fakeIpcEvent>[0], boolean]> = [
    ['our window, main frame, our origin', { webContentsId: 7, frameUrl: 'app://copydesk/index.html' }, true],
    ['a subframe of our window (the preview)', { webContentsId: 7, frameUrl: 'app://copydesk/index.html', subframe: true }, false],
    ['a destroyed frame', { webContentsId: 7, frameUrl: 'app://copydesk/index.html', destroyed: true }, false],
    ['another webContents', { webContentsId: 8, frameUrl: 'app://copydesk/index.html' }, false],
    ['our window navigated to the web', { webContentsId: 7, frameUrl: 'https://evil.test/' }, false],
    ['a look-alike host', { webContentsId: 7, frameUrl: 'app://copydesk.evil.test/index.html' }, false],
    ['credentials in the URL', { webContentsId: 7, frameUrl: 'app://user@copydesk/index.html' }, false],
    ['about:blank', { webContentsId: 7, frameUrl: 'about:blank' }, false],
    ['file:', { webContentsId: 7, frameUrl: 'file:///home/user/index.html' }, false],
    ['a data: URL', { webContentsId: 7, frameUrl: 'data:text/html,<p>x</p>' }, false],
  ];
  for (const [label, event, trusted] of cases) {
    it(`${trusted ? 'accepts' : 'rejects'} ${label}`, () => {
      expect(isTrustedSender(fakeIpcEvent(event), OURS)).toBe(trusted);
    });
  }
});

describe('registerApiHandlers', () => {
  const calls: Array<[string, unknown]> = [];
  const dispatch: Dispatch = async (method, input) => {
    calls.push([method, input]);
    return { ok: true, value: 'done' };
  };
  const ipc = new FakeIpcMain();
  registerApiHandlers(ipc as unknown as Parameters<typeof registerApiHandlers>[0], dispatch, (event) => isTrustedSender(event, OURS));

  it('registers exactly one channel per contract method', () => {
    expect([...ipc.handlers.keys()].toSorted()).toEqual(METHOD_NAMES.map(methodChannel).toSorted());
  });

  it('dispatches messages from our window', async () => {
    const handler = ipc.handlers.get(methodChannel('listStories'))!;
    await expect(handler(fakeIpcEvent({ webContentsId: 7, frameUrl: 'app://copydesk/' }), { limit: 5 })).resolves.toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['listStories', { limit: 5 }]]);
  });

  it('drops messages from foreign senders before any service sees them', async () => {
    calls.length = 0;
    const handler = ipc.handlers.get(methodChannel('saveStory'))!;
    const response = await handler(fakeIpcEvent({ webContentsId: 7, frameUrl: 'app://copydesk/', subframe: true }), {});
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });
});
