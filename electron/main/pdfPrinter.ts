import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../services/export/pdfPrinter';
import { secureWebPreferences } from './windowOptions';

/** The parts of a BrowserWindow the printer uses (so tests can drive it with a fake). */
export interface PrintWindow {
  loadFile(filePath: string): Promise<void>;
  webContents: { printToPDF(options: Record<string, unknown>): Promise<Uint8Array> };
  destroy(): void;
  isDestroyed(): boolean;
}

/** A hidden window that only lays out the print surface: the app's secure preferences, and no script, no preload. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const { preload: _preload, ...secure } = secureWebPreferences('');
  return { show: false, width: 794, height: 1123, webPreferences: { ...secure, javascript: false, spellcheck: false, devTools: false } };
}

export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true } as const;
const LOAD_TIMEOUT_MS = 30_000;

/**
 * PDF through Chromium's own printer: the print surface is written to a private
 * temporary file, laid out in a hidden window and printed with its CSS page size.
 * One print at a time; the window and the file are gone afterwards, whatever happened.
 */
export function createElectronPdfPrinter(makeWindow: () => PrintWindow, tempRoot: string = os.tmpdir()): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();

  async function printOne(html: string): Promise<Uint8Array> {
    const dir = fs.mkdtempSync(path.join(tempRoot, 'copydesk-print-'));
    const file = path.join(dir, 'story.html');
    let window: PrintWindow | undefined;
    try {
      fs.writeFileSync(file, html, { mode: 0o600 });
      window = makeWindow();
      await withTimeout(window.loadFile(file), LOAD_TIMEOUT_MS, 'The print view did not load within 30 seconds.');
      const pdf = await window.webContents.printToPDF({ ...PDF_OPTIONS });
      return new Uint8Array(pdf);
    } finally {
      if (window && !window.isDestroyed()) window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  return {
    print(html) {
      const next = queue.then(() => printOne(html));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}
