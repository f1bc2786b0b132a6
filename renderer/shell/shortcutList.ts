/** Every keyboard shortcut of Copydesk (UI.md's keyboard map and the editor's), for the shortcut sheet. */
export interface Shortcut {
  /** "Mod" is ⌘ on macOS and Ctrl elsewhere. */
  keys: string[];
  action: string;
  /** What can be typed instead. */
  typed?: string;
}

export const SHORTCUT_GROUPS: ReadonlyArray<{ title: string; shortcuts: Shortcut[] }> = [
  {
    title: 'Stories and window',
    shortcuts: [
      { keys: ['Mod', 'N'], action: 'New story' },
      { keys: ['Mod', 'S'], action: 'Save a version' },
      { keys: ['Mod', 'P'], action: 'Jump to a story by headline or slug' },
      { keys: ['Mod', 'E'], action: 'Export' },
      { keys: ['Mod', '1'], action: 'Show or hide the Library' },
      { keys: ['Mod', '2'], action: 'Show or hide Facts' },
      { keys: ['Mod', '3'], action: 'Show or hide the Preview' },
      { keys: ['Mod', '/'], action: 'This sheet of shortcuts' },
    ],
  },
  {
    title: 'Find',
    shortcuts: [
      { keys: ['Mod', 'F'], action: 'Find in the focused pane: the story while editing, the library in the list' },
      { keys: ['Mod', 'Alt', 'F'], action: 'Find and replace in the story' },
      { keys: ['Enter'], action: 'Next match (in the find bar)' },
      { keys: ['Shift', 'Enter'], action: 'Previous match (in the find bar)' },
      { keys: ['Esc'], action: 'Close the find bar' },
    ],
  },
  {
    title: 'Writing',
    shortcuts: [
      { keys: ['Mod', 'B'], action: 'Bold' },
      { keys: ['Mod', 'I'], action: 'Italic' },
      { keys: ['Mod', 'K'], action: 'Add, edit or remove a link' },
      { keys: ['Shift', 'Enter'], action: 'Line break within a paragraph' },
      { keys: ['Mod', 'Z'], action: 'Undo (also across autosaves)' },
      { keys: ['Mod', 'Shift', 'Z'], action: 'Redo' },
      { keys: ['Mod', 'Alt', 'K'], action: 'TK placeholder', typed: 'TK then a space' },
    ],
  },
  {
    title: 'Blocks',
    shortcuts: [
      { keys: ['Mod', 'Alt', '0'], action: 'Paragraph' },
      { keys: ['Mod', 'Alt', '2'], action: 'Subhead', typed: '## ' },
      { keys: ['Mod', 'Alt', '3'], action: 'Small subhead', typed: '### ' },
      { keys: ['Mod', 'Shift', '8'], action: 'Bulleted list', typed: '- ' },
      { keys: ['Mod', 'Shift', '7'], action: 'Numbered list', typed: '1. ' },
      { keys: ['Mod', 'Shift', '9'], action: 'Key takeaways (✔ checklist)', typed: '✔ or [x] ' },
      { keys: ['Mod', 'Alt', 'Q'], action: 'Pull quote with attribution', typed: '> ' },
      { keys: ['Mod', 'Alt', 'N'], action: "Editor's note (never published)" },
      { keys: ['Mod', 'Alt', 'R'], action: '"Read next" teasers' },
      { keys: ['Mod', 'Alt', '-'], action: 'Horizontal rule', typed: '---' },
    ],
  },
  {
    title: 'Facts',
    shortcuts: [
      { keys: ['Mod', 'Shift', 'F', 'then a letter'], action: 'Tag the selection as a fact: c claim, q quote, f figure, d date, p person, o organisation, l place' },
      { keys: ['F8'], action: 'Next unverified fact' },
      { keys: ['Shift', 'F8'], action: 'Previous unverified fact' },
      { keys: ['U', 'S', 'V', 'D', 'X', 'R'], action: 'In the facts list: set the status (unverified, sourced, verified, disputed, false, removed)' },
      { keys: ['A'], action: 'In the facts list: add a source to the fact' },
      { keys: ['E'], action: 'In the facts list: go to the fact’s words in the story' },
    ],
  },
  {
    title: 'View',
    shortcuts: [
      { keys: ['Mod', 'Shift', 'J'], action: 'Focus mode: only the current paragraph at full contrast' },
      { keys: ['Mod', 'Shift', 'Y'], action: 'Typewriter scrolling' },
      { keys: ['Mod', 'Shift', 'L'], action: 'Theme: system, light, dark' },
    ],
  },
];

const MAC_KEYS: Readonly<Record<string, string>> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Enter: '↩', Esc: 'esc' };
const OTHER_KEYS: Readonly<Record<string, string>> = { Mod: 'Ctrl', Enter: 'Enter', Esc: 'Esc' };

export function keyLabel(key: string, mac: boolean): string {
  return (mac ? MAC_KEYS[key] : OTHER_KEYS[key]) ?? key;
}
