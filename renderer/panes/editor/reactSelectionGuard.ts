const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');

/**
 * Keeps React from walking the story body on every commit. While a contenteditable element has the
 * focus (`el.contentEditable === 'true'`), react-dom saves its selection before each commit and
 * restores it after, turning the DOM selection into character offsets by walking the element's whole
 * subtree (`commitBeforeMutationEffects`; facebook/react#1350). With the body of a 20,000-word story
 * focused, every re-render anywhere in the window (status bar, preview, facts pane, library) walked
 * the story: ~3 ms per keystroke of typing in the editor benchmark's profile.
 *
 * React never renders inside the body and ProseMirror keeps its own selection, so the body's
 * `contentEditable` property answers "inherit" where it would say "true". The attribute, which the
 * browser and ProseMirror read, is untouched, and so is `isContentEditable`.
 */
export function hideEditableFromReact(dom: HTMLElement): void {
  if (!native?.get || !native.set) return;
  const { get, set } = native;
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get() {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(value: string) {
      set.call(this, value);
    },
  });
}
