import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextMenuActions, type ContextMenuInput } from '../../../electron/main/contextMenu';

/** Records what the menu's items asked the window to do. */
class FakeSpellcheckTarget implements ContextMenuActions {
  readonly replaced: string[] = [];
  readonly added: string[] = [];
  readonly commands: string[] = [];
  command(command: string) {
    this.commands.push(command);
  }
  replaceMisspelling(word: string) {
    this.replaced.push(word);
  }
  addToDictionary(word: string) {
    this.added.push(word);
  }
}

const flags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };

function params(overrides: Partial<ContextMenuInput>): ContextMenuInput {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: flags, ...overrides };
}

type Item = ReturnType<typeof contextMenuTemplate>[number];
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the context menu', () => {
  it('offers the spellchecker suggestions first, and clicking one replaces the misspelled word', () => {
    const target = new FakeSpellcheckTarget();
    const items = contextMenuTemplate(params({ misspelledWord: 'harbur', dictionarySuggestions: ['harbour', 'harbor', 'arbour'] }), target);
    expect(items.slice(0, 3).map((item) => item.label)).toEqual(['harbour', 'harbor', 'arbour']);
    click(items[1]);
    expect(target.replaced).toEqual(['harbor']);
  });

  it('adds the word to the dictionary', () => {
    const target = new FakeSpellcheckTarget();
    const items = contextMenuTemplate(params({ misspelledWord: 'Valmere', dictionarySuggestions: [] }), target);
    expect(items[0]).toMatchObject({ label: 'No Spelling Suggestions', enabled: false });
    click(items.find((item) => item.label === 'Add “Valmere” to Dictionary'));
    expect(target.added).toEqual(['Valmere']);
  });

  it('shows at most six suggestions', () => {
    const suggestions = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const items = contextMenuTemplate(params({ misspelledWord: 'x', dictionarySuggestions: suggestions }), new FakeSpellcheckTarget());
    expect(items.filter((item) => suggestions.includes(String(item.label)))).toHaveLength(6);
  });

  it('gives editable text the editing commands, enabled as the page allows', () => {
    const items = contextMenuTemplate(params({ editFlags: { ...flags, canPaste: false } }), new FakeSpellcheckTarget());
    expect(items.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    expect(items.find((item) => item.role === 'paste')?.enabled).toBe(false);
    expect(items[0]?.type).not.toBe('separator');
  });

  it('offers Copy for selected text outside the editor, and nothing where there is nothing to do', () => {
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: 'Valmere' }), new FakeSpellcheckTarget()).map((item) => item.role)).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), new FakeSpellcheckTarget())).toEqual([]);
  });

  it('offers to tag selected words in editable text as each kind of fact, sending the tag command', () => {
    const target = new FakeSpellcheckTarget();
    const items = contextMenuTemplate(params({ selectionText: 'six-month trial' }), target);
    const tag = items.find((item) => item.label === 'Tag as Fact');
    const kinds = (tag!.submenu as Item[]).map((item) => item.label);
    expect(kinds).toEqual(['Claim  (C)', 'Quote  (Q)', 'Figure  (F)', 'Date or Time  (D)', 'Person and Title  (P)', 'Organisation  (O)', 'Place  (L)']);
    click((tag!.submenu as Item[])[2]);
    expect(target.commands).toEqual(['tagFigure']);
    // No selection, or not editable: nothing to tag.
    expect(contextMenuTemplate(params({ selectionText: ' ' }), target).some((item) => item.label === 'Tag as Fact')).toBe(false);
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: 'Valmere' }), target).some((item) => item.label === 'Tag as Fact')).toBe(false);
  });
});
