import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/contract';
import { factTagItems } from './menu';

/** What the context menu reads from Electron's 'context-menu' event. */
export type ContextMenuInput = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** What its items do, on the window's webContents and session. */
export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  /** Send a command to the window's renderer (tagging the selection as a fact). */
  command(command: MenuCommand): void;
}

const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: the spellchecker's suggestions for a misspelled word (and
 * "Add to Dictionary") first, "Tag as Fact" for selected words, then the editing commands. Empty when there is
 * nothing to offer, so no menu shows.
 */
export function contextMenuTemplate(params: ContextMenuInput, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  const flags = params.editFlags;
  // Selected words in the story can be tagged as a fact (the renderer's editor acts on its selection).
  if (params.isEditable && params.selectionText.trim()) {
    items.push({ label: 'Tag as Fact', submenu: factTagItems((command) => actions.command(command)) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { role: 'pasteAndMatchStyle', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', enabled: flags.canCopy });
  }
  while (items.at(-1)?.type === 'separator') items.pop();
  return items;
}
