import type { CopydeskApi, CopydeskEvents, EventName } from '../../electron/api/contract';
import { EVENT_NAMES, METHOD_NAMES } from '../../electron/api/contract';
import type { ApiResponse } from '../../electron/api/errors';
import { ApiError } from './ApiError';
import { post } from './post';
import type { PostAnswer } from './postProtocol';
import { SseParser } from './sseParser';
import type { ConnectionState, Transport } from './transport';

const TOKEN_KEY = 'copydesk.token';

/**
 * The launch token: taken from `?token=` once, kept for this tab in
 * sessionStorage, and removed from the address bar and history.
 */
export function takeLaunchToken(location: Location, history: History, storage: Storage): string | undefined {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

type Listener = (payload: unknown) => void;

const TOKEN_CHANNEL = 'copydesk-token';

/**
 * Windows of the same origin share a working token: a restarted server has a new
 * one, and a window opened at its new address tells the older windows, which carry
 * on (and save what they kept) without a reload.
 */
function tokenSharing(initial: string, onNewToken: () => void) {
  let token = initial;
  let verified = false;
  let lockedOut = false;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(TOKEN_CHANNEL) : undefined;
  if (channel) {
    channel.addEventListener('message', ({ data }: MessageEvent<{ type?: string; token?: unknown }>) => {
      if (data?.type === 'token' && typeof data.token === 'string' && lockedOut && data.token !== token) {
        token = data.token;
        sessionStorage.setItem(TOKEN_KEY, token);
        lockedOut = false;
        onNewToken();
      } else if (data?.type === 'need-token' && verified && !lockedOut) {
        channel.postMessage({ type: 'token', token });
      }
    });
  }
  return {
    headers: () => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }),
    get lockedOut() {
      return lockedOut;
    },
    accepted() {
      lockedOut = false;
      if (verified) return;
      verified = true;
      channel?.postMessage({ type: 'token', token });
    },
    refused() {
      verified = false;
      lockedOut = true;
      channel?.postMessage({ type: 'need-token' });
    },
  };
}

/** The HTTP twin of the preload bridge: POST /api/<method>, events streamed from /api/events. */
export function httpTransport(token: string): Transport {
  const listeners = new Map<EventName, Set<Listener>>(EVENT_NAMES.map((name) => [name, new Set()]));
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let connection: ConnectionState = 'connected';
  const setConnection = (state: ConnectionState) => {
    if (state === connection) return;
    connection = state;
    connectionListeners.forEach((listener) => listener(state));
  };

  const auth = tokenSharing(token, () => setConnection('connected'));

  const call = async (name: string, input: unknown): Promise<unknown> => {
    let response: PostAnswer;
    try {
      response = await post(`/api/${name}`, auth.headers(), JSON.stringify(input ?? {}));
    } catch {
      setConnection('reconnecting');
      throw new ApiError({ code: 'offline', message: 'Copydesk is not reachable (the server stopped or restarted).' });
    }
    if (response.status === 401) {
      auth.refused();
      setConnection('locked-out');
      throw new ApiError({ code: 'forbidden', message: 'Copydesk restarted with a new address: open the address it printed (your unsaved text is kept in this window)' });
    }
    auth.accepted();
    setConnection('connected');
    let body: ApiResponse<unknown>;
    try {
      body = JSON.parse(response.text) as ApiResponse<unknown>;
    } catch {
      throw new ApiError({ code: 'internal', message: `The server answered ${response.status} without a readable body.` });
    }
    if (!body.ok) throw new ApiError(body.error);
    return body.value;
  };

  const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as CopydeskApi;
  const on = Object.fromEntries(
    EVENT_NAMES.map((name) => [
      name,
      (listener: Listener) => {
        listeners.get(name)!.add(listener);
        return () => listeners.get(name)!.delete(listener);
      },
    ]),
  ) as unknown as CopydeskEvents;

  void streamEvents(auth, listeners, setConnection);
  return {
    api,
    on,
    kind: 'browser',
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}

async function streamEvents(
  auth: ReturnType<typeof tokenSharing>,
  listeners: Map<EventName, Set<Listener>>,
  setConnection: (state: ConnectionState) => void,
): Promise<void> {
  let delay = 500;
  for (;;) {
    try {
      const response = await fetch('/api/events', { method: 'POST', headers: auth.headers() });
      if (response.status === 401) {
        auth.refused();
        setConnection('locked-out');
        throw new Error('events: the token was refused');
      }
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      auth.accepted();
      setConnection('connected');
      delay = 500;
      const parser = new SseParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of parser.push(value)) {
          const set = listeners.get(event.event as EventName);
          if (!set) continue;
          const payload: unknown = JSON.parse(event.data);
          set.forEach((listener) => listener(payload));
        }
      }
    } catch {
      // fall through to reconnect
    }
    if (!auth.lockedOut) setConnection('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5_000);
  }
}
