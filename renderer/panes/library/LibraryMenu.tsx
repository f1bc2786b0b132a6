import { useEffect, useRef, useState } from 'react';
import { shortcutLabel } from '../../shell/commands';

interface Props {
  onImportFiles(): void;
  onImportFolder(): void;
  onShowBackups(): void;
}

/** The library's "⋯" menu: import and backups (browser mode has no native File menu). */
export function LibraryMenu({ onImportFiles, onImportFolder, onShowBackups }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const item = (label: string, action: () => void, shortcut?: string) => (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      {label}
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );

  return (
    <div className="menu-anchor" ref={ref}>
      <button type="button" className="toggle library-menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((value) => !value)} title="Import and backups">
        Import…
      </button>
      {open && (
        // oxlint-disable-next-line jsx-a11y/no-static-element-interactions
        <div
          className="menu"
          role="menu"
          tabIndex={-1}
          aria-label="Library"
          onKeyDown={(event) => {
            const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') {
              setOpen(false);
              ref.current?.querySelector<HTMLButtonElement>('.library-menu-button')?.focus();
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
            }
          }}
        >
          {item('Import files…', onImportFiles, shortcutLabel('importFiles'))}
          {item('Import a folder…', onImportFolder)}
          {item('Backups…', onShowBackups)}
        </div>
      )}
    </div>
  );
}
