import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { DocJSON } from '../../../story/document';
import { editorExtensions } from './editorExtensions';
import { useLatest } from '../../hooks/useLatest';

interface Props {
  initialBody: DocJSON;
  onChange(): void;
  onReady(editor: Editor): void;
}

/** The story body: a Tiptap editor on the shared news schema. */
export function BodyEditor({ initialBody, onChange, onReady }: Props) {
  const editor = useEditor({
    extensions: editorExtensions(),
    content: initialBody,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'story-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Story body',
        spellcheck: 'true',
      },
    },
    onUpdate: () => onChange(),
  });

  const announced = useRef(false);
  const onReadyRef = useLatest(onReady);
  useEffect(() => {
    if (!editor || announced.current) return;
    announced.current = true;
    onReadyRef.current(editor);
  }, [editor, onReadyRef]);

  return <EditorContent editor={editor} className="story-body-wrapper" />;
}
