import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PREFIX = 'browser-launch-';
/** A page this old has long been read (or its browser never came): its token is dead or unused. */
const STALE_AFTER_MS = 60_000;

export interface LaunchPage {
  /** The file:// address to start the browser on. */
  readonly url: string;
  readonly file: string;
  /** Remove the page (idempotent): once the token has been used, or the window closed. */
  remove(): void;
}

/**
 * A page that sends the browser on to the launch address. The browser is started
 * on this file rather than on the address, because a process's command line
 * (`--app=URL`) can be read by every user of the machine (`ps`, /proc) and the
 * address carries the token. Only the owner can read the file (0600); it is
 * removed once the token has been used, or when the server stops. Pages left by
 * launches that were killed (dead tokens) are removed here; a page younger than
 * a minute may belong to another library's server starting now, so it is left.
 */
export function writeLaunchPage(folder: string, launchUrl: string): LaunchPage {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  removeStalePages(folder, Date.now() - STALE_AFTER_MS);
  const file = path.join(folder, `${PREFIX}${crypto.randomBytes(8).toString('hex')}.html`);
  const target = JSON.stringify(launchUrl).replaceAll('<', '\\u003c');
  const html = `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>Copydesk</title><script>location.replace(${target});</script>\n`;
  fs.writeFileSync(file, html, { mode: 0o600, flag: 'wx' });
  return { url: pathToFileURL(file).href, file, remove: () => fs.rmSync(file, { force: true }) };
}

function removeStalePages(folder: string, olderThan: number): void {
  for (const name of fs.readdirSync(folder)) {
    if (!name.startsWith(PREFIX)) continue;
    const file = path.join(folder, name);
    try {
      if (fs.statSync(file).mtimeMs < olderThan) fs.rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by its own server.
    }
  }
}
