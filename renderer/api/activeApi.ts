import type { CopydeskApi } from '../../electron/api/contract';

/**
 * The API for code outside React's tree (editor extensions), set once by main.tsx
 * when the transport is made. Components use useApi() instead.
 */
let active: CopydeskApi | undefined;

export function setActiveApi(api: CopydeskApi): void {
  active = api;
}

export function activeApi(): CopydeskApi | undefined {
  return active;
}
