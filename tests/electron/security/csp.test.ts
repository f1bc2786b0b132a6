/**
 * The Content-Security-Policy strings, parsed and checked directive by directive: the app's
 * own (Electron's app:// responses and browser mode's server) and the one every exported
 * web page and print view declares for itself.
 */
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, SECURITY_HEADERS } from '../../../electron/core/csp';
import { PAGE_CSP } from '../../../story/formats/html';

/** Directive name → its source list, as a browser reads the policy (names lower-cased; a repeated directive is ignored by browsers, so it is an error here). */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) throw new Error(`directive ${key} appears twice (browsers ignore the second)`);
    directives.set(key, sources);
  }
  return directives;
}

/** Sources that would let content run code or load it from anywhere. */
const NEVER = ["'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'ws:', 'wss:', 'filesystem:', 'javascript:'];

describe('the renderer CSP (app:// and browser mode)', () => {
  const csp = parseCsp(RENDERER_CSP);

  it('is the policy every response of ours carries', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(RENDERER_CSP);
  });

  const expected: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'", 'blob:', 'about:'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
  for (const [directive, sources] of Object.entries(expected)) {
    it(`${directive} ${sources.join(' ')}`, () => expect(csp.get(directive)).toEqual(sources));
  }

  it('has no directive beyond those (each one added is reviewed here)', () => {
    expect([...csp.keys()].toSorted()).toEqual(Object.keys(expected).toSorted());
  });

  it('never allows eval, remote hosts, wildcards or plain schemes of the web, in any directive', () => {
    for (const [directive, sources] of csp) for (const source of sources) expect(NEVER, `${directive} ${source}`).not.toContain(source.toLowerCase());
  });

  it("allows inline code nowhere but styles (ProseMirror and React set style attributes), and scripts only from the app's own files", () => {
    const inline = [...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([directive]) => directive);
    expect(inline).toEqual(['style-src']);
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
      for (const source of csp.get(directive) ?? []) expect(["'self'"], `${directive} ${source}`).toContain(source);
    }
  });

  it('sends the companion headers: no sniffing, no referrer, no framing, own-origin only', () => {
    expect(SECURITY_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Resource-Policy': 'same-origin' });
    for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'serial', 'hid', 'payment']) expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
  });
});

describe('the CSP of exported pages (web and print)', () => {
  const csp = parseCsp(PAGE_CSP);

  it('runs no script at all: default-src none and no script, worker, frame, object or connect source', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'frame-src', 'child-src', 'object-src', 'connect-src', 'font-src', 'media-src', 'manifest-src']) expect(csp.has(directive), directive).toBe(false);
  });

  it('allows its own inline stylesheet and embedded (data:) images only', () => {
    expect(csp.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(['data:']);
  });

  it('has no <base> and submits no form', () => {
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('has nothing else, and nothing from the never list', () => {
    expect([...csp.keys()].toSorted()).toEqual(['base-uri', 'default-src', 'form-action', 'img-src', 'style-src']);
    for (const [directive, sources] of csp) for (const source of sources) expect(NEVER, `${directive} ${source}`).not.toContain(source.toLowerCase());
  });
});

describe('the parser', () => {
  it('rejects a policy that repeats a directive', () => expect(() => parseCsp("script-src 'none'; script-src *")).toThrow(/twice/));
});
