import type { CopydeskApi, CopydeskEvents, MethodName } from '../../electron/api/contract';
import { METHOD_NAMES } from '../../electron/api/contract';
import type { ApiResponse } from '../../electron/api/errors';
import { ApiError } from './ApiError';
import type { Transport } from './transport';

/** What the preload exposes as `window.copydesk`: one function per method, answering with an envelope. */
export type PreloadBridge = {
  [M in MethodName]: (input: unknown) => Promise<ApiResponse<unknown>>;
} & { on: CopydeskEvents };

declare global {
  interface Window {
    copydesk?: PreloadBridge;
  }
}

export function electronTransport(bridge: PreloadBridge): Transport {
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const response = await bridge[name](input ?? {});
        if (!response.ok) throw new ApiError(response.error);
        return response.value;
      },
    ]),
  ) as CopydeskApi;
  return { api, on: bridge.on, kind: 'electron', onConnection: () => () => {} };
}
