// The baseline of the editor benchmark: a bare Tiptap StarterKit editor, nothing else.
import { Editor, type JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

declare global {
  interface Window {
    startBareEditor(content: JSONContent): void;
  }
}

window.startBareEditor = (content) => {
  new Editor({ element: document.querySelector('#editor')!, extensions: [StarterKit], content });
  performance.mark('bare:editor-editable');
};
