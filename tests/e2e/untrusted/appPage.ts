import type { Page, Request } from '@playwright/test';
import { openApp } from '../fixtures';
import type { BrowserModeApp } from '../browserModeApp';
import { Probe } from './probe';

/** The app's own requests: its page, its bundle, and API calls that carry its token. Nothing else may leave. */
export function appRequests(app: BrowserModeApp): (request: Request) => boolean {
  const origin = `http://127.0.0.1:${app.port}`;
  return (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return false;
    if (url.pathname.startsWith('/api/')) return request.headers().authorization === `Bearer ${app.token}`;
    return url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/favicon.svg' || url.pathname.startsWith('/assets/');
  };
}

/** The app opened under the probe; navigations count from the moment it is ready. */
export async function openProbedApp(page: Page, app: BrowserModeApp): Promise<Probe> {
  const probe = await Probe.attach(page, appRequests(app));
  await openApp(page, app.url);
  // The page drops its token from the address bar (a same-document navigation) as it starts.
  await page.waitForURL((url) => !url.searchParams.has('token'));
  probe.arm();
  return probe;
}
