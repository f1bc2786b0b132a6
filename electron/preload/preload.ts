/**
 * The only bridge between the sandboxed renderer and the main process:
 * `window.copydesk`, one named function per contract method and one
 * subscriber per contract event. No generic invoke, no ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAMES, METHOD_NAMES, eventChannel, methodChannel } from '../api/contract';

const methods = Object.fromEntries(METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(methodChannel(name), input)]));

const on = Object.fromEntries(
  EVENT_NAMES.map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannel(name), handler);
      return () => {
        ipcRenderer.removeListener(eventChannel(name), handler);
      };
    },
  ]),
);

contextBridge.exposeInMainWorld('copydesk', { ...methods, on });
