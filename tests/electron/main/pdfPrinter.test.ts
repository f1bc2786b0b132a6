import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElectronPdfPrinter, PDF_OPTIONS, printWindowOptions, type PrintWindow } from '../../../electron/main/pdfPrinter';
import { makeTempDir } from '../../helpers/tempDir';

/** Stands in for Electron's BrowserWindow (no Electron binary here): records what the printer asks of it. */
class FakePrintWindow implements PrintWindow {
  static made: FakePrintWindow[] = [];
  loadedHtml = '';
  loadedPath = '';
  printOptions: Record<string, unknown> | undefined;
  destroyed = false;
  constructor(private readonly behaviour: { failLoad?: boolean; failPrint?: boolean; onPrint?: () => Promise<void> } = {}) {
    FakePrintWindow.made.push(this);
  }
  async loadFile(filePath: string) {
    this.loadedPath = filePath;
    this.loadedHtml = fs.readFileSync(filePath, 'utf8');
    if (this.behaviour.failLoad) throw new Error('ERR_FILE_NOT_FOUND');
  }
  webContents = {
    printToPDF: async (options: Record<string, unknown>) => {
      this.printOptions = options;
      await this.behaviour.onPrint?.();
      if (this.behaviour.failPrint) throw new Error('Printing failed');
      return new TextEncoder().encode(`%PDF of ${this.loadedHtml.length} chars`);
    },
  };
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

let temp: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: temp, cleanup } = makeTempDir());
  FakePrintWindow.made = [];
});
afterEach(() => cleanup());

describe('PDF printing through a hidden window', () => {
  it('prints the given print surface with its CSS page size, then closes the window and removes the file', async () => {
    const printer = createElectronPdfPrinter(() => new FakePrintWindow(), temp);
    const pdf = await printer.print('<html class="surface-print">story</html>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF of 40 chars');
    const [window] = FakePrintWindow.made;
    expect(window!.loadedHtml).toBe('<html class="surface-print">story</html>');
    expect(window!.printOptions).toEqual({ ...PDF_OPTIONS });
    expect(window!.destroyed).toBe(true);
    expect(fs.readdirSync(temp)).toEqual([]);
  });

  it('cleans up after a failure too, and reports it', async () => {
    for (const behaviour of [{ failLoad: true }, { failPrint: true }]) {
      const printer = createElectronPdfPrinter(() => new FakePrintWindow(behaviour), temp);
      await expect(printer.print('<html></html>')).rejects.toThrow(/ERR_FILE_NOT_FOUND|Printing failed/);
      expect(FakePrintWindow.made.at(-1)!.destroyed).toBe(true);
      expect(fs.readdirSync(temp)).toEqual([]);
    }
  });

  it('prints one story at a time, in order', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    const printer = createElectronPdfPrinter(() => {
      const window = new FakePrintWindow({ onPrint: first ? () => gate : undefined });
      first = false;
      return window;
    }, temp);
    const a = printer.print('<p>a</p>').then(() => order.push('a'));
    const b = printer.print('<p>b</p>').then(() => order.push('b'));
    // Let every pending step run: the first print is now held at printToPDF.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(FakePrintWindow.made).toHaveLength(1); // the second waits for the first
    release();
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
  });

  it('lays out the page with no script and no Node, sandboxed', () => {
    const prefs = printWindowOptions().webPreferences!;
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
    expect(printWindowOptions().show).toBe(false);
  });
});
