import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, methodChannel } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { ApiResponse } from '../api/errors';
import { isAppUrl } from './appOrigin';

/** The fields of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/**
 * A message is ours only if it comes from the main frame of one of our
 * windows, showing our app origin. Subframes (the preview), pages that
 * navigated elsewhere and destroyed frames are refused.
 */
export function isTrustedSender(event: SenderEvent, ourWebContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (!ourWebContentsIds.has(event.sender.id)) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Copydesk window.' },
};

/** Every method of the contract, registered through one wrapper that checks the sender before dispatching. */
export function registerApiHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrusted: (event: SenderEvent) => boolean): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(methodChannel(name), async (event, input: unknown) => (isTrusted(event) ? dispatch(name, input) : FORBIDDEN));
  }
}
