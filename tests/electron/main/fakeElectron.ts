/**
 * Stand-ins for Electron objects, which cannot exist here (no Electron binary).
 * Named Fake* so no one mistakes them for the real thing; they carry only the
 * fields our code reads.
 */
import type { SenderEvent } from '../../../electron/main/ipc';

export interface FakeFrame {
  url: string;
}

export function fakeIpcEvent(options: { webContentsId: number; frameUrl: string; subframe?: boolean; destroyed?: boolean }): SenderEvent {
  const mainFrame: FakeFrame = { url: options.frameUrl };
  const senderFrame = options.destroyed ? null : options.subframe ? { url: options.frameUrl } : mainFrame;
  return { sender: { id: options.webContentsId, mainFrame }, senderFrame } as unknown as SenderEvent;
}

type Handler = (...args: unknown[]) => unknown;

/** Records listeners so a test can fire 'will-navigate' and friends. */
export class FakeWebContents {
  readonly listeners = new Map<string, Handler[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  on(event: string, listener: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fire an event with a preventable first argument; returns whether it was prevented. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const preventable = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(preventable, ...args);
    return prevented;
  }

  fireFrameNavigate(url: string, isMainFrame: boolean): boolean {
    let prevented = false;
    const details = { url, isMainFrame, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get('will-frame-navigate') ?? []) listener(details);
    return prevented;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: SenderEvent, input: unknown) => Promise<unknown>>();
  handle(channel: string, handler: (event: SenderEvent, input: unknown) => Promise<unknown>): void {
    this.handlers.set(channel, handler);
  }
}
