import type { Page } from '@playwright/test';
import { Probe } from './probe';

/** Where exported files are opened: a site of their own, nothing else reachable. */
const ORIGIN = 'https://export.copydesk.test';

/**
 * Reports every script the document would run (inline, handler, javascript: URL, eval,
 * import()) and every load, without blocking them: a page's own policy aside, what is
 * in it runs, and the probe's instruments see it run.
 */
const REPORT_ONLY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Opens exported documents in Chromium, one after another in one tab, the way a reader
 * (or a CMS) would get them: served as their own type, scripts enabled. The probe counts
 * what they do; only the document itself is served, every other request is refused.
 */
export class DocumentViewer {
  private readonly documents = new Map<string, { body: string | Buffer; type: string }>();
  private opened = 0;

  private constructor(
    private readonly page: Page,
    readonly probe: Probe,
  ) {}

  static async start(page: Page): Promise<DocumentViewer> {
    const probe = await Probe.attach(page, () => false);
    const viewer = new DocumentViewer(page, probe);
    // Registered after the probe's catch-all, so it is asked first.
    await page.route(`${ORIGIN}/**`, (route) => {
      // Chromium asks every site for its icon by itself, whatever the document holds: answered, not counted.
      if (new URL(route.request().url()).pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      const document = viewer.documents.get(route.request().url());
      if (!document || !route.request().isNavigationRequest()) return route.fallback();
      return route.fulfill({ status: 200, contentType: document.type, headers: { 'Content-Security-Policy-Report-Only': REPORT_ONLY, 'X-Content-Type-Options': 'nosniff' }, body: document.body });
    });
    probe.arm();
    return viewer;
  }

  /** Open one document, pass the pointer over it and scroll it through. */
  async view(name: string, body: string | Buffer, type: string): Promise<void> {
    this.opened += 1;
    const url = `${ORIGIN}/${this.opened}/${encodeURIComponent(name)}`;
    this.documents.set(url, { body, type });
    this.probe.expectNavigation(url);
    await this.page.goto(url, { waitUntil: 'load' });
    await this.probe.sweep();
    this.documents.delete(url);
  }

  get count(): number {
    return this.opened;
  }
}
