import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutLabel } from '../../../renderer/shell/commands';

const key = (k: string, code: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('window shortcuts of the editor', () => {
  it('maps find, find and replace, the shortcut sheet and the view toggles', () => {
    expect(commandForKey(key('f', 'KeyF', { ctrl: true }), false)).toBe('findInPane');
    expect(commandForKey(key('f', 'KeyF', { ctrl: true, alt: true }), false)).toBe('findReplace');
    // ⌥F types "ƒ" on a Mac: the physical key still counts.
    expect(commandForKey(key('ƒ', 'KeyF', { meta: true, alt: true }), true)).toBe('findReplace');
    expect(commandForKey(key('/', 'Slash', { ctrl: true }), false)).toBe('showShortcuts');
    expect(commandForKey(key('J', 'KeyJ', { ctrl: true, shift: true }), false)).toBe('toggleFocusMode');
    expect(commandForKey(key('Y', 'KeyY', { ctrl: true, shift: true }), false)).toBe('toggleTypewriter');
    expect(commandForKey(key('L', 'KeyL', { ctrl: true, shift: true }), false)).toBe('toggleTheme');
    expect(commandForKey(key('f', 'KeyF'), false)).toBeUndefined();
  });

  it('labels shortcuts the platform’s way', () => {
    expect(shortcutLabel('findReplace', true)).toBe('⌘⌥F');
    expect(shortcutLabel('findReplace', false)).toBe('Ctrl+Alt+F');
  });
});
