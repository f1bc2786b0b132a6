import { EditorContent, useEditor, type Editor, type UseEditorOptions } from '@tiptap/react';
import { memo, useEffect, useRef, useState } from 'react';
import type { DocJSON } from '../../../story/document';
import { editorExtensions } from './editorExtensions';
import { cleanPastedHtml, type PasteReport } from './extensions/pasteCleanup';
import { useLatest } from '../../hooks/useLatest';
import { hideEditableFromReact } from './reactSelectionGuard';

interface Props {
  initialBody: DocJSON;
  onChange(): void;
  onSelectionChange(): void;
  onReady(editor: Editor): void;
  onLinkRequest(): void;
  onPasteReport(report: PasteReport): void;
}

function imageFiles(data: DataTransfer | null): number {
  return Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/')).length;
}

/**
 * The story body: a Tiptap editor on the shared news schema, with the editing behaviour of the newsroom.
 * Its options are made once: new options on a re-render would make Tiptap reconfigure the view, which on a
 * long story costs more than a keystroke may. Callbacks are read through a ref.
 */
export const BodyEditor = memo(function BodyEditor({ initialBody, onChange, onSelectionChange, onReady, onLinkRequest, onPasteReport }: Props) {
  const callbacks = useLatest({ onChange, onSelectionChange, onLinkRequest, onPasteReport });
  const [options] = useState((): Pick<UseEditorOptions, 'extensions' | 'editorProps'> => ({
    extensions: editorExtensions({ onLinkRequest: () => callbacks.current.onLinkRequest() }),
    editorProps: {
      attributes: {
        class: 'story-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Story body',
        spellcheck: 'true',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html, (report) => callbacks.current.onPasteReport(report)),
      // A picture pasted or dropped on its own (a screenshot, a file) cannot be held by the story: say so.
      handlePaste: (_view, event) => {
        const images = imageFiles(event.clipboardData);
        const hasText = Boolean(event.clipboardData?.getData('text/html') || event.clipboardData?.getData('text/plain'));
        if (images > 0 && !hasText) {
          callbacks.current.onPasteReport({ images });
          return true;
        }
        return false;
      },
      handleDrop: (_view, event) => {
        const images = imageFiles((event as DragEvent).dataTransfer);
        if (images === 0) return false;
        callbacks.current.onPasteReport({ images });
        return true;
      },
    },
  }));
  const editor = useEditor({
    ...options,
    content: initialBody,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: () => callbacks.current.onChange(),
    onSelectionUpdate: () => callbacks.current.onSelectionChange(),
  });

  const announced = useRef(false);
  const onReadyRef = useLatest(onReady);
  useEffect(() => {
    if (!editor || announced.current) return;
    announced.current = true;
    hideEditableFromReact(editor.view.dom);
    onReadyRef.current(editor);
  }, [editor, onReadyRef]);

  return <EditorContent editor={editor} className="story-body-wrapper" />;
}, (previous, next) => previous.initialBody === next.initialBody);
