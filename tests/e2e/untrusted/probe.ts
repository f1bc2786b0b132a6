/**
 * Watches a Chromium page for anything untrusted content could make it do:
 *  - executions: alert, confirm, prompt, print, window.open, fetch, XMLHttpRequest,
 *    navigator.sendBeacon, WebSocket, EventSource, string timers, document.write
 *    (each instrumented before any page script, in every frame), dialogs the page opened,
 *    and every Content-Security-Policy violation of a script directive (an inline handler,
 *    a javascript: URL, an inline or dynamically imported script that CSP blocked or, on
 *    pages served with a report-only policy, reported);
 *  - requests: every request leaving the page that is not the app's own (routed and
 *    aborted), WebSockets, and CSP violations of the loading directives (images, styles,
 *    fonts, media, frames, connections) that never reached the network;
 *  - navigations: of the main frame, once armed, and pop-ups.
 * The app's own calls are told apart by their stack: they come from its bundle (/assets/).
 */
import type { BrowserContext, Page, Request } from '@playwright/test';

/** 'inert': a handler attribute refused by CSP while the app parsed untrusted HTML in an inert document (listed, not counted). */
export type ProbeKind = 'execution' | 'request' | 'navigation' | 'inert';

export interface ProbeEvent {
  kind: ProbeKind;
  detail: string;
}

export interface ProbeCounts {
  /** Handler attributes CSP refused while the app parsed untrusted HTML in inert documents (listed, not failures). */
  inert: number;
  executions: number;
  requests: number;
  navigations: number;
}

/** Reports travel as console messages with this prefix: they need no script of Playwright's in the page (which CSP would refuse) and survive navigations. */
const PREFIX = '__copydeskProbe:';

