import { Extension } from '@tiptap/core';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { assistiveTechnology } from '../../../state/assistiveTechnology';
import { showSelection } from '../showSelection';
import { mergeBlockRanges, renderWindowCss, type BlockRange } from './renderWindowCss';

/** Stories with fewer top-level blocks are rendered whole. */
export const RENDER_WINDOW_MIN_BLOCKS = 150;
/** Blocks within this many heights of the view above and below it are rendered… */
const MARGIN_VIEWS = 1.5;
/** …and the window moves once the view comes within this many heights of its edge. */
const SLACK_VIEWS = 0.5;
/** Blocks rendered on each side of the selection's ends. */
const AROUND_SELECTION = 2;

let windows = 0;

/** The scrolling element around the editor. */
function scrollerOf(view: EditorView): HTMLElement | null {
  return view.dom.closest('.editor-pane');
}

/** The DOM index of the top-level block holding `pos` (PM's top-level nodes are the root's children, one element each). */
function blockIndexAt(view: EditorView, pos: number): number {
  const resolved = view.state.doc.resolve(pos);
  const index = resolved.index(0);
  const node = view.nodeDOM(resolved.posAtIndex(index, 0));
  const children = view.dom.children;
  if (children[index] === node) return index;
  // A widget among the top-level blocks (a gap cursor) shifts the DOM's indices.
  const found = node instanceof Element ? Array.prototype.indexOf.call(children, node) : -1;
  return found >= 0 ? found : Math.min(index, children.length - 1);
}

/**
 * Renders only the part of a long story around the view and the selection: the other top-level
 * blocks get `content-visibility: hidden` and keep their last rendered size (so the scrollbar and
 * every offset stay true). Chromium's typing does work in proportion to the rendered text (each
 * keystroke's selection update walks it): in a 20,000-word story that was a third of a keystroke's
 * time. The rules are one stylesheet of `:nth-child` ranges, so ProseMirror's DOM is never touched.
 * The window follows scrolling (in the scroll event, before the frame is drawn), the selection
 * (before ProseMirror scrolls to it) and the story's width (rendered whole once to measure again).
 */
class RenderWindow {
  private readonly style = document.createElement('style');
  private scroller: HTMLElement | null = null;
  private readonly resize: ResizeObserver;
  private readonly stopFollowing: () => void;
  /** The blocks rendered around the view; undefined: the whole story is rendered. */
  private around: BlockRange | undefined;
  private selection: BlockRange = { first: 0, last: 0 };
  private width = 0;
  private frame = 0;
  private measuring = false;

  constructor(private view: EditorView) {
    const scope = `${++windows}`;
    this.style.dataset.renderWindow = scope;
    view.dom.setAttribute('data-render-window', scope);
    document.head.append(this.style);
    this.resize = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width === this.width) return;
      this.width = width;
      this.renderWhole();
    });
    this.resize.observe(view.dom);
    // A screen reader reads only what is rendered: whole while one is in use.
    this.stopFollowing = assistiveTechnology.subscribe(() => this.renderWhole());
    this.renderWhole();
  }

  update(view: EditorView, previous: EditorState): void {
    this.view = view;
    if (!this.windowed()) {
      if (this.around) this.renderWhole();
      return;
    }
    if (!this.around) {
      // The story just grew long enough.
      if (!this.measuring) this.renderWhole();
      return;
    }
    const blocksChanged = view.state.doc.childCount !== previous.doc.childCount;
    const selection = this.selectionBlocks();
    if (!blocksChanged && selection.first === this.selection.first && selection.last === this.selection.last) return;
    const wasHidden = !this.isRendered(selection.last) || !this.isRendered(selection.first);
    this.selection = selection;
    if (blocksChanged) this.around = this.blocksAroundView();
    this.write();
    // The selection moved into text that was not rendered (the keyboard's "end of story", say): the
    // browser could not scroll to it then; it is shown now if it is out of view.
    if (wasHidden && !blocksChanged) requestAnimationFrame(() => this.revealCaret());
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.stopFollowing();
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    this.style.remove();
    this.view.dom.removeAttribute('data-render-window');
  }

  /** Render every block (each records its size), then the window from the frame after next. */
  private renderWhole(): void {
    this.around = undefined;
    this.style.textContent = renderWindowCss(this.scope(), undefined);
    cancelAnimationFrame(this.frame);
    this.measuring = false;
    if (!this.windowed()) return;
    // Sizes are recorded after a frame's layout: hide blocks only once one has been laid out whole.
    this.measuring = true;
    this.frame = requestAnimationFrame(() => {
      this.frame = requestAnimationFrame(() => {
        this.measuring = false;
        if (this.view.isDestroyed || !this.windowed()) return;
        // The editor is in the page by now (it may not have been when the view was made).
        if (!this.scroller) {
          this.scroller = scrollerOf(this.view);
          this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
        }
        if (!this.scroller) return;
        this.selection = this.selectionBlocks();
        this.around = this.blocksAroundView();
        this.write();
      });
    });
  }

  private readonly onScroll = (): void => {
    if (!this.around || !this.scroller) return;
    const near = this.blocksAroundView(SLACK_VIEWS);
    if (near.first >= this.around.first && near.last <= this.around.last) return;
    this.around = this.blocksAroundView();
    this.write();
  };

  /** Long enough to render in part, and no screen reader in use. */
  private windowed(): boolean {
    return this.view.state.doc.childCount >= RENDER_WINDOW_MIN_BLOCKS && !assistiveTechnology.current();
  }

  private scope(): string {
    return this.style.dataset.renderWindow ?? '';
  }

  private write(): void {
    const css = renderWindowCss(this.scope(), this.around && mergeBlockRanges([this.around, this.selection]));
    if (this.style.textContent !== css) this.style.textContent = css;
  }

  private isRendered(index: number): boolean {
    const { around, selection } = this;
    return !around || (index >= around.first && index <= around.last) || (index >= selection.first && index <= selection.last);
  }

  private selectionBlocks(): BlockRange {
    const { from, to } = this.view.state.selection;
    const last = this.view.dom.children.length - 1;
    return { first: Math.max(0, blockIndexAt(this.view, from) - AROUND_SELECTION), last: Math.min(last, blockIndexAt(this.view, to) + AROUND_SELECTION) };
  }

  /** The blocks within `margin` heights of the view above and below it (blocks are stacked: a binary search on their boxes). */
  private blocksAroundView(margin = MARGIN_VIEWS): BlockRange {
    const blocks = this.view.dom.children;
    const count = blocks.length;
    const box = this.scroller?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
    const top = box.top - margin * box.height;
    const bottom = box.bottom + margin * box.height;
    const firstReaching = (edge: number, side: 'bottom' | 'top'): number => {
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (blocks[middle]!.getBoundingClientRect()[side] < edge) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const first = Math.min(count - 1, firstReaching(top, 'bottom'));
    const last = Math.max(first, firstReaching(bottom, 'top') - 1);
    return { first, last };
  }

  private revealCaret(): void {
    if (!this.view.isDestroyed) showSelection(this.view);
  }
}

/** Long stories are rendered around the view and the selection only (see RenderWindow). */
export const RenderWindowExtension = Extension.create({
  name: 'renderWindow',
  addProseMirrorPlugins() {
    return [new Plugin({ view: (view) => new RenderWindow(view) })];
  },
});
