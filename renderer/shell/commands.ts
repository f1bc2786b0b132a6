import { MENU_COMMANDS, type MenuCommand } from '../../electron/api/contract';

export type { MenuCommand };
export { MENU_COMMANDS };

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

interface KeyBinding {
  key: string;
  mod: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** The keyboard map of UI.md (Cmd on macOS, Ctrl elsewhere). */
export const KEY_BINDINGS: Readonly<Partial<Record<MenuCommand, KeyBinding>>> = {
  newStory: { key: 'n', mod: true },
  saveNow: { key: 's', mod: true },
  findInPane: { key: 'f', mod: true },
  toggleLibrary: { key: '1', mod: true },
  toggleFacts: { key: '2', mod: true },
  togglePreview: { key: '3', mod: true },
  findReplace: { key: 'f', mod: true, alt: true },
  showShortcuts: { key: '/', mod: true },
  toggleFocusMode: { key: 'j', mod: true, shift: true },
  toggleTypewriter: { key: 'y', mod: true, shift: true },
  toggleTheme: { key: 'l', mod: true, shift: true },
  nextUnverifiedFact: { key: 'F8', mod: false },
  previousUnverifiedFact: { key: 'F8', mod: false, shift: true },
  exportStory: { key: 'e', mod: true },
  importFiles: { key: 'o', mod: true, shift: true },
  toggleStoryDetails: { key: 'd', mod: true, shift: true },
  showVersions: { key: 'h', mod: true, shift: true },
};

/** The physical key, for layouts and modifiers (⌥ on macOS) that change `event.key`. */
function codeOf(key: string): string {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  return key === '/' ? 'Slash' : key;
}

export function isMac(platform: string = navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>, mac = isMac()): MenuCommand | undefined {
  const mod = mac ? event.metaKey : event.ctrlKey;
  for (const [command, binding] of Object.entries(KEY_BINDINGS) as Array<[MenuCommand, KeyBinding]>) {
    if (
      binding.mod === mod &&
      (event.key.toLowerCase() === binding.key || event.code === codeOf(binding.key)) &&
      Boolean(binding.shift) === event.shiftKey &&
      Boolean(binding.alt) === event.altKey
    ) {
      return command;
    }
  }
  return undefined;
}

export function shortcutLabel(command: MenuCommand, mac = isMac()): string | undefined {
  const binding = KEY_BINDINGS[command];
  if (!binding) return undefined;
  const parts = [binding.mod ? (mac ? '⌘' : 'Ctrl+') : '', binding.alt ? (mac ? '⌥' : 'Alt+') : '', binding.shift ? (mac ? '⇧' : 'Shift+') : ''];
  return `${parts.join('')}${binding.key.toUpperCase()}`;
}
