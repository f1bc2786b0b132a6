import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { exportedSourceIndex } from '../../../story/formats/blocks';
import type { DocJSON } from '../../../story/document';
import { untilTypingPause } from '../../hooks/typingPause';
import { useLatest } from '../../hooks/useLatest';

/** While the writer types, the preview follows the editor's scroll once typing pauses this long. */
const TYPING_PAUSE_MS = 400;

/** Where the editor is: the top-level block at the top of its view, and how far into it. */
interface EditorPosition {
  /** -1 while the story's header fields are at the top. */
  blockIndex: number;
  fraction: number;
}

function editorScroller(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.editor-pane');
}

function readEditorPosition(): EditorPosition | undefined {
  const scroller = editorScroller();
  const body = scroller?.querySelector<HTMLElement>('.story-body');
  if (!scroller || !body) return undefined;
  const top = scroller.getBoundingClientRect().top;
  const blocks = Array.from(body.children) as HTMLElement[];
  const bodyTop = body.getBoundingClientRect().top;
  if (bodyTop > top) {
    // Still in the headline and dek: the fraction of the way down to the body.
    const header = Math.max(1, bodyTop - top + scroller.scrollTop);
    return { blockIndex: -1, fraction: Math.min(1, scroller.scrollTop / header) };
  }
  // The first block reaching below the top of the view (blocks are stacked, so their bottoms only grow): a binary search.
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > top) high = middle;
    else low = middle + 1;
  }
  if (low === blocks.length) return { blockIndex: blocks.length - 1, fraction: 1 };
  const rect = blocks[low]!.getBoundingClientRect();
  return { blockIndex: low, fraction: rect.height > 0 ? Math.max(0, Math.min(1, (top - rect.top) / rect.height)) : 0 };
}

/**
 * Keeps the preview's scroll in step with the editor's: the block at the top of the
 * editor is at the top of the preview, as far into it as in the editor. Listens to the
 * editor pane's scrolling from here (the editor's own files stay untouched).
 */
export function useScrollSync(frameRef: RefObject<HTMLIFrameElement | null>, doc: DocJSON | undefined, enabled: boolean): () => void {
  const mapping = useLatest(useMemo(() => (doc ? exportedSourceIndex(doc) : []), [doc]));
  const frame = useRef(0);
  const later = useRef<ReturnType<typeof setTimeout>>(undefined);

  const sync = useCallback(() => {
    if (!enabled) return;
    const position = readEditorPosition();
    const view = frameRef.current?.contentWindow;
    const page = frameRef.current?.contentDocument;
    if (!position || !view || !page?.body) return;
    const previewBlocks = Array.from(page.querySelectorAll<HTMLElement>('.story-body > :not(.dateline-only)'));
    let target = 0;
    if (position.blockIndex < 0) {
      const body = page.querySelector<HTMLElement>('.story-body');
      target = (body ? body.offsetTop : 0) * position.fraction;
    } else {
      // The first exported block at or after the editor's block (editor's notes have none).
      const index = mapping.current.findIndex((source) => source >= position.blockIndex);
      const block = index >= 0 ? previewBlocks[index] : previewBlocks.at(-1);
      if (block) target = offsetTopIn(block, page) + (index >= 0 && mapping.current[index] === position.blockIndex ? position.fraction * block.offsetHeight : 0);
    }
    view.scrollTo({ top: Math.max(0, target - 12), behavior: 'instant' });
  }, [enabled, frameRef, mapping]);

  /**
   * Sync before the next frame (once, however often asked): layout is read once, where the frame
   * lays out anyway. While the writer types, after a pause: a preview that jumps along with the
   * editor has a screenful of its page to paint, work that would delay the next keystrokes.
   */
  const syncSoon = useCallback(() => {
    const schedule = () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(later.current);
      const typing = untilTypingPause(TYPING_PAUSE_MS);
      if (typing > 0) later.current = setTimeout(schedule, typing);
      else frame.current = requestAnimationFrame(sync);
    };
    schedule();
  }, [sync]);

  useEffect(() => {
    if (!enabled) return;
    const onScroll = (event: Event) => {
      if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('editor-pane')) return;
      syncSoon();
    };
    // Scroll events do not bubble; a capturing listener on the document sees the editor pane's.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      cancelAnimationFrame(frame.current);
      clearTimeout(later.current);
    };
  }, [enabled, syncSoon]);

  return syncSoon;
}

function offsetTopIn(element: HTMLElement, page: Document): number {
  return element.getBoundingClientRect().top + (page.defaultView?.scrollY ?? 0);
}
