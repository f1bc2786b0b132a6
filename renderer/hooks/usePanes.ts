import { useCallback, useState } from 'react';

export type PaneName = 'library' | 'facts' | 'preview';
export type PaneVisibility = Record<PaneName, boolean>;

const KEY = 'copydesk.panes';
const DEFAULT: PaneVisibility = { library: true, facts: true, preview: true };

function load(): PaneVisibility {
  try {
    return { ...DEFAULT, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<PaneVisibility>) };
  } catch {
    return DEFAULT;
  }
}

/** Which side panes are shown; remembered across launches. The editor is always shown. */
export function usePanes(): [PaneVisibility, (pane: PaneName) => void] {
  const [visible, setVisible] = useState<PaneVisibility>(load);
  const toggle = useCallback((pane: PaneName) => {
    setVisible((current) => {
      const next = { ...current, [pane]: !current[pane] };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [visible, toggle];
}
