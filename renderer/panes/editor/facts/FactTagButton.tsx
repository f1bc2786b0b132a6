import { useCallback, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { FactKind } from '../../../../story/facts/model';
import { isMac } from '../../../shell/commands';
import { FactKindMenu } from './FactKindMenu';

/** The format bar's "Fact" button: tag the selected words as a claim, quote, figure… (the same as ⌘⇧F then a letter). */
export function FactTagButton({ editor, onTag }: { editor: Editor; onTag(kind: FactKind): void }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => {
    setOpen(false);
    editor.view.focus();
  }, [editor]);
  const shortcut = isMac() ? '⌘⇧F' : 'Ctrl+Shift+F';
  return (
    <span className="fact-tag-button">
      <button
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        title={`Tag the selection as a fact (${shortcut}, then a letter)`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        Fact ▾
      </button>
      {open && (
        <FactKindMenu
          label="Tag the selection as"
          onClose={close}
          onPick={(kind) => {
            close();
            onTag(kind);
          }}
        />
      )}
    </span>
  );
}