/** Runs in every frame before the page's own scripts. */
function instrument(prefix: string): void {
  const w = window as unknown as Record<string, unknown> & Window;
  const debug = console.debug.bind(console);
  const report = (kind: string, detail: unknown) => debug(`${prefix}${JSON.stringify({ kind, detail: String(detail).slice(0, 200) })}`);
  // The app's own code lives in its bundle; payloads run from the document (inline) or from nowhere.
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- this function is serialized into the page whole: nothing may live outside it
  const fromAppBundle = () => /\/assets\/[^\s)]+\.js/.test(new Error().stack ?? '');
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    w[name] = ((...args: unknown[]) => {
      report('execution', `${name}(${String(args[0] ?? '')})`);
      return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
    }) as never;
  }
  w.open = (...args: unknown[]) => {
    report('execution', `window.open(${String(args[0] ?? '')})`);
    return null;
  };
  navigator.sendBeacon = (url: string | URL) => {
    report('execution', `navigator.sendBeacon(${String(url)})`);
    return false;
  };
  const NativeWebSocket = w.WebSocket as typeof WebSocket;
  w.WebSocket = function (url: string | URL) {
    report('execution', `new WebSocket(${String(url)})`);
    throw new DOMException('WebSocket refused by the test probe', 'SecurityError');
  } as unknown as typeof WebSocket;
  Object.assign(w.WebSocket as object, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3, prototype: NativeWebSocket.prototype });
  const NativeEventSource = w.EventSource as typeof EventSource;
  w.EventSource = function (url: string | URL, init?: EventSourceInit) {
    if (!fromAppBundle()) report('execution', `new EventSource(${String(url)})`);
    return new NativeEventSource(url, init);
  } as unknown as typeof EventSource;
  const nativeFetch = w.fetch.bind(w);
  w.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!fromAppBundle()) report('execution', `fetch(${input instanceof Request ? input.url : String(input)})`);
    return nativeFetch(input, init);
  };
  const nativeOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    if (!fromAppBundle()) report('execution', `XMLHttpRequest.open(${String(args[1])})`);
    return (nativeOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const native = w[timer] as (...args: unknown[]) => number;
    w[timer] = ((handler: unknown, ...rest: unknown[]) => {
      if (typeof handler === 'string') report('execution', `${timer}("${handler.slice(0, 80)}")`);
      return native(handler, ...rest);
    }) as never;
  }
  for (const method of ['write', 'writeln'] as const) {
    const native = Document.prototype[method];
    Document.prototype[method] = function (this: Document, ...text: string[]) {
      if (!fromAppBundle()) report('execution', `document.${method}(${text.join('').slice(0, 80)})`);
      return native.apply(this, text);
    };
  }
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // Chromium fetches the site's icon by itself for a page that names none (no script, no markup asked for it).
      if (!event.sourceFile && event.blockedURI === new URL('/favicon.ico', location.href).href) return;
      const directive = event.effectiveDirective;
      const script = /^(?:script-src|worker-src)/.test(directive) || (directive === 'default-src' && /^(?:inline|eval)$/.test(event.blockedURI));
      const navigation = directive === 'form-action' || directive === 'navigate-to';
      // Chromium checks inline handlers and <base> against the policy as the markup is parsed,
      // even in a DOMParser document, which never runs script or loads anything: the sanitizers'
      // own parsing of untrusted HTML shows up as refusals "from" the app's bundle, on no live element.
      const live = event.target instanceof Element && event.target.isConnected;
      const inert = (directive === 'script-src-attr' || directive === 'base-uri') && !live && /\/assets\/[^/]+\.js$/.test(event.sourceFile);
      const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}${live ? ` on ${(event.target as Element).outerHTML.slice(0, 100)}` : ''}`;
      report(inert ? 'inert' : script ? 'execution' : navigation ? 'navigation' : 'request', `CSP ${event.disposition} ${directive}: ${event.blockedURI || 'inline'} ${event.sample ?? ''} at ${where}`);
    },
    true,
  );
}

export class Probe {
  readonly events: ProbeEvent[] = [];
  private armed = false;
  /** Navigations the test itself starts (page.goto): not counted. */
  private readonly expected = new Set<string>();

  private constructor(private readonly page: Page) {}

  /**
   * Instrument a page (before it loads anything). `allowed` says which requests are the
   * page's own (the app's files and its API calls); everything else is aborted and counted.
   */
  static async attach(page: Page, allowed: (request: Request) => boolean): Promise<Probe> {
    const probe = new Probe(page);
    const context: BrowserContext = page.context();
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() !== 'debug' || !text.startsWith(PREFIX)) return;
      const { kind, detail } = JSON.parse(text.slice(PREFIX.length)) as ProbeEvent;
      probe.record(kind, detail);
    });
    await page.addInitScript(instrument, PREFIX);
    await page.route('**/*', (route) => {
      const request = route.request();
      if (allowed(request)) return route.fallback();
      probe.record('request', `${request.method()} ${request.url().slice(0, 160)} (${request.resourceType()})`);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (socket) => {
      probe.record('request', `WebSocket ${socket.url()}`);
      void socket.close();
    });
    page.on('dialog', (dialog) => {
      probe.record('execution', `dialog ${dialog.type()}: ${dialog.message().slice(0, 80)}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('popup', (popup) => {
      probe.record('navigation', `pop-up ${popup.url()}`);
      void popup.close().catch(() => undefined);
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      if (probe.expected.delete(frame.url())) return;
      if (probe.armed) probe.record('navigation', `main frame → ${frame.url().slice(0, 160)}`);
    });
    return probe;
  }

  /** From now on a navigation of the main frame counts (call once the page is where it should stay). */
  arm(): void {
    this.armed = true;
  }

  /** The test is about to navigate the main frame there itself (page.goto). */
  expectNavigation(url: string): void {
    this.expected.add(url);
  }

  record(kind: ProbeKind, detail: string): void {
    this.events.push({ kind, detail });
  }

  /** A position in the event list, to count what one step caused. */
  mark(): number {
    return this.events.length;
  }

  counts(since = 0): ProbeCounts {
    const slice = this.events.slice(since);
    return {
      inert: slice.filter((event) => event.kind === 'inert').length,
      executions: slice.filter((event) => event.kind === 'execution').length,
      requests: slice.filter((event) => event.kind === 'request').length,
      navigations: slice.filter((event) => event.kind === 'navigation').length,
    };
  }

  describe(since = 0): string {
    const slice = this.events.slice(since).filter((event) => event.kind !== 'inert');
    return slice.length === 0 ? 'nothing' : slice.slice(0, 12).map((event) => `${event.kind}: ${event.detail}`).join('\n');
  }

  /** Move the pointer over the whole page (hover handlers) and scroll it through, as a reader would. */
  async sweep(steps = 8): Promise<void> {
    const { width, height } = this.page.viewportSize() ?? { width: 1280, height: 800 };
    for (let y = 10; y < height; y += Math.ceil(height / steps)) {
      for (let x = 10; x < width; x += Math.ceil(width / steps)) await this.page.mouse.move(x, y);
    }
    await this.page.mouse.wheel(0, 4000);
  }
}
