import { useSyncExternalStore } from 'react';

/** How the window looks, remembered per browser profile / app: not story data. */
export interface ViewPrefs {
  focusMode: boolean;
  typewriter: boolean;
  /** 'system' follows the OS. */
  theme: 'system' | 'light' | 'dark';
}

const KEY = 'copydesk.view';
const DEFAULTS: ViewPrefs = { focusMode: false, typewriter: false, theme: 'system' };

function load(): ViewPrefs {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ViewPrefs>;
    return {
      focusMode: stored.focusMode === true,
      typewriter: stored.typewriter === true,
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system',
    };
  } catch {
    return DEFAULTS;
  }
}

let prefs: ViewPrefs = typeof localStorage === 'undefined' ? DEFAULTS : load();
const listeners = new Set<() => void>();

function applyTheme(theme: ViewPrefs['theme']): void {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
applyTheme(prefs.theme);

export const viewPrefs = {
  get: () => prefs,
  set(changes: Partial<ViewPrefs>): void {
    prefs = { ...prefs, ...changes };
    localStorage.setItem(KEY, JSON.stringify(prefs));
    applyTheme(prefs.theme);
    listeners.forEach((listener) => listener());
  },
  toggle(name: 'focusMode' | 'typewriter'): void {
    viewPrefs.set({ [name]: !prefs[name] });
  },
  /** System → light → dark → system. */
  cycleTheme(): void {
    const next = { system: 'light', light: 'dark', dark: 'system' } as const;
    viewPrefs.set({ theme: next[prefs.theme] });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useViewPrefs(): ViewPrefs {
  return useSyncExternalStore(viewPrefs.subscribe, viewPrefs.get);
}
