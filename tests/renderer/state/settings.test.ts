import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, type CopydeskEvents, type EventName } from '../../../electron/api/contract';
import { electronTransport, type PreloadBridge } from '../../../renderer/api/electronTransport';
import type { ConnectionState, Transport } from '../../../renderer/api/transport';
import { settingsStore } from '../../../renderer/state/settings';
import type { Settings } from '../../../story/settings';
import { callCore } from '../../helpers/callCore';
import { openTestCore } from '../../helpers/testCore';

const core = openTestCore();
afterAll(() => core.dispose());

/**
 * A window's connection to the real core (real SQLite library, real settings service, real
 * events): calls go through the renderer's own electronTransport, events arrive while the
 * connection is up and are lost while it is down, as over browser mode's event stream. Only the
 * connection's dropping is fake, and the test may hold the answers of `getSettings` to answer
 * them in another order than they were asked.
 */
function fakeConnection() {
  let online = true;
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const setConnection = (state: ConnectionState) => connectionListeners.forEach((listener) => listener(state));
  const on = Object.fromEntries(
    EVENT_NAMES.map((name) => [
      name,
      (listener: (payload: unknown) => void) =>
        core.events.subscribe((event: EventName, payload: unknown) => {
          if (online && event === name) listener(payload);
        }),
    ]),
  ) as unknown as CopydeskEvents;
  const bridge = { ...Object.fromEntries(METHOD_NAMES.map((name) => [name, (input: unknown) => core.dispatch(name, input)])), on } as PreloadBridge;
  const real = electronTransport(bridge);

  let holding = false;
  const held: Array<() => void> = [];
  let loads = 0;
  const api = {
    ...real.api,
    getSettings: async (input: Record<string, never>) => {
      loads++;
      const answer = await real.api.getSettings(input);
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      return answer;
    },
  };
  const transport: Transport = {
    api,
    on,
    kind: 'browser',
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
  return {
    transport,
    /** How many times the settings were read. */
    loads: () => loads,
    drop() {
      online = false;
      setConnection('reconnecting');
    },
    restore() {
      online = true;
      setConnection('connected');
    },
    /** Keep the answers of getSettings (read from the core at once) until they are released. */
    hold() {
      holding = true;
    },
    /** Answer the held read number `index` (0: the oldest still held). */
    release(index: number) {
      held.splice(index, 1)[0]!();
    },
    held: () => held.length,
  };
}

/** A component reading the settings: kept loaded while mounted, with what it was last shown. */
function reader(transport: Transport) {
  const shown: Array<Settings | undefined> = [];
  const unsubscribe = settingsStore.subscribe(() => shown.push(settingsStore.get(transport)));
  const release = settingsStore.retain(transport);
  return {
    shown,
    now: () => settingsStore.get(transport),
    unmount() {
      release();
      unsubscribe();
    },
  };
}

const readers: Array<ReturnType<typeof reader>> = [];
const mount = (transport: Transport) => {
  const mounted = reader(transport);
  readers.push(mounted);
  return mounted;
};
afterEach(async () => {
  readers.splice(0).forEach((mounted) => mounted.unmount());
  await callCore(core, 'updateSettings', { checkerName: '', headlineTarget: 70 });
});

describe('the settings store', () => {
  it('loads once for several readers, and shows them all the same settings', async () => {
    await callCore(core, 'updateSettings', { checkerName: 'Ana Reyes' });
    const connection = fakeConnection();
    const checker = mount(connection.transport);
    const header = mount(connection.transport);
    const preview = mount(connection.transport);
    expect(checker.now()).toBeUndefined();
    await vi.waitFor(() => expect(checker.now()?.checkerName).toBe('Ana Reyes'));
    expect(header.now()).toBe(checker.now());
    expect(preview.now()).toBe(checker.now());
    expect(connection.loads()).toBe(1);

    // Once every reader is gone, the next one reads the settings afresh.
    [checker, header, preview].forEach((mounted) => mounted.unmount());
    readers.length = 0;
    expect(settingsStore.get(connection.transport)).toBeUndefined();
    await callCore(core, 'updateSettings', { checkerName: 'Bo Lind' });
    const later = mount(connection.transport);
    await vi.waitFor(() => expect(later.now()?.checkerName).toBe('Bo Lind'));
    expect(connection.loads()).toBe(2);
  });

  it('shows a change made in another window to every reader', async () => {
    const connection = fakeConnection();
    const header = mount(connection.transport);
    const checker = mount(connection.transport);
    await vi.waitFor(() => expect(header.now()).toBeDefined());
    await callCore(core, 'updateSettings', { headlineTarget: 55 });
    expect(header.now()?.headlineTarget).toBe(55);
    expect(checker.now()?.headlineTarget).toBe(55);
    expect(connection.loads()).toBe(1);
  });

  it('reads the settings again when the connection comes back, showing a change whose event was lost', async () => {
    const connection = fakeConnection();
    const header = mount(connection.transport);
    await vi.waitFor(() => expect(header.now()?.headlineTarget).toBe(70));
    connection.drop();
    await callCore(core, 'updateSettings', { headlineTarget: 42 });
    expect(header.now()?.headlineTarget).toBe(70);
    connection.restore();
    await vi.waitFor(() => expect(header.now()?.headlineTarget).toBe(42));
    expect(connection.loads()).toBe(2);
  });

  it('keeps the newest answer when an older read answers after it', async () => {
    const connection = fakeConnection();
    connection.hold();
    const header = mount(connection.transport);
    await vi.waitFor(() => expect(connection.held()).toBe(1)); // the first read saw headlineTarget 70
    connection.drop();
    await callCore(core, 'updateSettings', { headlineTarget: 42 });
    connection.restore();
    await vi.waitFor(() => expect(connection.held()).toBe(2)); // the read after reconnecting saw 42
    connection.release(1);
    await vi.waitFor(() => expect(header.now()?.headlineTarget).toBe(42));
    connection.release(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(header.now()?.headlineTarget).toBe(42);
    expect(header.shown.map((settings) => settings?.headlineTarget)).toEqual([42]);
  });

  it('keeps a change that arrived while a read was under way over that read’s older answer', async () => {
    const connection = fakeConnection();
    connection.hold();
    const header = mount(connection.transport);
    await vi.waitFor(() => expect(connection.held()).toBe(1)); // read while headlineTarget was 70
    await callCore(core, 'updateSettings', { headlineTarget: 64 });
    expect(header.now()?.headlineTarget).toBe(64);
    connection.release(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(header.now()?.headlineTarget).toBe(64);
  });

  it('shows what put gives it at once, to every reader, and a read begun before it does not undo it', async () => {
    const connection = fakeConnection();
    const checker = mount(connection.transport);
    await vi.waitFor(() => expect(checker.now()).toBeDefined());
    const preview = mount(connection.transport);
    // The connection drops and comes back: a read is under way when this window saves a setting.
    connection.hold();
    connection.drop();
    connection.restore();
    await vi.waitFor(() => expect(connection.held()).toBe(1));
    const saved = await connection.transport.api.updateSettings({ checkerName: 'Ana Reyes' });
    settingsStore.put(connection.transport, saved);
    expect(checker.now()?.checkerName).toBe('Ana Reyes');
    expect(preview.now()).toBe(saved);
    connection.release(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checker.now()?.checkerName).toBe('Ana Reyes');
  });

  it('keeps the last settings when a read fails', async () => {
    const connection = fakeConnection();
    const header = mount(connection.transport);
    await vi.waitFor(() => expect(header.now()?.headlineTarget).toBe(70));
    const before = header.now();
    const getSettings = connection.transport.api.getSettings;
    let failed = 0;
    connection.transport.api.getSettings = () => {
      failed++;
      return Promise.reject(new Error('Copydesk is not reachable'));
    };
    connection.drop();
    connection.restore();
    await vi.waitFor(() => expect(failed).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(header.now()).toBe(before);
    connection.transport.api.getSettings = getSettings;
  });
});
