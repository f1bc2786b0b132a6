import { describe, expect, it } from 'vitest';
import type { BaseWindow, Dialog } from 'electron';
import { importFromDialog } from '../../../electron/main/importDialog';

/** Stands in for Electron's dialog module (there is no Electron binary here). */
function fakeDialog(result: { canceled: boolean; filePaths: string[] }) {
  const calls: Array<Record<string, unknown>> = [];
  const dialog = {
    showOpenDialog: async (_window: BaseWindow, options: Record<string, unknown>) => {
      calls.push(options);
      return result;
    },
  } as unknown as Pick<Dialog, 'showOpenDialog'>;
  return { dialog, calls };
}

describe('File › Import through the native dialog', () => {
  it('asks for files or for a folder, and imports what was chosen', async () => {
    const started: string[][] = [];
    const files = fakeDialog({ canceled: false, filePaths: ['/news/a.txt', '/news/b.txt'] });
    expect(await importFromDialog(files.dialog, {} as BaseWindow, 'files', async (paths) => started.push(paths))).toEqual(['/news/a.txt', '/news/b.txt']);
    expect(files.calls[0]).toMatchObject({ properties: ['openFile', 'multiSelections'], buttonLabel: 'Import' });
    const folder = fakeDialog({ canceled: false, filePaths: ['/news'] });
    await importFromDialog(folder.dialog, {} as BaseWindow, 'folder', async (paths) => started.push(paths));
    expect(folder.calls[0]).toMatchObject({ properties: ['openDirectory', 'multiSelections'] });
    expect(started).toEqual([['/news/a.txt', '/news/b.txt'], ['/news']]);
  });

  it('imports nothing when the dialog is cancelled', async () => {
    const cancelled = fakeDialog({ canceled: true, filePaths: [] });
    let called = false;
    expect(await importFromDialog(cancelled.dialog, {} as BaseWindow, 'files', async () => (called = true))).toEqual([]);
    expect(called).toBe(false);
  });
});
