import { afterAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, methodChannel } from '../../../electron/api/contract';
import type { Dispatch } from '../../../electron/api/dispatch';
import type { ApiResponse } from '../../../electron/api/errors';
import { isTrustedSender, registerApiHandlers, type SenderEvent } from '../../../electron/main/ipc';
import { openTestCore } from '../../helpers/testCore';
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

describe('IPC wrapper in front of the real core', () => {
  const core = openTestCore();
  afterAll(() => core.dispose());
  const ipc = new FakeIpcMain();
  registerApiHandlers(ipc as unknown as Parameters<typeof registerApiHandlers>[0], core.dispatch, (event) => isTrustedSender(event, OURS));
  const ours = fakeIpcEvent({ webContentsId: 7, frameUrl: 'app://copydesk/index.html' });
  const call = (channel: string, event: SenderEvent, input: unknown) => ipc.handlers.get(channel)!(event, input) as Promise<ApiResponse<unknown>>;
  const storyCount = async () => ((await call(methodChannel('listStories'), ours, {})) as { ok: true; value: unknown[] }).value.length;

  it('has no channel for a method the contract does not name (the preload exposes only contract methods)', () => {
    for (const name of ['eval', 'require', 'openExternal', 'deleteLibrary', '__proto__', 'constructor', 'listStories ', 'LISTSTORIES']) {
      expect(ipc.handlers.has(methodChannel(name as never)), name).toBe(false);
    }
  });

  it('refuses a foreign origin, a subframe and about:blank before the library is touched', async () => {
    const before = await storyCount();
    const senders: Array<[string, SenderEvent]> = [
      ['foreign origin', fakeIpcEvent({ webContentsId: 7, frameUrl: 'https://evil.test/' })],
      ['null origin (data: URL)', fakeIpcEvent({ webContentsId: 7, frameUrl: 'data:text/html,x' })],
      ['subframe', fakeIpcEvent({ webContentsId: 7, frameUrl: 'app://copydesk/index.html', subframe: true })],
      ['about:blank', fakeIpcEvent({ webContentsId: 7, frameUrl: 'about:blank' })],
      ['another webContents', fakeIpcEvent({ webContentsId: 9, frameUrl: 'app://copydesk/index.html' })],
    ];
    for (const [label, sender] of senders) {
      const response = await call(methodChannel('createStory'), sender, { headline: `From ${label}` });
      expect(response, label).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await storyCount()).toBe(before);
  });

  it('answers malformed payloads from our own window with a clear error, and changes nothing', async () => {
    const before = await storyCount();
    const payloads: Array<[string, unknown]> = [
      ['a string', 'headline'],
      ['a number', 42],
      ['an array', [{ headline: 'x' }]],
      ['null', null],
      ['an unknown field', { headline: 'x', isAdmin: true }],
      ['a wrong type', { headline: 7 }],
      ['an over-long headline', { headline: 'x'.repeat(10_000) }],
      ['a prototype key', JSON.parse('{"headline":"x","__proto__":{"polluted":true}}')],
      ['a body that is not a document', { headline: 'x', body: { type: 'script', content: 'alert(1)' } }],
    ];
    for (const [label, payload] of payloads) {
      const response = await call(methodChannel('createStory'), ours, payload);
      expect(response, label).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((response as { error: { message: string } }).error.message, label).toMatch(/^createStory: /);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await storyCount()).toBe(before);
  });
});
