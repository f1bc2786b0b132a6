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
            if (!api || !isEmptyStory(view.state.doc) || !mayBeWebPage(html)) return false;
            view.dom.setAttribute('data-paste-import', 'pending');
            api.importPastedHtml({ html }).then(
              (imported) => {
                view.dom.removeAttribute('data-paste-import');
                if (editor.isDestroyed) return;
                // A snippet (no article found), or the writer typed while the import ran: an ordinary paste.
                if (!imported || !isEmptyStory(editor.state.doc)) return void view.pasteHTML(html);
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

/** Text shorter than this is a snippet; it never goes through the article reader. */
const PAGE_TEXT_CHARS = 1500;

/**
 * Only a copied web page is worth a round trip to the article reader: not a Word or
 * Google Docs clipboard (the editor's own paste handles those), not a short snippet.
 */
export function mayBeWebPage(html: string): boolean {
  if (!html.trim()) return false;
  if (/urn:schemas-microsoft-com:office|class="?Mso|docs-internal-guid/i.test(html.slice(0, 20_000))) return false;
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  return text.trim().length >= PAGE_TEXT_CHARS;
}

function isEmptyStory(doc: ProseMirrorNode): boolean {
  return doc.childCount <= 1 && doc.textContent.trim() === '' && !doc.firstChild?.firstChild;
}
