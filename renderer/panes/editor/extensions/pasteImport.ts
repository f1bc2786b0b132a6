import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { ImportedStory } from '../../../../story/import/types';
import { activeApi } from '../../../api/activeApi';

/** Dispatched (bubbling) from the editor's element once a paste was imported; the header fields may take the headline, dek and byline. */
export const PASTE_IMPORTED_EVENT = 'copydesk:paste-imported';

export type PasteImportedEvent = CustomEvent<ImportedStory>;

/**
 * HTML pasted into an EMPTY story is imported like a saved web page: the main process
 * finds the article (Readability), sanitizes it (DOMPurify) and returns it in the news
 * schema, which replaces the empty body. Pastes into a story with text, plain-text
 * pastes and failures take the editor's ordinary paste path.
 */
export const PasteImport = Extension.create({
  name: 'pasteImport',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('pasteImport'),
        props: {
          handlePaste(view, event) {
            const html = event.clipboardData?.getData('text/html') ?? '';
            const api = activeApi();
            if (!html.trim() || !api || !isEmptyStory(view.state.doc)) return false;
            view.dom.setAttribute('data-paste-import', 'pending');
            api.importPastedHtml({ html }).then(
              (imported) => {
                view.dom.removeAttribute('data-paste-import');
                if (editor.isDestroyed) return;
                // The writer typed while the import ran: their text wins, the paste goes in as usual.
                if (!isEmptyStory(editor.state.doc)) return void view.pasteHTML(html);
                editor.commands.setContent(imported.fields.body, { emitUpdate: true });
                view.dom.dispatchEvent(new CustomEvent(PASTE_IMPORTED_EVENT, { bubbles: true, detail: imported }));
              },
              () => {
                view.dom.removeAttribute('data-paste-import');
                if (!editor.isDestroyed) view.pasteHTML(html);
              },
            );
            return true;
          },
        },
      }),
    ];
  },
});

function isEmptyStory(doc: ProseMirrorNode): boolean {
  return doc.childCount <= 1 && doc.textContent.trim() === '' && !doc.firstChild?.firstChild;
}
