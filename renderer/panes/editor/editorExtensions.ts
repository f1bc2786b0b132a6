import { Placeholder } from '@tiptap/extensions';
import type { AnyExtension } from '@tiptap/core';
import { newsExtensions } from '../../../story/schema/newsExtensions';
import { PasteImport } from './extensions/pasteImport';

/** The shared news schema plus what only an editing view needs. */
export function editorExtensions(): AnyExtension[] {
  return [...newsExtensions(), Placeholder.configure({ placeholder: 'Write the story. Start with the lede…' }), PasteImport];
}
