import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** What an attacker page sends home: everything it tried, and every response it could read. */
export interface AttackReport {
  attempts: Array<{ label: string; outcome: string }>;
  reads: Array<{ label: string; status: number; body: string }>;
  [extra: string]: unknown;
}

export interface SeenRequest {
  method: string;
  url: string;
  host: string | undefined;
  referer: string | undefined;
}

/**
 * The attacker's own web server, a second one on loopback, reached by Chromium as
 * http://evil.test:<port>/ (the browser maps evil.test to 127.0.0.1). It serves the
 * attack pages and scripts and collects what the pages report back.
 */
export class AttackerSite {
  readonly requests: SeenRequest[] = [];
  private readonly pages = new Map<string, string>();
  private readonly reports = new Map<string, AttackReport>();
  private readonly waiting = new Map<string, (report: AttackReport) => void>();

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<AttackerSite> {
    let site: AttackerSite | undefined;
    const server = http.createServer((req, res) => site!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = new AttackerSite(server, (server.address() as AddressInfo).port);
    return site;
  }

  get origin(): string {
    return `http://evil.test:${this.port}`;
  }

  /** An attack page at /pages/<name>: the script tests/e2e/attacker/<script>.js, run with `config` as window.ATTACK. */
  addPage(name: string, script: string, config: unknown): string {
    this.pages.set(name, attackPageHtml(name, `${this.origin}/scripts/${script}.js`, { ...(config as object), reportUrl: `${this.origin}/report/${name}` }));
    return `${this.origin}/pages/${name}`;
  }

  /** The same page's HTML, to be served from another origin (the rebinding test serves it as ours). */
  pageHtml(name: string): string {
    return this.pages.get(name)!;
  }

  /** Resolves when the page of that name has reported. */
  report(name: string): Promise<AttackReport> {
    const done = this.reports.get(name);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.set(name, resolve));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host, referer: req.headers.referer });
    const url = new URL(req.url ?? '/', 'http://attacker');
    const [, kind, name = ''] = url.pathname.split('/');
    if (req.method === 'GET' && kind === 'pages' && this.pages.has(name)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(this.pages.get(name));
    } else if (req.method === 'GET' && kind === 'scripts' && /^[a-zA-Z]+\.js$/.test(name)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(fs.readFileSync(path.join(__dirname, name)));
    } else if (req.method === 'POST' && kind === 'report') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as AttackReport;
        this.reports.set(name, report);
        this.waiting.get(name)?.(report);
        res.writeHead(204).end();
      });
    } else {
      res.writeHead(404).end();
    }
  }
}

function attackPageHtml(title: string, scriptUrl: string, config: unknown): string {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<!doctype html><meta charset="utf-8"><title>${title}</title><script>window.ATTACK = ${json};</script><script src="${scriptUrl}"></script>`;
}
