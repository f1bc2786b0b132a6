import type { BaseWindow, Dialog } from 'electron';

export type ImportKind = 'files' | 'folder';

/**
 * File › Import Files… / Import Folder…: the native open dialog, then the import job in
 * the main process (progress and the report reach the window as events).
 */
export async function importFromDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BaseWindow,
  kind: ImportKind,
  startImport: (paths: string[]) => Promise<unknown>,
): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    title: kind === 'folder' ? 'Import a folder of stories' : 'Import stories',
    buttonLabel: 'Import',
    // Windows and Linux cannot pick files and folders in one dialog: one menu item each.
    properties: kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
  });
  if (result.canceled || result.filePaths.length === 0) return [];
  void startImport(result.filePaths);
  return result.filePaths;
}
