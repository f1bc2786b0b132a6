import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

export interface WritingModes {
  /** Only the paragraph being written at full contrast. */
  focus: boolean;
  /** The line being written stays in the middle of the window. */
  typewriter: boolean;
}

const key = new PluginKey<WritingModes>('writingModes');

export function setWritingModes(view: EditorView, modes: WritingModes): void {
  view.dispatch(view.state.tr.setMeta(key, modes));
}

function currentBlockDecoration(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  if ($head.depth < 1) return DecorationSet.empty;
  // The textblock being written (a paragraph, a list item's paragraph, a takeaway, a quote).
  const depth = $head.parent.isTextblock ? $head.depth : 1;
  return DecorationSet.create(state.doc, [Decoration.node($head.before(depth), $head.after(depth), { class: 'is-current' })]);
}

/** The scrolling element around the editor. */
function scroller(view: EditorView): HTMLElement | null {
  return view.dom.closest('.editor-pane');
}

/** Focus mode and typewriter scrolling; both off until the writer turns them on. */
export const WritingModesExtension = Extension.create({
  name: 'writingModes',
  addProseMirrorPlugins() {
    return [
      new Plugin<WritingModes>({
        key,
        state: {
          init: () => ({ focus: false, typewriter: false }),
          apply: (tr, modes) => (tr.getMeta(key) as WritingModes | undefined) ?? modes,
        },
        props: {
          decorations: (state) => (key.getState(state)?.focus ? currentBlockDecoration(state) : null),
        },
        view: () => ({
          update(view, previous) {
            const modes = key.getState(view.state);
            if (!modes?.typewriter || !view.hasFocus()) return;
            if (previous.selection.eq(view.state.selection) && previous.doc.eq(view.state.doc)) return;
            const container = scroller(view);
            if (!container) return;
            const caret = view.coordsAtPos(view.state.selection.head);
            const box = container.getBoundingClientRect();
            const offset = caret.top - (box.top + box.height / 2);
            if (Math.abs(offset) > 4) container.scrollTop += offset;
          },
        }),
      }),
    ];
  },
});
