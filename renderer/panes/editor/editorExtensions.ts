import { Placeholder } from '@tiptap/extensions';
import type { AnyExtension } from '@tiptap/core';
import { newsExtensions } from '../../../story/schema/newsExtensions';
import { FactEditing } from './extensions/factEditing';
import { FindReplace } from './extensions/findReplace';
import { NewsEditing, type NewsEditingOptions } from './extensions/newsEditing';
import { ReadNextEditing } from './extensions/readNextView';
import { WritingModesExtension } from './extensions/writingModes';
import { PasteImport } from './extensions/pasteImport';
import { RenderWindowExtension } from './extensions/renderWindow';

/** The shared news schema plus what only an editing view needs: behaviour, never new node or mark names. */
export function editorExtensions(options: Partial<NewsEditingOptions> = {}): AnyExtension[] {
  const schema = newsExtensions().map((extension) => (extension.name === 'readNext' ? ReadNextEditing : extension));
  return [
    ...schema,
    NewsEditing.configure(options),
    FindReplace,
    FactEditing,
    WritingModesExtension,
    Placeholder.configure({ placeholder: 'Write the story. Start with the lede…' }),
    PasteImport,
    RenderWindowExtension,
  ];
}
