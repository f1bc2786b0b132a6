import type { EditorView } from '@tiptap/pm/view';

/**
 * Scroll the editor to show its selection, if it is out of view (a match found, a fact revealed).
 * ProseMirror's own `scrollIntoView` works only while the browser's selection is in the editor;
 * from the search field or the facts pane it is not.
 */
export function showSelection(view: EditorView): void {
  const scroller = view.dom.closest('.editor-pane');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const start = view.coordsAtPos(view.state.selection.from);
  const end = view.coordsAtPos(view.state.selection.to);
  if (start.top >= box.top && end.bottom <= box.bottom) return;
  // A third of the way down: the selection, and what follows it, in view.
  scroller.scrollTop += start.top - (box.top + box.height / 3);
}
