type Held = { kind: 'paste'; html: string; text: string } | { kind: 'text'; text: string };

export interface HeldInput {
  /**
   * Stop holding and hand what was held to the new story once it is open (its editor ready
   * and focused); when no story was opened after all, to what has the focus now.
   */
  deliver(newStoryOpened: boolean): Promise<void>;
}

/** Keys the editor acts on at keydown (not through beforeinput): kept from the story being left. */
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete', 'Tab']);

const OPENING_TIMEOUT_MS = 10_000;

/** Typing and pasting aimed at the editor pane (or at nothing, while the new story is still opening). */
const aimedAtEditor = (target: EventTarget | null) => !(target instanceof Element) || target === document.body || target.closest('.editor-pane') !== null;

/** Editing keys aimed at the editor pane are kept from the story being left (not held: they act on its text). */
function keepEditingKeysOut(event: KeyboardEvent): void {
  if (!EDITING_KEYS.has(event.key) || event.metaKey || event.ctrlKey || event.altKey || !aimedAtEditor(event.target)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * "New story" takes a round trip to the library, and until the new story opens the story
 * being left keeps the focus: what is typed or pasted meanwhile would land there. Instead it
 * is held, and handed to whatever the new story focuses once it is open, as if the user had
 * waited. Pastes are replayed as pastes (so the editor's own paste handling sanitizes them).
 */
export function holdInputUntilNewStoryOpens(): HeldInput {
  const leaving = document.querySelector('.story-body');
  const held: Held[] = [];

  const onPaste = (event: ClipboardEvent) => {
    if (!aimedAtEditor(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push({ kind: 'paste', html: event.clipboardData?.getData('text/html') ?? '', text: event.clipboardData?.getData('text/plain') ?? '' });
  };
  const onBeforeInput = (event: InputEvent) => {
    if (!aimedAtEditor(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.inputType === 'insertText' && event.data) {
      const last = held.at(-1);
      if (last?.kind === 'text') last.text += event.data;
      else held.push({ kind: 'text', text: event.data });
    }
  };
  window.addEventListener('paste', onPaste, true);
  window.addEventListener('beforeinput', onBeforeInput, true);
  window.addEventListener('keydown', keepEditingKeysOut, true);
  const stop = () => {
    window.removeEventListener('paste', onPaste, true);
    window.removeEventListener('beforeinput', onBeforeInput, true);
    window.removeEventListener('keydown', keepEditingKeysOut, true);
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
      for (const item of held) {
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
