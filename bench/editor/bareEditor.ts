// The baselines of the editor benchmark: a bare Tiptap StarterKit editor, nothing else; and, for
// comparing like with like, the same editor with the story's fact mark (its spans) added.
import { Editor, type JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { FactMark } from '../../story/schema/nodes/factMark';

declare global {
  interface Window {
    startBareEditor(content: JSONContent, options?: { factMark?: boolean }): void;
  }
}

window.startBareEditor = (content, options = {}) => {
  new Editor({ element: document.querySelector('#editor')!, extensions: options.factMark ? [StarterKit, FactMark] : [StarterKit], content });
  performance.mark('bare:editor-editable');
};
