type Held = { kind: 'paste'; html: string; text: string } | { kind: 'text'; text: string };

export interface HeldInput {
  /**
   * Stop holding and hand what was held to the new story once it is open (its editor ready
   * and focused); when no story was opened after all, to what has the focus now.
   */
  deliver(newStoryOpened: boolean): Promise<void>;
}

const OPENING_TIMEOUT_MS = 10_000;

const isTextField = (target: EventTarget | null) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);

/**
 * Typing aimed at the editor pane, or at no text field at all (the New story button just
 * clicked, the page while the new story opens): held. A text field elsewhere (the library's
 * search, a dialog) keeps its own typing.
 */
const held = (target: EventTarget | null) => !isTextField(target) || (target as Element).closest('.editor-pane') !== null;

/** Keys the editor acts on at keydown (not through beforeinput). */
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete', 'Tab']);
/** Keys that press the focused button. */
const BUTTON_KEYS = new Set(['Enter', ' ']);

/**
 * "New story" takes a round trip to the library, and until the new story opens the story
 * being left keeps the focus: what is typed or pasted meanwhile would land there. Instead it
 * is held, and handed to whatever the new story focuses once it is open, as if the user had
 * waited. Pastes are replayed as pastes (so the editor's own paste handling sanitizes them).
 */
export function holdInputUntilNewStoryOpens(): HeldInput {
  const leaving = document.querySelector('.story-body');
  const kept: Held[] = [];

  const onPaste = (event: ClipboardEvent) => {
    if (!held(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    kept.push({ kind: 'paste', html: event.clipboardData?.getData('text/html') ?? '', text: event.clipboardData?.getData('text/plain') ?? '' });
  };
  const holdText = (text: string) => {
    const last = kept.at(-1);
    if (last?.kind === 'text') last.text += text;
    else kept.push({ kind: 'text', text });
  };
  const onBeforeInput = (event: InputEvent) => {
    if (!held(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.inputType === 'insertText' && event.data) holdText(event.data);
  };
  // Keys that edit the story being left, or would press the New story button again (Space, Enter),
  // are kept out; characters typed at no text field are held too (no beforeinput comes for them).
  const onKey = (event: KeyboardEvent) => {
    if (event.metaKey || event.ctrlKey || event.altKey || !held(event.target)) return;
    const field = isTextField(event.target);
    const character = event.key.length === 1 && !field;
    if (!character && !(field ? EDITING_KEYS : BUTTON_KEYS).has(event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (character && event.type === 'keydown') holdText(event.key);
  };
  window.addEventListener('paste', onPaste, true);
  window.addEventListener('beforeinput', onBeforeInput, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);
  const stop = () => {
    window.removeEventListener('paste', onPaste, true);
    window.removeEventListener('beforeinput', onBeforeInput, true);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('keyup', onKey, true);
  };

  const opened = () =>
    new Promise<HTMLElement | undefined>((resolve) => {
      const started = performance.now();
      const attempt = () => {
        const body = document.querySelector<HTMLElement>('.story-body[data-editor-ready="true"]');
        const focused = document.activeElement;
        if (body && body !== leaving && focused instanceof HTMLElement && focused.closest('.editor-pane')) resolve(focused);
        else if (performance.now() - started > OPENING_TIMEOUT_MS) resolve(undefined);
        else requestAnimationFrame(attempt);
      };
      attempt();
    });

  return {
    async deliver(newStoryOpened) {
      const target = newStoryOpened ? await opened() : document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
      stop();
      if (!target) return;
      for (const item of kept) {
        if (item.kind === 'paste' && target.isContentEditable) {
          const data = new DataTransfer();
          if (item.html) data.setData('text/html', item.html);
          data.setData('text/plain', item.text);
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        } else {
          // A text field (the headline): inserted as typing is, so undo and the field's own handlers see it.
          document.execCommand('insertText', false, item.text);
        }
      }
    },
  };
}
