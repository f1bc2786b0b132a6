import { isMac } from './commands';
import { keyLabel } from './shortcutList';
import { useViewPrefs, viewPrefs } from './viewPrefs';

const THEME = {
  system: { icon: '◐', label: 'Theme: follows the system' },
  light: { icon: '☀', label: 'Theme: light' },
  dark: { icon: '☾', label: 'Theme: dark' },
} as const;

/** Toolbar buttons of the window's look: theme (system, light, dark), focus mode, typewriter scrolling, the shortcut sheet. */
export function ViewControls({ onShowShortcuts }: { onShowShortcuts(): void }) {
  const prefs = useViewPrefs();
  const mac = isMac();
  const keys = (...parts: string[]) => parts.map((part) => keyLabel(part, mac)).join(mac ? '' : '+');
  const theme = THEME[prefs.theme];
  return (
    <span className="view-controls">
      <button type="button" className="toggle" aria-pressed={prefs.focusMode} onClick={() => viewPrefs.toggle('focusMode')} title={`Focus mode (${keys('Mod', 'Shift', 'J')})`}>
        Focus
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={prefs.typewriter}
        onClick={() => viewPrefs.toggle('typewriter')}
        title={`Typewriter scrolling (${keys('Mod', 'Shift', 'Y')})`}
      >
        Typewriter
      </button>
      <button type="button" className="toggle" onClick={() => viewPrefs.cycleTheme()} aria-label={theme.label} title={`${theme.label} (${keys('Mod', 'Shift', 'L')})`}>
        {theme.icon}
      </button>
      <button type="button" className="toggle" onClick={onShowShortcuts} aria-label="Keyboard shortcuts" title={`Keyboard shortcuts (${keys('Mod', '/')})`}>
        {keys('Mod', '/')}
      </button>
    </span>
  );
}
