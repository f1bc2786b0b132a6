import type { PreviewDocument } from './previewDocument';

/**
 * Brings the preview frame's document to a new `PreviewDocument` by changing only what changed:
 * the blocks that differ (when the story has as many blocks as before; else the run between the
 * unchanged start and end of the body), and the page around the body when the header or the
 * stylesheet changed. Replacing the whole body of a 20,000-word story on every update made the
 * frame lay out the whole story again; so did replacing every block between two places edited
 * within one update.
 */
export class FramePatcher {
  private doc: Document | undefined;
  private shell: string | undefined;
  private blocks: readonly string[] = [];
  /** The nodes each block's markup became, in the frame's story body. */
  private nodes: ChildNode[][] = [];

  /** Patches `doc`; true if anything changed. */
  apply(doc: Document, next: PreviewDocument): boolean {
    if (doc !== this.doc) {
      this.doc = doc;
      this.shell = undefined;
    }
    const shellChanged = next.shell !== this.shell;
    if (shellChanged) this.replaceShell(doc, next.shell);
    return this.patchBlocks(doc, next.blocks) || shellChanged;
  }

  /** The page around the story body: root attributes, stylesheet, title, the body's other parts. The story body's blocks stay. */
  private replaceShell(doc: Document, shell: string): void {
    const next = new DOMParser().parseFromString(shell, 'text/html');
    const root = doc.documentElement;
    root.lang = next.documentElement.lang;
    root.className = next.documentElement.className;
    const style = next.head.querySelector('style')?.textContent ?? '';
    let pageStyle = doc.head.querySelector<HTMLStyleElement>('style:not([id])');
    if (!pageStyle) {
      pageStyle = doc.createElement('style');
      doc.head.prepend(pageStyle);
    }
    if (pageStyle.textContent !== style) pageStyle.textContent = style;
    if (doc.title !== next.title) doc.title = next.title;

    const tracked = this.shell !== undefined ? doc.querySelector('.story-body') : null;
    doc.body.replaceChildren(...Array.from(next.body.childNodes, (node) => doc.importNode(node, true)));
    const slot = doc.querySelector('.story-body');
    if (tracked && slot) {
      slot.replaceWith(tracked);
    } else {
      // A new frame document (or one this patcher did not fill): its blocks are put in afresh.
      this.blocks = [];
      this.nodes = [];
    }
    this.shell = shell;
  }

  private patchBlocks(doc: Document, blocks: readonly string[]): boolean {
    const old = this.blocks;
    let start = 0;
    while (start < old.length && start < blocks.length && old[start] === blocks[start]) start++;
    let oldEnd = old.length;
    let newEnd = blocks.length;
    while (oldEnd > start && newEnd > start && old[oldEnd - 1] === blocks[newEnd - 1]) {
      oldEnd--;
      newEnd--;
    }
    if (start === oldEnd && start === newEnd) return false;
    const container = doc.querySelector('.story-body');
    if (!container) return false;
    if (oldEnd - start === newEnd - start) {
      // As many blocks as before (typing, in one place or several): only those that differ are replaced.
      for (let index = start; index < oldEnd; index++) if (old[index] !== blocks[index]) this.replace(doc, container, index, index + 1, [blocks[index]!]);
    } else {
      this.replace(doc, container, start, oldEnd, blocks.slice(start, newEnd));
    }
    this.blocks = blocks;
    return true;
  }

  /** Blocks [from, to) of the frame's story body become `markup`, one entry per block. */
  private replace(doc: Document, container: Element, from: number, to: number, markup: readonly string[]): void {
    let anchor: ChildNode | null = null;
    for (let index = to; index < this.nodes.length && !anchor; index++) anchor = this.nodes[index]![0] ?? null;
    for (let index = from; index < to; index++) this.nodes[index]!.forEach((node) => node.remove());
    const template = doc.createElement('template');
    const fragment = doc.createDocumentFragment();
    const inserted = markup.map((html) => {
      template.innerHTML = html;
      const nodes = Array.from(template.content.childNodes);
      fragment.append(...nodes);
      return nodes;
    });
    container.insertBefore(fragment, anchor);
    this.nodes.splice(from, to - from, ...inserted);
  }
}
