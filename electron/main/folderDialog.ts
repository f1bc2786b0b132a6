import type { BrowserWindow, Dialog } from 'electron';

/** The system's "choose a folder" dialog, for export destinations; undefined when the user cancels. */
export async function chooseFolderWithDialog(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Export to folder', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] as Array<'openDirectory' | 'createDirectory' | 'promptToCreate'> };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
