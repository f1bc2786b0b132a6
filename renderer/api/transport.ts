import type { CopydeskApi, CopydeskEvents } from '../../electron/api/contract';

/** Whether the renderer can currently reach the main process or the server. */
/** `locked-out`: the server restarted with a new token; a window opened at its new address hands it over. */
export type ConnectionState = 'connected' | 'reconnecting' | 'locked-out';

/** What the app holds: the typed API, its events, and the connection's state. */
export interface Transport {
  api: CopydeskApi;
  on: CopydeskEvents;
  kind: 'electron' | 'browser';
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
