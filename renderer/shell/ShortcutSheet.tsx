import { useEffect, useRef } from 'react';
import { isMac } from './commands';
import { keyLabel, SHORTCUT_GROUPS } from './shortcutList';
import './shortcutSheet.css';

/** The sheet of every keyboard shortcut (⌘/), a modal dialog closed with Esc. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const mac = isMac();
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <header className="sheet-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </header>
      <div className="sheet-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="sheet-group">
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={`${shortcut.keys.join('+')}${shortcut.action}`} className="sheet-row">
                  <dt>
                    {shortcut.keys.map((key) => (
                      <kbd key={key}>{keyLabel(key, mac)}</kbd>
                    ))}
                  </dt>
                  <dd>
                    {shortcut.action}
                    {shortcut.typed && <span className="sheet-typed"> · or type <code>{shortcut.typed}</code></span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
