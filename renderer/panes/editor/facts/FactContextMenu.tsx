import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { FactKind } from '../../../../story/facts/model';
import { useTransport } from '../../../api/TransportContext';
import { FactKindMenu } from './FactKindMenu';

/**
 * Right-click on selected words in the story (browser mode): tag them as a fact, or cut and copy.
 * Shift+right-click, or a click without a selection, leaves the browser's own menu (spelling, paste).
 * The desktop app adds "Tag as Fact" to its native context menu instead (electron/main/contextMenu.ts).
 */
export function FactContextMenu({ editor, onTag }: { editor: Editor; onTag(kind: FactKind): void }) {
  const transport = useTransport();
  const [at, setAt] = useState<{ x: number; y: number } | undefined>(undefined);

  useEffect(() => {
    if (transport.kind === 'electron') return;
    const dom = editor.view.dom;
    const onContextMenu = (event: MouseEvent) => {
      if (event.shiftKey || window.getSelection()?.isCollapsed !== false || editor.state.selection.empty) return;
      event.preventDefault();
      setAt({ x: Math.min(event.clientX, window.innerWidth - 220), y: Math.min(event.clientY, window.innerHeight - 330) });
    };
    dom.addEventListener('contextmenu', onContextMenu);
    return () => dom.removeEventListener('contextmenu', onContextMenu);
  }, [editor, transport]);

  const close = useCallback(() => {
    setAt(undefined);
    editor.view.focus();
  }, [editor]);

  if (!at) return null;
  const command = (name: 'cut' | 'copy') => () => {
    editor.view.focus();
    document.execCommand(name);
    setAt(undefined);
  };
  return (
    <FactKindMenu
      label="Tag as fact"
      style={{ position: 'fixed', left: at.x, top: at.y }}
      onClose={close}
      onPick={(kind) => {
        close();
        onTag(kind);
      }}
      actions={[
        { label: 'Cut', run: command('cut') },
        { label: 'Copy', run: command('copy') },
      ]}
      footer="Shift+right-click: the browser's menu"
    />
  );
}
